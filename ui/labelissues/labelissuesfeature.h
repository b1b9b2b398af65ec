#pragma once
// Label issues in the window, assembled: Model › Find label issues (LabelIssueJob, in the background with
// progress and cancel; the stored result is loaded when a project opens), the Label quality column and
// filter (PairTableModel, PairFilterProxy), the noise matrix in the Metrics dock (LabelIssuePanel), the
// suspect walk through the ranking (N / Shift+N), Accept the suggested label (A) and bulk relabel.
//
//   auto *issues = new LabelIssuesFeature(window, session, browser, proxy);
//   issues->install(modelMenu, labelMenu, metricsDock);
//   // Next suspect: if (!issues->walk(+1)) { today's walk }
//   issues->setSkip([](qint64 key) { return reviewedAsRight(key); });
#include "ui/labelissues/labelissuewalk.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace entail {

class BulkRelabel;
class LabelIssueJob;
class LabelIssuePanel;
class MetricsDock;
class PairBrowser;
class PairFilterProxy;
class ProjectSession;
struct LabelIssueOutcome;

class LabelIssuesFeature final : public QObject {
    Q_OBJECT

public:
    LabelIssuesFeature(QMainWindow *window, ProjectSession *session, PairBrowser *browser, PairFilterProxy *proxy);

    // Menu entries (Find in `modelMenu`; Previous suspect, Accept and bulk relabel in `labelMenu`), the
    // window's shortcuts, the table's context menu and the panel in `metricsDock`.
    void install(QMenu *modelMenu, QMenu *labelMenu, MetricsDock *metricsDock);

    QAction *findAction() const { return m_find; }
    QAction *acceptAction() const { return m_accept; }
    QAction *previousSuspectAction() const { return m_previous; }
    LabelIssueJob *job() const { return m_job; }
    LabelIssuePanel *panel() const { return m_panel; }
    BulkRelabel *bulk() const { return m_bulk; }
    // Pairs the walk passes over (the merge connects the "label is right" review state here).
    void setSkip(LabelIssueWalk::Skip skip) { m_walk.setSkip(std::move(skip)); }

public Q_SLOTS:
    // Shows the next (direction > 0) or previous suspect of the ranking among the shown pairs and says which
    // in the status bar; false when there are no scores (the caller falls back to the model's suspects).
    bool walk(int direction);
    void acceptSuggestion();
    void findLabelIssues();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void createActions();
    void onLoaded(const LabelIssueOutcome &outcome);
    void onFound(const LabelIssueOutcome &outcome);
    void updateActions();

    QMainWindow *m_window;
    ProjectSession *m_session;
    PairBrowser *m_browser;
    PairFilterProxy *m_proxy;
    LabelIssueJob *m_job;
    LabelIssueWalk m_walk;
    LabelIssuePanel *m_panel = nullptr;
    BulkRelabel *m_bulk;
    QAction *m_find = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_previous = nullptr;
    int m_cursorRank = -1;  // the last suspect shown, in ranking order
};

}  // namespace entail
