// Honest metrics in the window: the rare-label boost slider re-decides the table, the matrix and the
// suspects at once and is remembered per project; its cost at 100,000 pairs (printed); the calibration
// section and "Calibrate" (the model file gets the temperature, the model is reloaded); temperature fitted
// at the end of training; "Next uncertain" walks the unlabeled pairs by margin (or entropy).
#include "model/data/demo.h"
#include "model/metrics/metrics.h"
#include "model/metrics/rarelabelboost.h"
#include "model/modelfile/versioncalibration.h"
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/metrics/boostcontrol.h"
#include "ui/metrics/calibrationpanel.h"
#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/metrics/metricsdock.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"
#include "ui/pairs/uncertaintywalk.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/prediction/probabilitybars.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

using namespace entail;

namespace {
constexpr int kPairs = 150;

std::array<double, 3> trainPriors(const PairTableModel &pairs)
{
    std::vector<int> labels;
    for (const Pair &p : pairs.pairs())
        if (p.split == Split::Train)
            labels.push_back(p.currentLabel);
    return RareLabelBoost::priorsOf(labels);
}

// Unlabeled rows 0, 2, 3, 5 with margins .01, .5, .05, .3 (row 4 has no prediction; 1 is labeled).
void loadWalkFixture(PairTableModel &model)
{
    const std::vector<int> labels{kNoLabel, 0, kNoLabel, kNoLabel, kNoLabel, kNoLabel};
    const std::vector<Probs> probs{{0.34f, 0.33f, 0.33f}, {0.34f, 0.33f, 0.33f}, {0.7f, 0.2f, 0.1f},
                                   {0.5f, 0.45f, 0.05f}, {}, {0.6f, 0.3f, 0.1f}};
    std::vector<Pair> pairs;
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    for (int i = 0; i < int(labels.size()); ++i) {
        Pair p;
        p.key = i + 1;
        p.currentLabel = p.originalLabel = labels[size_t(i)];
        pairs.push_back(p);
        if (i != 4) {
            keys.push_back(p.key);
            predictions.push_back(Prediction{probs[size_t(i)], {}, {}});
        }
    }
    model.setPairs(pairs);
    model.setPredictions(keys, predictions);
}
}  // namespace

class TestGuiHonesty : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_modelFile;
    std::unique_ptr<MainWindow> m_window;

    PairTableModel *pairs() const { return m_window->session()->pairs(); }
    BoostControl *boost() const { return m_window->findChild<BoostControl *>(QStringLiteral("boostControl")); }
    CalibrationPanel *calibration() const { return m_window->findChild<CalibrationPanel *>(QStringLiteral("calibrationPanel")); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen() && pairs()->rowCount() == kPairs, 30000);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    void trainingFitsTemperature();
    void boostReDecidesEverything();
    void boostIsRememberedPerProject();
    void calibrateWritesTheModelFile();
    void boostCostAt100000Pairs();
    void uncertaintyWalkOrder();
    void uncertaintyWalkInTheWindow();
};

void TestGuiHonesty::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ENTAIL_SPM_PLUGIN"))
        QSKIP("ENTAIL_SPM_PLUGIN is not set (run through ctest): the tokenizer cannot be trained");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_gui_honesty"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    m_project = m_dir.filePath(QStringLiteral("demo.entail"));
    QString error;
    QVERIFY2(DemoProject::generate(m_project, &error, nullptr, kPairs), qPrintable(error));
    openWindow();
}

void TestGuiHonesty::trainingFitsTemperature()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.open(m_project, &error));
    TrainConfig config;
    config.epochs = 2;
    config.patience = 0;
    config.vocabSize = 400;
    config.seed = 7;
    m_modelFile = m_dir.filePath(QStringLiteral("quick.entailmodel"));
    const TrainResult trained = Trainer(config).train(store.dataset(), m_modelFile, nullptr);
    QVERIFY2(trained.ok, qPrintable(trained.error));
    qInfo("training: temperature %.3f on %d validation pairs, NLL %.4f -> %.4f, ECE %.4f -> %.4f",
          trained.calibration.temperature, trained.calibration.count, trained.calibration.nllBefore,
          trained.calibration.nllAfter, trained.calibration.eceBefore, trained.calibration.eceAfter);
    QVERIFY(trained.calibration.count > 0);
    QVERIFY(trained.calibration.nllAfter <= trained.calibration.nllBefore + 1e-9);
    CheckpointData data;
    QVERIFY2(Checkpoint::read(m_modelFile, &data, &error), qPrintable(error));
    QCOMPARE(VersionCalibration::temperatureOf(data), trained.calibration.temperature);
    QCOMPARE(VersionCalibration::recordedFit(data).count, trained.calibration.count);

    QSignalSpy finished(m_window->session(), &ProjectSession::batchFinished);
    m_window->session()->loadModel(m_modelFile);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 300000);
    QVERIFY(pairs()->hasPredictions());
    QTRY_VERIFY(calibration()->summaryText().contains(QStringLiteral("Temperature")));
}

void TestGuiHonesty::boostReDecidesEverything()
{
    QVERIFY(pairs()->hasPredictions());
    QVERIFY(boost());
    boost()->setAlpha(0.0);
    const int suspectsBefore = SuspectFinder::count(*pairs(), {});
    boost()->setAlpha(1.0);
    const RareLabelBoost expected(trainPriors(*pairs()), 1.0);
    std::vector<int> truth, decided;
    int changed = 0;
    for (int row = 0; row < pairs()->rowCount(); ++row) {
        const Probs &p = pairs()->prediction(row).both;
        QCOMPARE(pairs()->predictedLabel(row), expected.decide(p));
        QCOMPARE(pairs()->index(row, PairTableModel::PredictedLabel).data(PairTableModel::LabelRole).toInt(), expected.decide(p));
        changed += expected.decide(p) != argmax(p);
        if (pairs()->pair(row).split == Split::Validation && isValidLabel(pairs()->pair(row).currentLabel)) {
            truth.push_back(pairs()->pair(row).currentLabel);
            decided.push_back(expected.decide(p));
        }
    }
    qInfo("boost 1 changed %d of %d decisions; suspects %d -> %d", changed, pairs()->rowCount(), suspectsBefore,
          SuspectFinder::count(*pairs(), {}));
    QVERIFY(changed > 0);
    const Metrics m = computeMetrics(truth, decided);
    for (int t = 0; t < 3; ++t)
        for (int p = 0; p < 3; ++p)
            QCOMPARE(m_window->metrics()->metrics().confusion[size_t(t)][size_t(p)], m.confusion[size_t(t)][size_t(p)]);
    auto *dock = m_window->findChild<MetricsDock *>();
    QVERIFY(dock->summaryText().contains(QStringLiteral("boost 1")));
    // The pair on screen shows the boosted probabilities too.
    int shownRow = -1;
    for (int row = 0; row < pairs()->rowCount() && shownRow < 0; ++row)
        if (expected.decide(pairs()->prediction(row).both) != argmax(pairs()->prediction(row).both))
            shownRow = row;
    QVERIFY(m_window->browser()->selectSourceRow(shownRow));
    const auto bars = m_window->predictionPanel()->bothBars()->probabilities();
    QVERIFY(bars);
    QCOMPARE(argmax(*bars), expected.decide(pairs()->prediction(shownRow).both));
    boost()->setAlpha(0.0);
    QVERIFY(!dock->summaryText().contains(QStringLiteral("boost")));
    QCOMPARE(SuspectFinder::count(*pairs(), {}), suspectsBefore);
}

void TestGuiHonesty::boostIsRememberedPerProject()
{
    boost()->setAlpha(0.5);
    QTRY_COMPARE(m_window->session()->store()->meta(BoostControl::metaKey()).toDouble(), 0.5);
    m_window.reset();
    openWindow();
    QCOMPARE(boost()->alpha(), 0.5);
    QCOMPARE(pairs()->boost().alpha(), 0.5);
    QTRY_VERIFY_WITH_TIMEOUT(pairs()->hasPredictions(), 60000);
    boost()->setAlpha(0.0);
}

void TestGuiHonesty::calibrateWritesTheModelFile()
{
    QTRY_VERIFY_WITH_TIMEOUT(calibration()->calibrateButton()->isEnabled(), 60000);
    const QString file = m_window->session()->activeModel()->file;
    CheckpointData data;
    QString error;
    QVERIFY2(Checkpoint::read(file, &data, &error), qPrintable(error));
    const double before = VersionCalibration::temperatureOf(data);
    QSignalSpy finished(m_window->session(), &ProjectSession::batchFinished);
    calibration()->calibrateButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Calibrat")), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 300000);  // reloaded and re-predicted
    QVERIFY2(m_window->statusBar()->currentMessage().isEmpty() || !m_window->statusBar()->currentMessage().contains(QStringLiteral("failed")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY2(Checkpoint::read(file, &data, &error), qPrintable(error));
    const TemperatureFit fit = VersionCalibration::recordedFit(data);
    qInfo("calibrate again: temperature %.4f -> %.4f, NLL %.4f -> %.4f", before, VersionCalibration::temperatureOf(data),
          fit.nllBefore, fit.nllAfter);
    QVERIFY(fit.count > 0);
    QVERIFY(fit.nllAfter <= fit.nllBefore + 1e-9);
    // Already calibrated at training: a second fit changes the temperature only a little.
    QVERIFY(std::fabs(VersionCalibration::temperatureOf(data) / before - 1.0) < 0.05);
    QVERIFY(calibration()->shownReport().count > 0);
    QTRY_VERIFY(calibration()->summaryText().contains(QStringLiteral("Temperature")));  // read from the file again

    // A read-only project is refused before the model file is touched.
    const QByteArray fileBefore = [&] { QFile f(file); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
    ProjectStore readOnly;
    QVERIFY2(readOnly.open(m_project, &error, {}, ProjectStore::Access::ReadOnly), qPrintable(error));
    QVERIFY(!VersionCalibration::calibrate(readOnly, *m_window->session()->activeModel(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), fileBefore);
    // The whole dock content (it scrolls at 1280x720), for a look at its layout.
    auto *scroll = qobject_cast<QScrollArea *>(m_window->findChild<MetricsDock *>()->widget());
    QWidget *content = scroll ? scroll->widget() : m_window->findChild<MetricsDock *>()->widget();
    QTest::qWait(100);  // the new text's layout request
    const QString shot = QDir::temp().filePath(QStringLiteral("entail-metrics-dock.png"));
    content->grab().save(shot);
    qInfo("metrics dock content %dx%d: %s", content->width(), content->height(), qPrintable(shot));
}

void TestGuiHonesty::boostCostAt100000Pairs()
{
    constexpr int kMany = 100000;
    PairTableModel model;
    PairFilterProxy proxy;
    proxy.setSourceModel(&model);
    MetricsTracker tracker(&model);
    std::vector<Pair> many(kMany);
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> u(0.f, 1.f);
    for (int i = 0; i < kMany; ++i) {
        many[size_t(i)].key = i + 1;
        many[size_t(i)].currentLabel = many[size_t(i)].originalLabel = i % 10 == 0 ? 1 : i % 7 == 0 ? 0 : 2;
        many[size_t(i)].split = i % 5 == 0 ? Split::Validation : Split::Train;
        const float a = u(rng), b = u(rng), c = u(rng) * 4;
        keys.push_back(i + 1);
        predictions.push_back(Prediction{{a / (a + b + c), b / (a + b + c), c / (a + b + c)}, {}, {}});
    }
    model.setPairs(many);
    model.setPredictions(keys, predictions);
    proxy.setErrorsOnly(true);
    proxy.sort(PairTableModel::Confidence, Qt::DescendingOrder);
    const auto priors = trainPriors(model);
    {
        QElapsedTimer clock;
        clock.start();
        model.setBoost(RareLabelBoost(priors, 0.5));
        const double decide = clock.nsecsElapsed() / 1e6;
        proxy.rowCount();
        qInfo("boost 0.5: decisions, matrix and suspects %.1f ms; then the filtered, sorted table %.1f ms", decide,
              clock.nsecsElapsed() / 1e6 - decide);
        clock.start();
        model.setPredictions(keys, predictions);
        proxy.rowCount();
        qInfo("for comparison, new predictions through the same table: %.1f ms", clock.nsecsElapsed() / 1e6);
    }
    for (double alpha : {0.5, 1.0, 0.0}) {
        QElapsedTimer clock;
        clock.start();
        model.setBoost(RareLabelBoost(priors, alpha));
        proxy.rowCount();  // the proxy rebuilds its mapping when first asked (the view asks at once)
        proxy.index(0, 0);
        const double ms = clock.nsecsElapsed() / 1e6;
        qInfo("boost %.1f on %d pairs (matrix, suspects filter, confidence sort): %.1f ms on the GUI thread, %d shown",
              alpha, kMany, ms, proxy.rowCount());
        // The proxy followed: only disagreements, still by the (boosted) confidence.
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int row = proxy.sourceRow(r);
            QVERIFY(model.isError(row));
            QVERIFY(r == 0 || model.confidence(proxy.sourceRow(r - 1)) >= model.confidence(row));
        }
    }
    QVERIFY(tracker.metrics().count > 0);
}

void TestGuiHonesty::uncertaintyWalkOrder()
{
    PairTableModel model;
    loadWalkFixture(model);
    using M = Uncertainty::Measure;
    std::vector<int> seen;
    int after = -1;
    for (int i = 0; i < 5; ++i) {
        const UncertaintyWalk::Step s = UncertaintyWalk::next(model, after, M::Margin);
        QCOMPARE(s.total, 4);
        QCOMPARE(s.rank, i % 4 + 1);
        seen.push_back(s.row);
        after = s.row;
    }
    QCOMPARE(seen, (std::vector<int>{0, 3, 5, 2, 0}));  // and round again
    // Entropy: row 3 (.5/.45/.05, 0.86) is surer than row 5 (.6/.3/.1, 0.90).
    QCOMPARE(UncertaintyWalk::next(model, 0, M::Entropy).row, 5);
    QCOMPARE(UncertaintyWalk::next(model, -1, M::Margin, [](int r) { return r != 0; }).row, 3);
    // A labeled pair leaves the walk; continuing from it goes on in the order.
    model.setData(model.index(3, PairTableModel::CurrentLabel), int(Implies));
    const UncertaintyWalk::Step s = UncertaintyWalk::next(model, 3, M::Margin);
    QCOMPARE(s.row, 5);
    QCOMPARE(s.rank, 2);
    QCOMPARE(s.total, 3);
}

void TestGuiHonesty::uncertaintyWalkInTheWindow()
{
    auto *walk = m_window->findChild<UncertaintyWalk *>();
    QVERIFY(walk);
    QCOMPARE(walk->nextAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+U")));
    QVERIFY(m_window->actions().contains(walk->nextAction()));  // so that the ? sheet lists it

    // The walk's own browser over the fixture: selection and "Uncertain k of N".
    PairTableModel model;
    loadWalkFixture(model);
    PairFilterProxy proxy;
    proxy.setSourceModel(&model);
    PairBrowser browser(&model, &proxy);
    UncertaintyWalk fixtureWalk(&model, &proxy, &browser);
    QSignalSpy status(&fixtureWalk, &UncertaintyWalk::statusMessage);
    browser.selectSourceRow(1);  // labeled: the walk starts at the most uncertain pair
    QVERIFY(fixtureWalk.selectNext());
    QCOMPARE(browser.currentSourceRow(), 0);
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("Uncertain 1 of 4"));
    QVERIFY(fixtureWalk.selectNext());
    QCOMPARE(browser.currentSourceRow(), 3);
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("Uncertain 2 of 4"));
    fixtureWalk.entropyAction()->setChecked(true);
    QVERIFY(fixtureWalk.selectNext());  // after row 3 by entropy: row 2 (.7/.2/.1)
    QCOMPARE(browser.currentSourceRow(), 2);
    proxy.setSearchText(QStringLiteral("no such words"));
    QVERIFY(!fixtureWalk.selectNext());
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("No shown unlabeled pair has a prediction."));
}

QTEST_MAIN(TestGuiHonesty)
#include "test_gui_honesty.moc"
