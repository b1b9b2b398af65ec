// Retraining from the desktop: the Train button and dialog, the training thread, cancel (button, Esc,
// closing the window), the label snapshot, new versions, activation and comparison.
#include "model/modelfile/checkpoint.h"
#include "model/data/demo.h"
#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "ui/versions/flippedpairsmodel.h"
#include "ui/versions/modelspanel.h"
#include "ui/versions/modelversionsmodel.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"
#include "ui/training/traindialog.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingfeature.h"
#include "ui/training/trainingpanel.h"
#include "model/training/trainingrecord.h"
#include "ui/training/trainingworker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QLineSeries>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace entail;

namespace {
constexpr int kDemoPairs = 160;           // small: every run here must be short
constexpr int kTrainTimeoutMs = 600000;   // generous for a loaded 2-core machine; not a speed check
constexpr int kLongEpochs = 200;          // a run that cannot end before the test cancels it

// Heads only on cached embeddings: a couple of seconds per run.
TrainConfig quickConfig(int epochs = 2)
{
    TrainConfig c;
    c.epochs = epochs;
    c.trainEncoders = false;
    c.patience = 0;
    return c;
}

// Encoders too: each batch takes a noticeable time, so cancelling lands mid-run.
TrainConfig slowConfig()
{
    TrainConfig c;
    c.epochs = kLongEpochs;
    c.trainEncoders = true;
    c.patience = 0;
    return c;
}

QStringList modelDirFiles(const ProjectStore &store)
{
    return QDir(store.modelsDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool samePredictions(const Predictions &a, const Predictions &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].both != b[i].both)
            return false;
    return true;
}

// Answers the next modal message box with `button` once it is shown.
void answerMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerMessageBox(button);  // not shown yet: try again on the next turn of the loop
            return;
        }
        box->button(button)->click();
    });
}

// What the session's table model shows, row by row (the rows are in the store's order).
Predictions shownPredictions(const ProjectSession &session)
{
    Predictions shown;
    for (int row = 0; row < session.pairs()->rowCount(); ++row)
        shown.push_back(session.pairs()->prediction(row));
    return shown;
}

// A QMainWindow whose close asks the feature, as MainWindow::closeEvent does.
class FeatureWindow final : public QMainWindow {
public:
    TrainingFeature *feature = nullptr;

protected:
    void closeEvent(QCloseEvent *event) override
    {
        if (feature && !feature->confirmClose())
            event->ignore();
        else
            event->accept();
    }
};

// Every test's start: the project open in a session, and a window with the feature installed; `store` is
// the test's own connection, to check what the GUI wrote.
struct Fixture {
    ProjectStore store;
    ProjectSession session;
    FeatureWindow window;
    TrainingFeature *feature = nullptr;

    bool open(const QString &path, QString *error)
    {
        if (!store.open(path, error))
            return false;
        QSignalSpy opened(&session, &ProjectSession::opened);
        session.open(path);
        if (!opened.wait(kTrainTimeoutMs)) {
            *error = QStringLiteral("the session did not open %1").arg(path);
            return false;
        }
        feature = new TrainingFeature(&window, &session);
        window.feature = feature;
        feature->install(window.addToolBar(QStringLiteral("main")));
        window.resize(1200, 800);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("the test window did not become active: Esc may not reach its shortcut");
        return true;
    }
};

// The batch's number in the whole run (all epochs), counted from one.
int batchIndex(const TrainProgress &p) { return (p.epoch - 1) * p.batches + p.batch; }
}  // namespace

class TestGuiTraining : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainButtonCreatesVersionsAndChangesPredictions();
    void cancelStopsWithinOneBatch();
    void cancelMidRunLeavesNoVersionNorFile();
    void correctionDuringTrainingUsesSnapshot();
    void closingWindowAsksCancelsAndJoins();
    void memoryIsReleasedAfterTrainingAndSwitch();

private:
    QString makeProject(const QString &name);
    bool setUp(Fixture &f, const QString &name);
    QTemporaryDir m_dir;
};

void TestGuiTraining::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestGuiTraining::makeProject(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".entail"));
    QString error;
    if (!DemoProject::generate(path, &error, nullptr, kDemoPairs))
        qFatal("cannot generate the demo project: %s", qPrintable(error));
    return path;
}

bool TestGuiTraining::setUp(Fixture &f, const QString &name)
{
    QString error;
    const bool ok = f.open(makeProject(name), &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestGuiTraining::trainButtonCreatesVersionsAndChangesPredictions()
{
    Fixture w;
    QVERIFY(setUp(w, QStringLiteral("button")));
    ProjectStore &store = w.store;
    QString error;
    TrainingController *controller = w.feature->controller();
    QSignalSpy finished(controller, &TrainingController::finished);
    QSignalSpy activated(&w.session, &ProjectSession::modelChanged);  // the one signal of a new active model
    QVERIFY(w.feature->trainAction()->isEnabled());

    // What the panel says while the runs go on (its own connection to `progress` comes first).
    QStringList statuses;
    connect(controller, &TrainingController::progress, &w.window,
            [&] { statuses << w.feature->trainingPanel()->statusText(); });
    QStringList durations;  // the Train dialog's expected duration, per run
    // Press Train, fill in the dialog like a user, press its Train button.
    auto runDialog = [&](const QString &loss) {
        bool dialogSeen = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<TrainDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            dialog->findChild<QRadioButton *>(QStringLiteral("headsOnly"))->click();
            dialog->lossBox()->setCurrentIndex(dialog->lossBox()->findData(loss));
            // The rare-label boost does not apply to the weighted loss (it has its own correction).
            QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("priorCorrection"))->isEnabled(),
                     loss != QLatin1String("weighted"));
            if (const QString dir = qEnvironmentVariable("ENTAIL_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(QDir().mkpath(dir) && dialog->grab().save(QDir(dir).filePath(QStringLiteral("train-dialog-%1.png").arg(loss))));
            QSpinBox *epochs = dialog->epochsBox();
            epochs->selectAll();
            QTest::keyClicks(epochs, QStringLiteral("2"));
            QTest::keyClick(epochs, Qt::Key_Tab);
            QCOMPARE(dialog->config().epochs, 2);
            QCOMPARE(dialog->config().trainEncoders, false);
            durations << dialog->durationText();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        w.feature->trainAction()->trigger();
        QVERIFY(dialogSeen);
    };

    runDialog(QStringLiteral("weighted"));
    QVERIFY(controller->isRunning());
    QVERIFY(!w.feature->trainAction()->isEnabled());  // cannot be started twice
    QString refused;
    QVERIFY(!controller->start(quickConfig(), &refused));
    QVERIFY(!refused.isEmpty());

    QVERIFY(finished.wait(kTrainTimeoutMs));
    QVERIFY(activated.count() == 1 || activated.wait(kTrainTimeoutMs));
    QVERIFY(w.feature->trainAction()->isEnabled());
    std::vector<ModelVersion> versions = store.models();
    QCOMPARE(int(versions.size()), 1);
    const ModelVersion v1 = versions.front();
    QCOMPARE(v1.name, QStringLiteral("v1"));
    QVERIFY(v1.active);
    QVERIFY(QFileInfo(v1.file).isFile());
    QVERIFY(TrainingRecord::read(v1).labels.empty());  // listed without the snapshot's labels
    ModelVersion full = v1;
    full.configJson = store.fullConfigJson(v1.id);
    QVERIFY(!TrainingRecord::read(full).labels.empty());
    PairKeys keys1;
    Predictions predictions1;
    QVERIFY(store.loadPredictions(v1.id, &keys1, &predictions1));
    QCOMPARE(int(keys1.size()), kDemoPairs);

    // The live view followed the run: one point per batch, one per epoch, a full progress bar.
    TrainingPanel *panel = w.feature->trainingPanel();
    QCOMPARE(panel->progressBar()->value(), panel->progressBar()->maximum());
    QCOMPARE(panel->validationLossSeries()->count(), 2);
    QCOMPARE(panel->validationF1Series()->count(), 2);
    QVERIFY(panel->batchLossSeries()->count() >= 2);
    QVERIFY(panel->logText().contains(QStringLiteral("v1")));
    QVERIFY(!statuses.isEmpty());
    QVERIFY2(statuses.last().contains(QStringLiteral("elapsed ")) && statuses.last().contains(QStringLiteral(" left")),
             qPrintable(statuses.last()));

    // Correct some labels, train again with another loss: the new version's predictions differ.
    const Dataset ds = store.dataset();
    int corrected = 0;
    for (const Pair &p : ds.pairs) {
        if (p.split == Split::Train && isValidLabel(p.currentLabel) && corrected < 10) {
            QVERIFY(w.session.applyLabel(p.key, (p.currentLabel + 1) % kNumClasses));
            ++corrected;
        }
    }
    runDialog(QStringLiteral("focal"));
    QVERIFY(finished.wait(kTrainTimeoutMs));
    QVERIFY(activated.count() == 2 || activated.wait(kTrainTimeoutMs));
    versions = store.models();
    QCOMPARE(int(versions.size()), 2);
    const ModelVersion v2 = versions.back();
    QCOMPARE(v2.name, QStringLiteral("v2"));
    QCOMPARE(store.activeModel()->id, v2.id);
    QCOMPARE(TrainingRecord::read(v2).config.loss, LossKind::Focal);
    // Before the first run nothing was measured; the second is estimated from the first, on this computer.
    QCOMPARE(durations.size(), 2);
    QVERIFY2(durations[0].contains(QStringLiteral("no estimate yet")), qPrintable(durations[0]));
    QVERIFY2(durations[1].contains(QStringLiteral("measured on this computer in run v1")), qPrintable(durations[1]));
    const VersionRecord r1 = TrainingRecord::read(v1);
    QVERIFY(r1.batchesRun > 0 && r1.batchSeconds > 0.0 && r1.batchSeconds <= r1.seconds);
    qInfo("run v1: %.2f s, %d batches, %.1f ms per batch; the dialog said: %s", r1.seconds, r1.batchesRun,
          1000.0 * r1.batchSeconds / r1.batchesRun, qPrintable(durations[1]));
    QVERIFY(TrainingRecord::read(v1).labelsSha256 != TrainingRecord::read(v2).labelsSha256);
    PairKeys keys2;
    Predictions predictions2;
    QVERIFY(store.loadPredictions(v2.id, &keys2, &predictions2));
    QCOMPARE(keys2, keys1);
    QVERIFY(!samePredictions(predictions1, predictions2));
    QCOMPARE(w.session.activeModel()->id, v2.id);
    QVERIFY(w.session.predictor() != nullptr);
    QVERIFY(samePredictions(shownPredictions(w.session), predictions2));

    // Models panel: compare v1 with the active v2, then activate v1 again.
    ModelsPanel *models = w.feature->modelsPanel();
    QCOMPARE(models->versionsModel()->rowCount(), 2);
    models->selectVersion(v1.id);
    QVERIFY(models->detailsText().contains(QStringLiteral("v1")));
    QSignalSpy compared(models, &ModelsPanel::comparisonReady);
    QVERIFY(models->compareButton()->isEnabled());
    QTest::mouseClick(models->compareButton(), Qt::LeftButton);
    QVERIFY(compared.count() == 1 || compared.wait(kTrainTimeoutMs));
    int flips = 0;
    for (size_t i = 0; i < predictions1.size(); ++i)
        flips += predictions1[i].label() != predictions2[i].label() ? 1 : 0;
    QCOMPARE(models->comparison()->rowCount(), flips);
    QVERIFY(flips > 0);  // two weak models on corrected labels disagree somewhere
    {
        QSignalSpy jumped(w.feature, &TrainingFeature::pairActivated);
        QTableView *view = models->flippedView();
        view->scrollTo(view->model()->index(0, 0));
        const QModelIndex first = view->model()->index(0, FlippedPairsModel::Effect);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QCOMPARE(jumped.count(), 1);
        QCOMPARE(jumped.first().at(0).toLongLong(), first.data(FlippedPairsModel::PairKeyRole).toLongLong());
    }

    QVERIFY(models->activateButton()->isEnabled());
    QTest::mouseClick(models->activateButton(), Qt::LeftButton);
    QVERIFY(activated.wait(kTrainTimeoutMs));
    QCOMPARE(store.activeModel()->id, v1.id);
    QCOMPARE(w.session.activeModel()->id, v1.id);
    Predictions again;
    QVERIFY(store.loadPredictions(v1.id, &keys1, &again));
    QVERIFY(samePredictions(again, shownPredictions(w.session)));
}

void TestGuiTraining::cancelStopsWithinOneBatch()
{
    const QString path = makeProject(QStringLiteral("worker"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));

    // Run the worker in this thread and raise the flag from inside batch 3, as the GUI would.
    std::atomic<bool> cancel{false};
    constexpr int kCancelAtBatch = 3;
    TrainingWorker worker(slowConfig(), path, &cancel);
    QString out;
    connect(&worker, &TrainingWorker::prepared, this, [&](const ModelVersion &v) { out = v.file; }, Qt::DirectConnection);
    int batches = 0;
    connect(&worker, &TrainingWorker::progress, this, [&](const TrainProgress &) {
        if (++batches == kCancelAtBatch)
            cancel = true;
    }, Qt::DirectConnection);
    QSignalSpy finished(&worker, &TrainingWorker::finished);
    worker.run();
    QCOMPARE(finished.count(), 1);
    const TrainResult result = finished.first().at(0).value<TrainResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    QCOMPARE(finished.first().at(1).value<ModelVersion>().id, 0);
    QCOMPARE(batches, kCancelAtBatch);  // no batch started after the flag was raised
    QVERIFY(!out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(modelDirFiles(store).isEmpty());
    QVERIFY(store.models().empty());
}

void TestGuiTraining::cancelMidRunLeavesNoVersionNorFile()
{
    Fixture w;
    QVERIFY(setUp(w, QStringLiteral("cancel")));
    ProjectStore &store = w.store;
    QString error;
    TrainingController *controller = w.feature->controller();
    QSignalSpy progress(controller, &TrainingController::progress);
    QSignalSpy cancelled(controller, &TrainingController::cancelled);
    QSignalSpy finished(controller, &TrainingController::finished);
    const QStringList before = modelDirFiles(store);

    QVERIFY(w.feature->startTraining(slowConfig()));
    QVERIFY(progress.wait(kTrainTimeoutMs));
    QVERIFY(controller->isRunning());
    QVERIFY(w.feature->trainingPanel()->cancelButton()->isEnabled());
    QCoreApplication::processEvents();  // every batch reported so far is counted before the cancel
    const int batchAtCancel = batchIndex(progress.last().at(0).value<TrainProgress>());
    QTest::keyClick(&w.window, Qt::Key_Escape);  // Esc, like the Cancel button
    QVERIFY(cancelled.count() == 1 || cancelled.wait(kTrainTimeoutMs));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!controller->isRunning());
    QVERIFY(w.feature->trainAction()->isEnabled());
    QVERIFY(!w.feature->trainingPanel()->cancelButton()->isEnabled());
    // Stopped within one batch: at most the batch running when Esc was pressed was reported after it.
    const int lastBatch = batchIndex(progress.last().at(0).value<TrainProgress>());
    QVERIFY2(lastBatch - batchAtCancel <= 1, qPrintable(QStringLiteral("batch %1 at the cancel, %2 reported last")
                                                            .arg(batchAtCancel).arg(lastBatch)));
    QVERIFY(store.models().empty());
    QCOMPARE(modelDirFiles(store), before);  // no checkpoint and no QSaveFile leftover
    QVERIFY(w.feature->trainingPanel()->statusText().contains(QStringLiteral("cancelled")));
}

void TestGuiTraining::correctionDuringTrainingUsesSnapshot()
{
    Fixture w;
    QVERIFY(setUp(w, QStringLiteral("snapshot")));
    ProjectStore &store = w.store;
    QString error;
    TrainingController *controller = w.feature->controller();
    QSignalSpy finished(controller, &TrainingController::finished);

    const Dataset atStart = store.dataset();
    qint64 key = 0;
    int oldLabel = kNoLabel, labeledTrain = 0;
    for (const Pair &p : atStart.pairs) {
        if (p.split != Split::Train || !isValidLabel(p.currentLabel))
            continue;
        ++labeledTrain;
        if (!key) {
            key = p.key;
            oldLabel = p.currentLabel;
        }
    }
    QVERIFY(key != 0);

    // The correction lands while the run is active: it is stored at once, and the run keeps its snapshot.
    w.session.setAnnotator(QStringLiteral("tester"));
    bool correctedWhileRunning = false;
    connect(controller, &TrainingController::progress, this, [&] {
        if (correctedWhileRunning)
            return;
        correctedWhileRunning = controller->isRunning();
        QVERIFY(w.session.applyLabel(key, kNoLabel));
    });
    QVERIFY(w.feature->startTraining(quickConfig(3), false));
    QVERIFY(finished.wait(kTrainTimeoutMs));
    QVERIFY(correctedWhileRunning);

    QCOMPARE(store.pair(key)->currentLabel, kNoLabel);
    const std::vector<LogEntry> log = store.log(key);
    QCOMPARE(log.back().fromLabel, oldLabel);
    QCOMPARE(log.back().toLabel, kNoLabel);
    QCOMPARE(log.back().annotator, QStringLiteral("tester"));

    const ModelVersion version = finished.first().at(0).value<ModelVersion>();
    const VersionRecord record = TrainingRecord::read(version);
    QCOMPARE(record.labels.at(key), oldLabel);
    QCOMPARE(record.labeled[size_t(Split::Train)], labeledTrain);
    QCOMPARE(record.labelsSha256, TrainingRecord::labelsSha256(atStart));
    // The trainer itself saw the snapshot: had it read the store, it would have one pair fewer.
    CheckpointData checkpoint;
    QVERIFY2(Checkpoint::read(version.file, &checkpoint, &error), qPrintable(error));
    QCOMPARE(checkpoint.config.value(QStringLiteral("training")).toObject().value(QStringLiteral("train_pairs")).toInt(),
             labeledTrain);
    QVERIFY(!version.active);  // this run was started with "activate when finished" off
}

// With the app's malloc settings freed memory stays resident unless released: after a run (encoders too, the
// heaviest kind) and a project switch, little is left to release, and the figures are printed.
void TestGuiTraining::memoryIsReleasedAfterTrainingAndSwitch()
{
    constexpr double kMiB = 1024.0 * 1024.0;
    constexpr long long kLeftOver = 64LL << 20;  // what other threads may free after the last release
    Fixture w;
    QVERIFY(setUp(w, QStringLiteral("memory0")));
    releaseFreedMemory();
    const long long opened = residentBytes();
    TrainConfig config = quickConfig(1);
    config.trainEncoders = true;
    std::vector<long long> afterSwitch;
    for (int cycle = 1; cycle <= 2; ++cycle) {
        QSignalSpy finished(w.feature->controller(), &TrainingController::finished);
        QSignalSpy batch(&w.session, &ProjectSession::batchFinished);
        QVERIFY(w.feature->startTraining(config, true));
        QVERIFY(finished.wait(kTrainTimeoutMs));
        QVERIFY(batch.count() > 0 || batch.wait(kTrainTimeoutMs));  // the new version predicted every pair
        const long long trained = residentBytes();
        const long long leftAfterTraining = releaseFreedMemory();
        QSignalSpy reopened(&w.session, &ProjectSession::opened);
        w.session.open(makeProject(QStringLiteral("memory%1").arg(cycle)));
        QVERIFY(reopened.wait(kTrainTimeoutMs));
        afterSwitch.push_back(residentBytes());
        const long long leftAfterSwitch = releaseFreedMemory();
        qInfo("cycle %d: resident %.0f MiB with the first project open, peak %.0f MiB, %.0f MiB after training and "
              "predicting (then %.0f MiB left to release), %.0f MiB after opening another project (then %.0f MiB "
              "left to release)", cycle, opened / kMiB, peakResidentBytes() / kMiB, trained / kMiB,
              leftAfterTraining / kMiB, afterSwitch.back() / kMiB, leftAfterSwitch / kMiB);
        QVERIFY2(leftAfterTraining < kLeftOver, qPrintable(QString::number(leftAfterTraining / kMiB)));
        QVERIFY2(leftAfterSwitch < kLeftOver, qPrintable(QString::number(leftAfterSwitch / kMiB)));
    }
    // What stays after the first run is the training runtime's own (thread pools, kernels' buffers), not the
    // project's: another run and another project do not add to it.
    QVERIFY2(afterSwitch[1] - afterSwitch[0] < kLeftOver,
             qPrintable(QString::number((afterSwitch[1] - afterSwitch[0]) / kMiB)));
}

void TestGuiTraining::closingWindowAsksCancelsAndJoins()
{
    Fixture w;
    QVERIFY(setUp(w, QStringLiteral("close")));
    ProjectStore &store = w.store;
    QString error;
    TrainingController *controller = w.feature->controller();
    QSignalSpy progress(controller, &TrainingController::progress);
    QSignalSpy cancelled(controller, &TrainingController::cancelled);
    QVERIFY(w.feature->startTraining(slowConfig()));
    QVERIFY(progress.wait(kTrainTimeoutMs));

    answerMessageBox(QMessageBox::No);
    QVERIFY(!w.window.close());
    QVERIFY(w.window.isVisible());
    QVERIFY(controller->isRunning());

    answerMessageBox(QMessageBox::Yes);
    QVERIFY(w.window.close());
    QVERIFY(!controller->isRunning());  // joined before close() returned
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(store.models().empty());
    QVERIFY(modelDirFiles(store).isEmpty());
}

int main(int argc, char **argv)
{
    entail::initRuntime();
    QApplication app(argc, argv);
    TestGuiTraining test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_training.moc"
