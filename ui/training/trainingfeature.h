#pragma once
// Retraining from the desktop, assembled: the Train action and dialog, the training controller and its
// live panel, the Models panel. It follows the session's project by itself; prediction and activation of
// versions go through the session, which owns the active model.
//
//   auto *training = new entail::TrainingFeature(this, session);  // this: the QMainWindow
//   training->install(toolBar);                                    // Train (Ctrl+T), Cancel (Esc), the docks
//   connect(training, &TrainingFeature::pairActivated, ...);       // show that pair
//   // in the window's closeEvent: if (!training->confirmClose()) { event->ignore(); return; }
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QDockWidget>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QToolBar;

namespace entail {

class ModelsPanel;
class ProjectSession;
class TrainingController;
class TrainingPanel;

class TrainingFeature final : public QObject {
    Q_OBJECT

public:
    TrainingFeature(QMainWindow *window, ProjectSession *session);
    ~TrainingFeature() override;

    // Adds the Train action to `toolBar` (when given) and the Training and Models docks to the window.
    void install(QToolBar *toolBar);

    QAction *trainAction() const { return m_trainAction; }
    QAction *cancelAction() const { return m_cancelAction; }  // Esc; enabled only while a run is active
    QDockWidget *trainingDock() const { return m_trainingDock; }
    QDockWidget *modelsDock() const { return m_modelsDock; }
    TrainingController *controller() const { return m_controller; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    ModelsPanel *modelsPanel() const { return m_modelsPanel; }

    TrainConfig lastConfig() const { return m_lastConfig; }
    void setLastConfig(const TrainConfig &config) { m_lastConfig = config; }

public Q_SLOTS:
    void showTrainDialog();  // the Train action
    bool startTraining(const entail::TrainConfig &config, bool activateWhenFinished = true);
    // The window's closeEvent asks: true when it may close (asks while training runs, then cancels and
    // joins the training thread).
    bool confirmClose();

Q_SIGNALS:
    void pairActivated(qint64 pairKey);
    void statusMessage(const QString &text);

private:
    void connectSignals();
    void onProjectOpened();
    void onModelChanged();
    void onTrainingFinished(const ModelVersion &version);
    void updateActions();

    QMainWindow *m_window;
    ProjectSession *m_session;
    TrainingController *m_controller;
    TrainingPanel *m_trainingPanel;
    ModelsPanel *m_modelsPanel;
    QPointer<QDockWidget> m_trainingDock;
    QPointer<QDockWidget> m_modelsDock;
    QAction *m_trainAction;
    QAction *m_cancelAction;
    TrainConfig m_lastConfig;
    bool m_activateWhenFinished = true;
    qint64 m_activating = 0;  // the version this feature asked the session to activate
};

}  // namespace entail
