// The main window with a real (quickly trained) model: File > Load model registers and activates it,
// batch prediction fills the table and the matrix in the background, the prediction panel shows the
// same probabilities as the model (full, text only, image only), live prediction covers pairs without
// a cached one, and reopening the project uses the predictions cached in the store. Saves a screenshot.
#include "model/data/demo.h"
#include "model/inference/predictor.h"
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/shell/mainwindow.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/prediction/probabilitybars.h"
#include "ui/session/projectsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QtTest>

using namespace entail;

namespace {

constexpr int kPairs = 120;
constexpr float kTolerance = 1e-4f;

bool near(const std::optional<Probs> &shown, const Probs &expected)
{
    if (!shown)
        return false;
    for (int i = 0; i < kNumClasses; ++i)
        if (std::abs((*shown)[size_t(i)] - expected[size_t(i)]) > kTolerance)
            return false;
    return true;
}

}  // namespace

class TestGuiPrediction : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_modelFile;
    std::unique_ptr<Predictor> m_reference;  // the same model file, loaded by the test
    std::unique_ptr<MainWindow> m_window;

    PairTableModel *pairs() const { return m_window->session()->pairs(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ENTAIL_SPM_PLUGIN"))
            QSKIP("ENTAIL_SPM_PLUGIN is not set (run through ctest): the tokenizer cannot be trained");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_prediction"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_project = m_dir.filePath(QStringLiteral("demo.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(m_project, &error, nullptr, kPairs), qPrintable(error));

        ProjectStore store;
        QVERIFY(store.open(m_project, &error));
        TrainConfig config;
        config.epochs = 2;
        config.patience = 0;
        config.vocabSize = 400;
        config.seed = 7;
        m_modelFile = m_dir.filePath(QStringLiteral("quick.entailmodel"));
        const TrainResult trained = Trainer(config).train(store.dataset(), m_modelFile, nullptr);
        QVERIFY2(trained.ok, qPrintable(trained.error));
        m_reference = Predictor::load(m_modelFile, &error);
        QVERIFY2(m_reference, qPrintable(error));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen() && pairs()->rowCount() == kPairs, 30000);
        QVERIFY(!m_window->predictionPanel()->isShowingModel());
    }

    void cleanupTestCase() { m_window.reset(); }

    void loadModelPredictsEverything()
    {
        QSignalSpy finished(m_window->session(), &ProjectSession::batchFinished);
        m_window->session()->loadModel(m_modelFile);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 300000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(m_window->predictionPanel()->isShowingModel());
        for (int row = 0; row < kPairs; ++row)
            QVERIFY(pairs()->hasPrediction(row));

        // Registered as the active version, with a copy in the project's models folder and saved predictions.
        ProjectStore store;
        QVERIFY(store.open(m_project, nullptr));
        const auto active = store.activeModel();
        QVERIFY(active);
        QCOMPARE(QFileInfo(active->file).absolutePath(), QDir(store.modelsDir()).absolutePath());
        QVERIFY(QFileInfo::exists(active->file));
        std::vector<qint64> keys;
        std::vector<Prediction> saved;
        QVERIFY(store.loadPredictions(active->id, &keys, &saved));
        QCOMPARE(int(keys.size()), kPairs);
    }

    void tableMatchesTheModel()
    {
        const std::vector<Prediction> expected = m_reference->predictAll(pairs()->pairs());
        QCOMPARE(int(expected.size()), kPairs);
        for (int row = 0; row < kPairs; ++row) {
            QVERIFY2(near(pairs()->prediction(row).both, expected[size_t(row)].both), qPrintable(QString::number(row)));
            QCOMPARE(pairs()->predictedLabel(row), expected[size_t(row)].label());
        }
    }

    void matrixMatchesThePredictions()
    {
        MetricsTracker *tracker = m_window->metrics();
        tracker->setSplit(MetricsTracker::kAllSplits);
        std::array<std::array<int, 3>, 3> expected{};
        ProjectStore store;
        QVERIFY(store.open(m_project, nullptr));
        std::vector<qint64> keys;
        std::vector<Prediction> saved;
        QVERIFY(store.loadPredictions(store.activeModel()->id, &keys, &saved));
        for (size_t i = 0; i < keys.size(); ++i) {
            const int label = store.pair(keys[i])->currentLabel;
            if (isValidLabel(label))
                ++expected[size_t(label)][size_t(saved[i].label())];
        }
        for (int r = 0; r < kNumClasses; ++r)
            for (int c = 0; c < kNumClasses; ++c)
                QCOMPARE(tracker->confusionModel()->count(r, c), expected[size_t(r)][size_t(c)]);
        tracker->setSplit(int(Split::Validation));
    }

    void panelShowsTheThreeViews()
    {
        QVERIFY(m_window->browser()->selectSourceRow(5));
        const Prediction expected = m_reference->predict(pairs()->pair(5));
        const PredictionPanel *panel = m_window->predictionPanel();
        QVERIFY(near(panel->bothBars()->probabilities(), expected.both));
        QVERIFY(near(panel->textOnlyBars()->probabilities(), expected.textOnly));
        QVERIFY(near(panel->imageOnlyBars()->probabilities(), expected.imageOnly));
        QVERIFY(!panel->explanationText().isEmpty());
    }

    void livePredictionWithoutCache()
    {
        pairs()->clearPredictions();
        const Prediction expected = m_reference->predict(pairs()->pair(9));
        const PredictionPanel *panel = m_window->predictionPanel();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_window->browser()->selectSourceRow(9));
        QTRY_VERIFY_WITH_TIMEOUT(near(panel->bothBars()->probabilities(), expected.both), 20000);
        qInfo("live prediction shown %.0f ms after moving to the pair", double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(near(panel->textOnlyBars()->probabilities(), expected.textOnly));
        QVERIFY(near(panel->imageOnlyBars()->probabilities(), expected.imageOnly));
        // Quick moves: only the pair on screen ends up shown.
        for (int row = 10; row < 20; ++row)
            QVERIFY(m_window->browser()->selectSourceRow(row));
        const Prediction last = m_reference->predict(pairs()->pair(19));
        QTRY_VERIFY_WITH_TIMEOUT(near(panel->bothBars()->probabilities(), last.both), 20000);
    }

    void reopeningUsesCachedPredictions()
    {
        MainWindow window;
        QSignalSpy started(window.session()->batch(), &BackgroundPrediction::started);
        window.openProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->pairs()->hasPredictions(), 60000);
        QCOMPARE(started.count(), 0);
        QVERIFY(window.session()->predictor());
        QVERIFY(window.predictionPanel()->isShowingModel());
        for (int row = 0; row < kPairs; ++row)
            QVERIFY(window.session()->pairs()->hasPrediction(row));
    }

    void screenshot()
    {
        // Back to the full state: predictions for every pair, a suspect pair on screen.
        QSignalSpy finished(m_window->session(), &ProjectSession::batchFinished);
        m_window->session()->predictAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 300000);
        QVERIFY(m_window->browser()->selectSourceRow(0));
        m_window->browser()->selectNextSuspect();
        QTest::qWait(300);  // image previews decode on worker threads
        const QString dir = QStringLiteral(ENTAIL_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(QStringLiteral("main-window-demo.png"));
        QVERIFY(m_window->grab().save(file));
        QVERIFY(!QImage(file).isNull());
        qInfo("screenshot: %s", qPrintable(file));
    }
};

QTEST_MAIN(TestGuiPrediction)
#include "test_gui_prediction.moc"
