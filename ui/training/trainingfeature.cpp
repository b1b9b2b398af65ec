#include "ui/training/trainingfeature.h"

#include "ui/common/scrollable.h"

#include "ui/pairs/pairtablemodel.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/session/projectsession.h"
#include "ui/versions/modelspanel.h"
#include "ui/training/traindialog.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QToolBar>

namespace entail {

namespace {
constexpr int kTrainingDockHeight = 320;  // room for the two charts
constexpr int kModelsDockWidth = 520;     // the versions table and the comparison need width
}  // namespace

TrainingFeature::TrainingFeature(QMainWindow *window, ProjectSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    registerTrainingMetaTypes();
    m_controller = new TrainingController(this);

    m_trainingPanel = new TrainingPanel;
    m_trainingPanel->attach(m_controller);
    m_modelsPanel = new ModelsPanel(session);

    m_trainingDock = new QDockWidget(tr("Training"), window);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    m_trainingDock->setWidget(makeScrollable(m_trainingPanel));
    m_modelsDock = new QDockWidget(tr("Models"), window);
    m_modelsDock->setObjectName(QStringLiteral("modelsDock"));
    m_modelsDock->setWidget(makeScrollable(m_modelsPanel));

    m_trainAction = new QAction(tr("&Train…"), this);
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setToolTip(tr("Train a new model version on the current labels"));
    connect(m_trainAction, &QAction::triggered, this, &TrainingFeature::showTrainDialog);

    m_trainAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    // Esc cancels only while a run is active; otherwise the key stays with the focused widget.
    m_cancelAction = new QAction(tr("&Cancel training"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelTrainingAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_cancelAction, &QAction::triggered, m_trainingPanel, &TrainingPanel::cancelRequested);
    connectSignals();
    onProjectOpened();
}

void TrainingFeature::connectSignals()
{
    connect(m_session, &ProjectSession::opened, this, &TrainingFeature::onProjectOpened);
    connect(m_session, &ProjectSession::modelChanged, this, &TrainingFeature::onModelChanged);
    connect(m_controller, &TrainingController::runningChanged, this, &TrainingFeature::updateActions);
    connect(m_controller, &TrainingController::finished, this, &TrainingFeature::onTrainingFinished);
    connect(m_controller, &TrainingController::failed, this,
            [this](const QString &error) { Q_EMIT statusMessage(tr("Training failed: %1").arg(error)); });
    connect(m_controller, &TrainingController::cancelled, this,
            [this] { Q_EMIT statusMessage(tr("Training cancelled")); });
    BackgroundPrediction *prediction = m_session->batch();
    connect(prediction, &BackgroundPrediction::progress, this, [this, prediction](int done, int total) {
        Q_EMIT statusMessage(tr("Predicting with %1: %2 of %3 pairs").arg(prediction->runningName()).arg(done).arg(total));
    });
    connect(m_session, &ProjectSession::batchFinished, this, [this](bool ok, const QString &message) {
        if (ok || m_activating == 0)
            return;
        m_activating = 0;
        m_trainingPanel->appendLog(message);
        Q_EMIT statusMessage(message);
    });
    connect(m_modelsPanel, &ModelsPanel::pairActivated, this, &TrainingFeature::pairActivated);
}

TrainingFeature::~TrainingFeature()
{
    // Join the training thread first; the panels (in the docks, which the window owns) go with the feature.
    m_controller->cancelAndWait();
    delete m_trainingDock.data();
    delete m_modelsDock.data();
}

void TrainingFeature::install(QToolBar *toolBar)
{
    if (toolBar)
        toolBar->addAction(m_trainAction);
    m_window->addActions({m_trainAction, m_cancelAction});  // their keys work whichever bar is hidden
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_modelsDock);
    m_window->resizeDocks({m_trainingDock}, {kTrainingDockHeight}, Qt::Vertical);
    m_window->resizeDocks({m_modelsDock}, {kModelsDockWidth}, Qt::Horizontal);
}

void TrainingFeature::onProjectOpened()
{
    m_activating = 0;
    m_controller->setProjectPath(m_session->projectPath());  // cancels a run of the previous project
    m_trainingPanel->reset();  // its runs, versions and log belong to the previous project
    m_modelsPanel->setStore(m_session->store());
    updateActions();
}

void TrainingFeature::onTrainingFinished(const ModelVersion &version)
{
    m_modelsPanel->reload();
    m_modelsPanel->selectVersion(version.id);
    // Predictions of every new version are stored, so that Compare works at once.
    if (m_activateWhenFinished) {
        m_activating = version.id;
        m_session->activateVersion(version);
    } else {
        m_session->predictVersion(version);
    }
    Q_EMIT statusMessage(tr("Version %1 trained; predicting all pairs with it…").arg(version.name));
}

void TrainingFeature::onModelChanged()
{
    // The Models panel follows the session itself; only the log says that our request was done.
    const std::optional<ModelVersion> active = m_session->activeModel();
    if (!active || active->id != m_activating)
        return;
    m_activating = 0;
    m_trainingPanel->appendLog(tr("Version %1 is now active.").arg(active->name));
    Q_EMIT statusMessage(tr("Version %1 is now active").arg(active->name));
}

void TrainingFeature::updateActions()
{
    const bool running = m_controller->isRunning();
    m_trainAction->setEnabled(!running && m_session->isOpen());
    m_cancelAction->setEnabled(running);
}

void TrainingFeature::showTrainDialog()
{
    if (!m_trainAction->isEnabled())
        return;
    // The table model mirrors the store's labels: counting them there needs no SQL on this thread.
    std::array<int, 3> labeled{};
    int withImage = 0;
    for (const Pair &p : m_session->pairs()->pairs()) {
        if (isValidLabel(p.currentLabel))
            ++labeled[size_t(p.split)];
        withImage += (p.first.imageMissing && p.second.imageMissing) ? 0 : 1;
    }
    const std::optional<ModelVersion> active = m_session->activeModel();
    TrainDialog dialog(m_window);
    dialog.setData(labeled, active ? active->file : QString());
    dialog.setConfig(m_lastConfig);
    dialog.setImagesAvailable(withImage > 0);
    dialog.setActivateWhenFinished(m_activateWhenFinished);
    if (m_session->store())
        dialog.setPastRuns(m_session->store()->models());
    if (dialog.exec() != QDialog::Accepted)
        return;
    startTraining(dialog.config(), dialog.activateWhenFinished());
}

bool TrainingFeature::startTraining(const TrainConfig &config, bool activateWhenFinished)
{
    QString error;
    if (!m_controller->start(config, &error)) {
        QMessageBox::warning(m_window, tr("Cannot train"), error);
        return false;
    }
    m_lastConfig = config;
    m_activateWhenFinished = activateWhenFinished;
    m_trainingDock->show();
    m_trainingDock->raise();
    return true;
}

bool TrainingFeature::confirmClose()
{
    if (m_controller->isRunning()) {
        const auto answer = QMessageBox::question(
            m_window, tr("Training in progress"),
            tr("Version %1 is still training. Cancel the training and close?").arg(m_controller->runName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    m_controller->cancelAndWait();
    m_session->batch()->cancelAndWait();
    return true;
}

}  // namespace entail
