#pragma once
// Near-duplicate pairs in the window (model/duplicates): the groups are computed off the GUI thread each time
// a project's pairs are loaded; the Flags column shows a pair's group size, the filter bar's "Duplicates
// disagree" keeps the pairs of groups whose labels differ, and Label > Show duplicates of this pair (D)
// opens the group side by side.
#include "model/duplicates/duplicategroups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <vector>

class QAction;
class QCheckBox;
class QMenu;
class QWidget;

namespace entail {

class DuplicatesDialog;
class PairBrowser;
class PairFilterProxy;
class ProjectSession;

class DuplicateFeature final : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kFilterName = "duplicates";

    DuplicateFeature(ProjectSession *session, PairBrowser *browser, PairFilterProxy *proxy, QWidget *window);
    QAction *showAction() const { return m_show; }
    void addTo(QMenu *menu) const;
    const DuplicateGroups &groups() const { return m_groups; }
    bool isComputing() const { return m_watcher.isRunning(); }
    bool hasConflict(int sourceRow) const;  // its group's labels differ (cached per group until a label changes)
    QCheckBox *conflictBox() const { return m_conflicts; }

public Q_SLOTS:
    DuplicatesDialog *showDuplicates();  // of the pair shown; nullptr when it has none

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void groupsReady();

private:
    void compute();
    void onComputed();
    void onLabelsChanged(int firstRow, int lastRow);
    void choosePair(qint64 key);

    ProjectSession *m_session;
    PairBrowser *m_browser;
    PairFilterProxy *m_proxy;
    QWidget *m_window;
    QAction *m_show;
    QCheckBox *m_conflicts;
    DuplicateGroups m_groups;
    mutable std::vector<signed char> m_conflictOfGroup;  // -1 not known yet, 0 no, 1 yes
    QThreadPool m_pool;  // not the global pool, which Qt's painting uses
    // The groups, or why the texts could not be read (a large project's store gone): then no pair is said
    // to have no duplicate.
    struct Computed {
        DuplicateGroups groups;
        QString error;
    };
    QFutureWatcher<Computed> m_watcher;
    QString m_error;
};

}  // namespace entail
