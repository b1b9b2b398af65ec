#include "ui/training/trainingfeature.h"

#include "ui/versions/modelactivator.h"
#include "ui/versions/modelspanel.h"
#include "ui/training/traindialog.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QShortcut>
#include <QToolBar>

namespace entail {

namespace {
constexpr int kTrainingDockHeight = 320;  // room for the two charts
constexpr int kModelsDockWidth = 520;     // the versions table and the comparison need width
}  // namespace

TrainingFeature::TrainingFeature(QMainWindow *window) : QObject(window), m_window(window)
{
    registerTrainingMetaTypes();
    m_controller = new TrainingController(this);
    m_activator = new ModelActivator(this);

    m_trainingPanel = new TrainingPanel;
    m_trainingPanel->attach(m_controller);
    m_modelsPanel = new ModelsPanel(m_activator);

    m_trainingDock = new QDockWidget(tr("Training"), window);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    m_trainingDock->setWidget(m_trainingPanel);
    m_modelsDock = new QDockWidget(tr("Models"), window);
    m_modelsDock->setObjectName(QStringLiteral("modelsDock"));
    m_modelsDock->setWidget(m_modelsPanel);

    m_trainAction = new QAction(tr("&Train…"), this);
    m_trainAction->setObjectName(QStringLiteral("trainAction"));
    m_trainAction->setToolTip(tr("Train a new model version on the current labels"));
    connect(m_trainAction, &QAction::triggered, this, &TrainingFeature::showTrainDialog);

    // Esc cancels only while a run is active; otherwise the key stays with the focused widget.
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), window);
    m_cancelShortcut->setContext(Qt::WindowShortcut);
    connect(m_cancelShortcut, &QShortcut::activated, m_trainingPanel, &TrainingPanel::cancelRequested);

    connect(m_controller, &TrainingController::runningChanged, this, &TrainingFeature::updateActions);
    connect(m_controller, &TrainingController::finished, this, [this](const ModelVersion &version) {
        m_modelsPanel->reload();
        m_modelsPanel->selectVersion(version.id);
        // Predictions of every new version are stored, so that Compare works at once.
        m_activator->predict(version, m_activateWhenFinished);
        Q_EMIT statusMessage(tr("Version %1 trained; predicting all pairs with it…").arg(version.name));
    });
    connect(m_controller, &TrainingController::failed, this,
            [this](const QString &error) { Q_EMIT statusMessage(tr("Training failed: %1").arg(error)); });
    connect(m_controller, &TrainingController::cancelled, this,
            [this] { Q_EMIT statusMessage(tr("Training cancelled")); });
    connect(m_activator, &ModelActivator::progress, this, [this](const QString &name, int done, int total) {
        Q_EMIT statusMessage(tr("Predicting with %1: %2 of %3 pairs").arg(name).arg(done).arg(total));
    });
    connect(m_activator, &ModelActivator::activated, this,
            [this](const ModelVersion &version, const PredictorPtr &predictor, const PairKeys &keys,
                   const Predictions &predictions) {
                m_trainingPanel->appendLog(tr("Version %1 is now active.").arg(version.name));
                Q_EMIT statusMessage(tr("Version %1 is now active").arg(version.name));
                Q_EMIT modelActivated(version, predictor, keys, predictions);
            });
    connect(m_activator, &ModelActivator::failed, this, [this](const QString &error) {
        m_trainingPanel->appendLog(error);
        Q_EMIT statusMessage(error);
    });
    connect(m_modelsPanel, &ModelsPanel::pairActivated, this, &TrainingFeature::pairActivated);

    window->installEventFilter(this);
    updateActions();
}

TrainingFeature::~TrainingFeature()
{
    // Stop the threads before the store goes; the panels (in the docks) go before the activator they use.
    m_controller->cancelAndWait();
    m_activator->cancelAndWait();
    delete m_trainingDock.data();
    delete m_modelsDock.data();
}

void TrainingFeature::install(QToolBar *toolBar)
{
    if (toolBar)
        toolBar->addAction(m_trainAction);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_trainingDock);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_modelsDock);
    m_window->resizeDocks({m_trainingDock}, {kTrainingDockHeight}, Qt::Vertical);
    m_window->resizeDocks({m_modelsDock}, {kModelsDockWidth}, Qt::Horizontal);
}

bool TrainingFeature::setProjectPath(const QString &path, QString *error)
{
    if (m_ownStore && m_ownStore->path() == path)
        return true;
    setStore(nullptr);
    m_ownStore.reset();
    if (path.isEmpty())
        return true;
    auto store = std::make_unique<ProjectStore>();
    if (!store->open(path, error))
        return false;
    m_ownStore = std::move(store);
    setStore(m_ownStore.get());
    return true;
}

void TrainingFeature::setStore(ProjectStore *store)
{
    if (store == m_store)
        return;
    m_controller->setStore(store);
    m_activator->setStore(store);
    m_store = store;
    m_modelsPanel->setStore(store);
    updateActions();
}

void TrainingFeature::reloadModels() { m_modelsPanel->reload(); }

void TrainingFeature::updateActions()
{
    const bool running = m_controller->isRunning();
    m_trainAction->setEnabled(!running && m_store && m_store->isOpen());
    m_cancelShortcut->setEnabled(running);
}

void TrainingFeature::showTrainDialog()
{
    if (!m_trainAction->isEnabled())
        return;
    std::array<int, 3> labeled{};
    for (const Pair &p : m_store->dataset().pairs)
        if (isValidLabel(p.currentLabel))
            ++labeled[size_t(p.split)];
    const std::optional<ModelVersion> active = m_store->activeModel();
    TrainDialog dialog(m_window);
    dialog.setData(labeled, active ? active->file : QString());
    dialog.setConfig(m_lastConfig);
    dialog.setActivateWhenFinished(m_activateWhenFinished);
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
    m_activator->cancelAndWait();
    return true;
}

bool TrainingFeature::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !confirmClose()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace entail
