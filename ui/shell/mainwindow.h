#pragma once
// The main window only assembles: the pair table (left/top), the pair view and the prediction panel,
// the metrics and history docks, the menus. State lives in ProjectSession and the item models.
//
// Retraining (TrainingFeature: Train action, Training and Models docks), Help > About / Getting started
// and View > Language come from their own classes; MainWindow only installs them.
#include <QMainWindow>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolBar;

namespace entail {

class AppSettings;
class CurrentPairController;
class HistoryPanel;
class LabelIssuesFeature;
class MessageBanner;
class HonestyFeature;
class MetricsDock;
class MetricsTracker;
class PairBrowser;
class PairFilterProxy;
class PairView;
class PredictionPanel;
class ProjectActions;
class ProjectSession;
class TeamFeature;
class TrainingFeature;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectSession *session() const { return m_session; }
    // Only tests/test_gui_prediction.cpp reads these three; they go once it finds the widgets by objectName.
    PairBrowser *browser() const { return m_browser; }
    PredictionPanel *predictionPanel() const { return m_prediction; }
    MetricsTracker *metrics() const { return m_tracker; }

public Q_SLOTS:
    void openProject(const QString &path);
    void openCsv(const QString &csv, const QString &imagesDir);  // see ProjectActions::openCsv
    void openDemo();
    void showShortcuts();
    void setCurrentLabel(int label);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createCentralArea();
    QDockWidget *createDocks();  // returns the History dock, which the Models dock joins as a tab
    void addTrainingToMenusAndDocks(QDockWidget *historyDock);
    void buildActions();
    void buildMenus();  // mainwindowmenus.cpp
    void buildLabelAndModelMenus();
    void buildToolBar();
    void wireSession();
    void wireViews();  // the pair view, label bar, matrix, banner and prediction panel
    void wireWarnings();  // the session's errors as message boxes
    void restoreState();
    void showNextSuspect();
    void fitDocks();
    void updateImagesBanner();
    void saveRecentProject();  // the project opened last, if not written yet
    void updateModelState();
    void updateActions();
    void updateTitle();
    QList<QAction *> shortcutActions() const;  // what the `?` cheat sheet lists, in its order

    std::unique_ptr<AppSettings> m_settings;
    ProjectSession *m_session;
    ProjectActions *m_files;
    TrainingFeature *m_training = nullptr;
    LabelIssuesFeature *m_issues = nullptr;
    TeamFeature *m_team = nullptr;  // the Agreement dock, Adjudicate, server projects
    CurrentPairController *m_current = nullptr;
    PairFilterProxy *m_proxy;
    MetricsTracker *m_tracker;
    PairBrowser *m_browser;
    PairView *m_pairView;
    PredictionPanel *m_prediction;
    MetricsDock *m_metricsDock;
    HonestyFeature *m_honesty;
    HistoryPanel *m_history;
    MessageBanner *m_banner;
    bool m_bannerOffersFetch = false;  // the images banner's button opens Get images, not Locate images
    QString m_pendingRecent;  // opened, not yet in the recent projects (saveRecentProject)
    QSplitter *m_mainSplitter;
    QSplitter *m_bottomSplitter;
    QToolBar *m_toolBar;
    QMenu *m_modelMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    bool m_fitDocksOnShow = false;  // no saved dock layout: size the docks once the window is laid out
    QAction *m_labelActions[3] = {};
    QList<QAction *> m_projectActions;  // enabled only while a project is open
    QAction *m_quitAction, *m_undoAction, *m_redoAction;
    QAction *m_nextAction, *m_previousAction, *m_suspectAction, *m_searchAction, *m_clearFiltersAction;
    QAction *m_autoAdvanceAction = nullptr;
    QAction *m_predictAllAction, *m_cancelBatchAction, *m_shortcutsAction;
};

}  // namespace entail
