#pragma once
// Working as a team in the window. Team mode is on for a server project and for a project file that keeps
// annotator labels (or whose owner turned it on: Edit > Keep every annotator's label); then every label this
// window sets is the annotator's own (ProjectSession::teamMode) and the team's state shows:
// - the Flags column: the pair's state by the project's rule ("team: agreed"), tooltip with my label and
//   whether the pair is assigned to me;
// - the filter "Team: any / My queue / Assigned to me / needs more labels / agreed / majority / disagreement /
//   adjudicated"; my queue holds the pairs I have not labelled, not adjudicated, that are assigned to me or
//   want more labels;
// - the status bar: "k of N by me · m of N by the team";
// - View > Blind mode: until I labelled a pair, its labels, the original label, the model's prediction and
//   the label history stay hidden (against anchoring).
// The per-row state comes from TeamFeature's reads (off the GUI thread; polled while team mode is on, so
// others' labels show within ProjectWatcher's interval plus a read); this window's own labels apply at once.
#include "ui/team/teamrows.h"

#include <QObject>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QMenu;

namespace entail {

class PairBrowser;
class PairFilterProxy;
class ProjectSession;
class TeamFeature;

class TeamWork final : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kFilterName = "team";
    enum FilterChoice { AnyState = -1, MyQueue = -2, AssignedToMe = -3 };  // other choices: int(ConsensusState)

    TeamWork(ProjectSession *session, TeamFeature *team, PairBrowser *browser, PairFilterProxy *proxy,
             QMainWindow *window);
    bool isActive() const { return m_active; }
    const TeamRows &rows() const { return m_rows; }
    QAction *blindAction() const { return m_blind; }
    QAction *teamModeAction() const { return m_teamMode; }
    QComboBox *filterBox() const { return m_filter; }
    QLabel *progressLabel() const { return m_progress; }
    bool isBlind(int row) const;  // blind mode hides this row's labels now

public Q_SLOTS:
    void setBlindMode(bool on);
    void setTeamModeForFile(bool on);  // Edit > Keep every annotator's label (a project file)

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void createFilter(PairBrowser *browser);
    void onOpened();
    void setActive(bool on);
    void onRowsRead();
    void onOwnLabel(qint64 key, int label);
    void applyFilter();
    void updateProgress();
    void updateTeamModeAction();
    bool shownPairBlind() const;
    void followShownPair(bool wasBlind);
    QString flagText(int row) const;
    QString flagToolTip(int row) const;

    ProjectSession *m_session;
    TeamFeature *m_team;
    PairBrowser *m_browser;
    QMainWindow *m_window;
    PairFilterProxy *m_proxy;
    QAction *m_blind;
    QAction *m_teamMode;
    QComboBox *m_filter = nullptr;
    QLabel *m_progress;
    TeamRows m_rows;
    bool m_active = false;
    bool m_rowsKnown = false;  // m_rows holds a read of the open project
};

}  // namespace entail
