#include "ui/shell/mainwindow.h"

#include "model/team/projectlocator.h"
#include "ui/help/aboutdialog.h"
#include "ui/common/appsettings.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/help/firstrunguide.h"
#include "ui/review/historypanel.h"
#include "ui/review/labelbar.h"
#include "ui/common/labeltext.h"
#include "ui/common/scrollable.h"
#include "ui/labelissues/labelissuesfeature.h"
#include "ui/shell/languagemenu.h"
#include "ui/shell/messagebanner.h"
#include "ui/metrics/honestyfeature.h"
#include "ui/metrics/metricsdock.h"
#include "ui/metrics/confusionmatrixview.h"
#include "ui/review/currentpaircontroller.h"
#include "ui/review/fetchstatusfeature.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"
#include "ui/review/pairview.h"
#include "ui/reviewstate/reviewfeature.h"
#include "ui/duplicates/duplicatefeature.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/session/projectactions.h"
#include "ui/session/projectsession.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/team/teamfeature.h"
#include "ui/training/trainingfeature.h"

#include <QCloseEvent>
#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace entail {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(std::make_unique<AppSettings>()), m_session(new ProjectSession(this)),
      m_proxy(new PairFilterProxy(this)), m_tracker(new MetricsTracker(m_session->pairs(), this))
{
    setWindowIcon(QIcon(QStringLiteral(":/entail-studio.svg")));
    m_session->setAnnotator(m_settings->annotator());
    m_proxy->setSourceModel(m_session->pairs());
    createCentralArea();
    QDockWidget *historyDock = createDocks();
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);

    buildActions();
    buildMenus();
    m_training = new TrainingFeature(this, m_session);
    m_training->install(m_toolBar);
    addTrainingToMenusAndDocks(historyDock);
    wireSession();
    restoreState();
    m_pairView->setEmptyText(tr("No project is open.\nUse File \u203a Open... or File \u203a New project from CSV..."));
    updateModelState();
    updateActions();
    updateTitle();
    m_browser->view()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot, bool needsProject = true) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);  // shortcuts work whichever menu is hidden
        if (needsProject)
            m_projectActions << a;
        return a;
    };
    m_files = new ProjectActions(m_session, m_settings.get(), this);
    const QList<QAction *> fileActions{m_files->newProject(), m_files->open(), m_files->exportLabels(),
                                       m_files->loadModel()};
    addActions(fileActions);
    m_projectActions << m_files->projectActions();
    m_quitAction = make(tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, &QWidget::close, false);
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts({QKeySequence::Undo});
    m_undoAction->setIconText(tr("Undo"));  // the toolbar keeps a short, steady text
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_redoAction->setIconText(tr("Redo"));
    addActions({m_undoAction, m_redoAction});
    for (int label = 0; label < kNumClasses; ++label) {
        m_labelActions[label] = make(tr("Label as %1").arg(LabelText::name(label)),
                                     {QKeySequence(LabelText::shortcutKey(label))}, [this, label] { setCurrentLabel(label); });
    }
    m_nextAction = make(tr("&Next pair"), {QKeySequence(tr("J"))}, [this] { m_browser->selectNext(); });
    m_previousAction = make(tr("&Previous pair"), {QKeySequence(tr("K"))}, [this] { m_browser->selectPrevious(); });
    m_suspectAction = make(tr("Next &suspect"), {QKeySequence(tr("N"))}, [this] { showNextSuspect(); });
    m_searchAction = make(tr("&Find..."), {QKeySequence::Find}, [this] { m_browser->focusSearch(); });
    m_clearFiltersAction = make(tr("Show &all pairs"), {}, [this] { m_proxy->clearFilters(); });
    m_predictAllAction = make(tr("&Predict all pairs"), {}, [this] { m_session->predictAll(); });
    m_cancelBatchAction = make(tr("&Cancel prediction"), {}, [this] { m_session->batch()->cancel(); });
    m_shortcutsAction = make(tr("&Keyboard shortcuts"), {QKeySequence(tr("?")), QKeySequence::HelpContents},
                             &MainWindow::showShortcuts, false);
}

void MainWindow::wireSession()
{
    ProjectSession *s = m_session;
    wireViews();
    connect(m_prediction, &PredictionPanel::trainRequested, m_training->trainAction(), &QAction::trigger);
    connect(m_training->trainAction(), &QAction::changed, m_prediction,
            [this] { m_prediction->setTrainEnabled(m_training->trainAction()->isEnabled()); });
    m_prediction->setTrainEnabled(m_training->trainAction()->isEnabled());
    connect(m_prediction, &PredictionPanel::predictAllRequested, s, &ProjectSession::predictAll);
    connect(m_prediction, &PredictionPanel::cancelRequested, s->batch(), &BackgroundPrediction::cancel);

    connect(s, &ProjectSession::busyChanged, this, [this](bool busy, const QString &what) {
        m_busyBar->setVisible(busy);
        m_busyLabel->setText(busy ? what : QString());
    });
    connect(s, &ProjectSession::opened, this, [this] {
        // Written a little later: QSettings writes its file (with fsyncs, 4-20 ms here) on the GUI thread, in
        // the same turn as the first pair's layout and paint otherwise. Written at once on close.
        saveRecentProject();  // one opened just before is not lost
        m_pendingRecent = m_session->projectPath();
        QTimer::singleShot(500, this, &MainWindow::saveRecentProject);
        m_pairView->setEmptyText(tr("Select a pair in the table to see it here."));
        m_proxy->clearFilters();
        updateTitle();
        updateActions();
        if (!m_browser->selectSourceRow(0))
            m_current->refresh();
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_session->projectPath())), 5000);
    });
    wireWarnings();
    connect(s, &ProjectSession::modelChanged, this, &MainWindow::updateModelState);
    connect(m_training, &TrainingFeature::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_training, &TrainingFeature::pairActivated, this, [this](qint64 key) {
        const int row = m_session->pairs()->rowOfKey(key);
        if (row >= 0 && !m_browser->selectSourceRow(row)) {
            m_proxy->clearFilters();  // the pair asked for must be shown
            m_browser->selectSourceRow(row);
        }
    });
    connect(s, &ProjectSession::imagesChanged, this, &MainWindow::updateImagesBanner);
    connect(s->batch(), &BackgroundPrediction::started, this, &MainWindow::updateActions);
    connect(s, &ProjectSession::batchFinished, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 5000);
        updateActions();
    });
    connect(m_files, &ProjectActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_honesty, &HonestyFeature::statusMessage, statusBar(), &QStatusBar::showMessage);
    // The status bar says what undo and redo did, instead of keeping the correction's "saved".
    connect(m_undoAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Undone: %1 (saved)").arg(m_session->undoStack()->redoText()), 5000);
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        statusBar()->showMessage(tr("Redone: %1 (saved)").arg(m_session->undoStack()->undoText()), 5000);
    });
}

void MainWindow::wireViews()
{
    m_current = new CurrentPairController(m_session, m_browser, m_pairView, m_prediction, m_history, this);
    new FetchStatusFeature(m_session, m_pairView, m_browser, m_current, this);
    connect(m_current, &CurrentPairController::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_current, &CurrentPairController::statusMessage, statusBar(), &QStatusBar::showMessage);
    LabelBar *bar = m_pairView->labelBar();
    connect(bar, &LabelBar::labelChosen, this, &MainWindow::setCurrentLabel);
    connect(bar, &LabelBar::nextRequested, m_nextAction, &QAction::trigger);
    connect(bar, &LabelBar::previousRequested, m_previousAction, &QAction::trigger);
    connect(bar, &LabelBar::nextSuspectRequested, m_suspectAction, &QAction::trigger);
    connect(bar, &LabelBar::shortcutsRequested, this, &MainWindow::showShortcuts);
    connect(m_metricsDock->matrixView(), &ConfusionMatrixView::cellClicked, m_proxy, &PairFilterProxy::showCell);
    connect(m_proxy, &PairFilterProxy::filtersChanged, this, [this] {  // the cards mark what the search found
        m_pairView->setSearchTerms(m_proxy->searchText().split(QLatin1Char(' '), Qt::SkipEmptyParts));
        m_current->refresh();
    });
    connect(m_banner, &MessageBanner::actionTriggered, m_files,
            [this] { m_bannerOffersFetch ? m_files->showImageFetch() : m_files->chooseImagesFolder(); });
    connect(m_prediction, &PredictionPanel::loadModelRequested, m_files, &ProjectActions::chooseModel);
}

void MainWindow::wireWarnings()
{
    connect(m_session, &ProjectSession::openFailed, this, [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    });
    connect(m_session, &ProjectSession::errorOccurred, this, [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    });
    connect(m_session, &ProjectSession::modelFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Cannot load the model"), message);
    });
}


void MainWindow::saveRecentProject()
{
    if (!m_pendingRecent.isEmpty())
        m_settings->addRecentProject(m_pendingRecent);
    m_pendingRecent.clear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_training->confirmClose()) {
        event->ignore();
        return;
    }
    saveRecentProject();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(QStringLiteral("main"), m_mainSplitter->saveState());
    m_settings->setSplitterState(QStringLiteral("pair"), m_bottomSplitter->saveState());
    m_settings->setHeaderState(QStringLiteral("pairs"), m_browser->view()->horizontalHeader()->saveState());
    m_session->batch()->cancel();
    event->accept();
}

void MainWindow::showNextSuspect()
{
    if (m_issues->walk(+1))
        return;  // the label-issue ranking, once computed
    // One pass over the pairs finds the blind spots both for the walk and for the message.
    const std::vector<int> blind = SuspectFinder::blindSpots(*m_session->pairs());
    const bool found = m_browser->selectNextSuspect(blind);
    QStringList skipped;
    for (int label : blind)
        skipped << LabelText::name(label);
    QString message;
    if (!m_session->pairs()->hasPredictions())
        message = tr("Suspects need predictions: load a model first.");
    else if (!found)
        message = tr("No shown pair where the model disagrees with the label.");
    if (!skipped.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("Pairs labeled %1 are skipped: the model never predicts that label, so its disagreement "
                 "there says nothing about the label.").arg(skipped.join(QStringLiteral(", ")));
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
}

void MainWindow::openProject(const QString &path)
{
    ProjectLocator::isServerUrl(path) ? m_team->openServer(path) : m_session->open(path);
}

void MainWindow::openCsv(const QString &csv, const QString &imagesDir) { m_files->openCsv(csv, imagesDir); }

void MainWindow::openDemo() { m_files->openDemo(); }

void MainWindow::setCurrentLabel(int label)
{
    const int before = m_browser->currentSourceRow();
    m_current->setLabel(label);
    // A correction that filtered the pair out has moved on already (to the neighbour that took its place).
    if (m_autoAdvanceAction && m_autoAdvanceAction->isChecked() && before >= 0 && m_browser->currentSourceRow() == before)
        m_browser->selectNext();
}

void MainWindow::updateImagesBanner()
{
    const auto &pairs = m_session->pairs()->pairs();
    m_bannerOffersFetch = m_session->imageNotice() == ProjectSession::ImageNotice::NoImages
        && std::any_of(pairs.begin(), pairs.end(), [](const Pair &p) {
               return p.first.imageUrl.startsWith(QLatin1String("http")) || p.second.imageUrl.startsWith(QLatin1String("http"));
           });
    if (m_bannerOffersFetch) {  // a web dataset: its images are links to download
        m_banner->showMessage(tr("No image files were found for this project, so the pairs are shown with text only. "
                                 "The tweets link to their images: download them with Get images."),
                              tr("Get images..."));
        return;
    }
    switch (m_session->imageNotice()) {
    case ProjectSession::ImageNotice::FolderMissing:
        m_banner->showMessage(tr("The images folder %1 was not found, so the pairs are shown with text only and "
                                 "the model treats the images as missing.")
                                  .arg(QDir::toNativeSeparators(m_session->imagesDir())),
                              tr("Locate images..."));
        break;
    case ProjectSession::ImageNotice::NoImages:
        m_banner->showMessage(tr("No image files were found for this project, so the pairs are shown with text "
                                 "only and the model treats the images as missing."),
                              tr("Locate images..."));
        break;
    case ProjectSession::ImageNotice::None: m_banner->hide(); break;
    }
}

void MainWindow::updateModelState()
{
    const auto model = m_session->activeModel();
    const bool loaded = m_session->predictor() != nullptr;
    m_prediction->setModelName(loaded && model ? QStringLiteral("%1 (%2)").arg(model->name, QFileInfo(model->file).fileName())
                                               : QString());
    m_current->refresh();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(open);
    for (QAction *a : m_labelActions)
        a->setEnabled(open && m_current && m_current->currentRow() >= 0);
    const bool running = m_session->batch()->isRunning();
    m_predictAllAction->setEnabled(open && m_session->predictor() && !running);
    m_cancelBatchAction->setEnabled(running);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session->isOpen() ? tr("%1 \u2014 Entail Studio").arg(QFileInfo(m_session->projectPath()).fileName())
                                       : tr("Entail Studio"));
}

QList<QAction *> MainWindow::shortcutActions() const
{
    // The keys used most first: labels, moving around, undo, training; then every other key of the window,
    // so that an action given a key later appears in the sheet by itself.
    QList<QAction *> actions{m_labelActions[0], m_labelActions[1], m_labelActions[2], m_nextAction, m_previousAction,
                             m_suspectAction, m_undoAction, m_redoAction, m_training->trainAction(),
                             m_training->cancelAction(), m_searchAction, m_shortcutsAction};
    for (QAction *a : this->actions())
        if (!a->shortcut().isEmpty() && !actions.contains(a))
            actions << a;
    return actions;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

}  // namespace entail
