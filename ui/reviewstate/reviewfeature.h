#pragma once
// Review states in the window: Label > Skip (S), Unsure (U), Label is right (R), Comment... (Ctrl+M), each one
// undoable step on the session's undo stack; the state in the Flags column (tooltip: the comment), a note
// above the label bar, and the filter "Review: any / skipped / unsure / confirmed / not reviewed".
// The project's review entries are read once per opened project into book(): asking whether a pair is
// confirmed is a hash lookup (other rooms, e.g. a label-issue walk, call book().isConfirmed(key, label)).
#include "model/store/reviewstore.h"
#include "ui/reviewstate/reviewcommand.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QWidget;

namespace entail {

class LabelBar;
class PairBrowser;
class PairFilterProxy;
class ProjectSession;

class ReviewFeature final : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kFilterName = "review";
    enum FilterChoice { AnyState = -1, NotReviewed = 0 };  // other choices: int(ReviewState)

    // Puts its filter into the browser's filter bar and its note above `labelBar`; `window` owns the actions.
    ReviewFeature(ProjectSession *session, PairBrowser *browser, PairFilterProxy *proxy, LabelBar *labelBar,
                  QWidget *window);
    QList<QAction *> actions() const { return m_actions; }
    void addTo(QMenu *menu) const;
    const ReviewBook &book() const { return m_book; }
    ReviewState state(int sourceRow) const;  // the open state of a pair of the table
    QComboBox *filterBox() const { return m_filter; }
    QLabel *note() const { return m_note; }

public Q_SLOTS:
    // On the pair shown; a second press of the same state clears it. With auto-advance on, a state set
    // moves to the next pair. False when nothing was written.
    bool setState(ReviewState state);
    bool setComment(const QString &comment);
    void editComment();  // the dialog, then setComment()
    // Reads the entries other windows and processes wrote since the last look (a timer does it every
    // ProjectWatcher::kIntervalMs; the query costs what it returns).
    void poll();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip);
    void createFilter(PairBrowser *browser);
    bool push(qint64 key, const ReviewCommand::Step &from, const ReviewCommand::Step &to);
    bool apply(qint64 key, const ReviewCommand::Step &step);
    void reload();
    void updateNote();
    void applyFilter();
    void updateActions();

    ProjectSession *m_session;
    PairBrowser *m_browser;
    PairFilterProxy *m_proxy;
    LabelBar *m_labelBar;
    QWidget *m_window;
    ReviewBook m_book;
    QList<QAction *> m_actions;
    QComboBox *m_filter = nullptr;
    QLabel *m_note = nullptr;
    QTimer m_poll;
    qint64 m_lastSeq = 0;
};

}  // namespace entail
