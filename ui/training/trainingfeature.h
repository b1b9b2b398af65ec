#pragma once
// Retraining from the desktop, assembled: the Train action and dialog, the training controller and its
// live panel, the Models panel, background re-prediction and activation. MainWindow only installs it,
// tells it which project is open, and listens for the model it activates.
//
//   auto *training = new entail::TrainingFeature(this);       // this: the QMainWindow
//   training->install(toolBar);                                // Train action, Training + Models docks, Esc
//   training->setProjectPath(path);                            // when a project opens ("" when closed)
//   connect(training, &TrainingFeature::modelActivated, ...);  // adopt predictor + predictions
//   connect(training, &TrainingFeature::pairActivated, ...);   // show that pair
//
// A close of the window while training runs asks, then cancels and joins the thread (event filter).
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QDockWidget>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QMainWindow;
class QShortcut;
class QToolBar;

namespace entail {

class ModelActivator;
class ModelsPanel;
class TrainingController;
class TrainingPanel;

class TrainingFeature final : public QObject {
    Q_OBJECT

public:
    explicit TrainingFeature(QMainWindow *window);
    ~TrainingFeature() override;

    // Adds the Train action to `toolBar` (when given) and the Training and Models docks to the window.
    void install(QToolBar *toolBar);

    // Opens the feature's own connection to the project (SQLite allows several; the feature's writes are
    // model versions and predictions only). Empty path: no project. Cancels a run of another project.
    bool setProjectPath(const QString &path, QString *error = nullptr);
    // Or use a store someone else owns (tests, benchmark); it must outlive its use here.
    void setStore(ProjectStore *store);
    ProjectStore *store() const { return m_store; }

    QAction *trainAction() const { return m_trainAction; }
    QDockWidget *trainingDock() const { return m_trainingDock; }
    QDockWidget *modelsDock() const { return m_modelsDock; }
    TrainingController *controller() const { return m_controller; }
    ModelActivator *activator() const { return m_activator; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    ModelsPanel *modelsPanel() const { return m_modelsPanel; }

    TrainConfig lastConfig() const { return m_lastConfig; }
    void setLastConfig(const TrainConfig &config) { m_lastConfig = config; }

public Q_SLOTS:
    void showTrainDialog();  // the Train action
    bool startTraining(const entail::TrainConfig &config, bool activateWhenFinished = true);
    bool confirmClose();     // true when the window may close (asks while training runs)
    void reloadModels();     // after someone else changed the versions (e.g. loaded a model file)

Q_SIGNALS:
    // The live model is now `version`: adopt `predictor` and show `predictions` (already stored).
    void modelActivated(const entail::ModelVersion &version, const entail::PredictorPtr &predictor,
                        const entail::PairKeys &keys, const entail::Predictions &predictions);
    void pairActivated(qint64 pairKey);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();

    QMainWindow *m_window;
    std::unique_ptr<ProjectStore> m_ownStore;
    ProjectStore *m_store = nullptr;
    TrainingController *m_controller;
    ModelActivator *m_activator;
    TrainingPanel *m_trainingPanel;
    ModelsPanel *m_modelsPanel;
    QPointer<QDockWidget> m_trainingDock;
    QPointer<QDockWidget> m_modelsDock;
    QAction *m_trainAction;
    QShortcut *m_cancelShortcut;
    TrainConfig m_lastConfig;
    bool m_activateWhenFinished = true;
};

}  // namespace entail
