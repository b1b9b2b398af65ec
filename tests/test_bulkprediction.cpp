// Predicting a project in batches (BulkPrediction, the window's BackgroundPrediction, `entail predict
// --project`): every stored prediction equals an all-at-once reference, a cancel keeps exactly the batches
// stored before it, progress only moves forward. Training on more images than it keeps decoded gives the
// same model as keeping them all. Nothing here is timed.
#include "model/data/demo.h"
#include "model/inference/bulkprediction.h"
#include "model/inference/predictor.h"
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "model/training/trainingdata.h"
#include "ui/prediction/backgroundprediction.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>
#include <random>

using namespace entail;

namespace {

constexpr int kPairs = 2000;
constexpr int kBatch = 256;

// Text-only pairs, every text distinct (the predictor's cache of encoder outputs never answers for another).
Dataset textPairs(int n)
{
    const char *teams[] = {"Harbor FC", "City Rovers", "Lakeside United", "North Stars", "Valley Town"};
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> team(0, 4), score(0, 9), kind(0, 2);
    Dataset ds;
    for (int i = 0; i < n; ++i) {
        Pair p;
        const int a = team(rng), s = score(rng), k = kind(rng);
        const int b = k == NoEntailment ? (a + 1) % 5 : a;
        const int s2 = k == Contradictory ? (s + 3) % 10 : s;
        p.first.id = QString::number(5000 + 2 * i);
        p.second.id = QString::number(5001 + 2 * i);
        p.first.text = QStringLiteral("%1 scored %2 goals in match %3").arg(QString::fromUtf8(teams[a])).arg(s).arg(i);
        p.second.text = QStringLiteral("Final %1: %2 with %3 goals").arg(i).arg(QString::fromUtf8(teams[b])).arg(s2);
        p.currentLabel = p.originalLabel = i < 300 ? k : kNoLabel;  // a few labeled, most to predict
        p.split = i % 10 == 0 ? Split::Validation : Split::Train;
        ds.pairs.push_back(p);
    }
    return ds;
}

std::map<qint64, Prediction> stored(const ProjectStore &store, qint64 modelId)
{
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    store.loadPredictions(modelId, &keys, &predictions);
    std::map<qint64, Prediction> out;
    for (size_t i = 0; i < keys.size(); ++i)
        out[keys[i]] = predictions[i];
    return out;
}

bool same(const Prediction &a, const Prediction &b)
{
    for (int c = 0; c < kNumClasses; ++c)
        for (auto m : {&Prediction::both, &Prediction::textOnly, &Prediction::imageOnly})
            if (std::fabs((a.*m)[size_t(c)] - (b.*m)[size_t(c)]) > 1e-5f)
                return false;
    return true;
}

}  // namespace

class TestBulkPrediction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void batchesEqualAllAtOnce();
    void cancelKeepsStoredBatches();
    void backgroundJobReportsAndStores();
    void cliPredictsProject();
    void imagesBeyondBudgetTrainAlike_data();
    void imagesBeyondBudgetTrainAlike();

private:
    // The reference: every pair predicted in one call by a fresh predictor.
    std::unique_ptr<Predictor> freshPredictor();
    // The project opened on this thread, a fresh predictor (an empty cache) and the options of a run in
    // batches of kBatch for the version.
    bool prepareRun(ProjectStore &store, std::unique_ptr<Predictor> *predictor, BulkPrediction::Options *options);
    void checkAgainstReference(const std::map<qint64, Prediction> &got);
    void checkAllStored();  // the project holds a prediction of every pair, each the reference's

    QTemporaryDir m_dir;
    QString m_project;
    ModelVersion m_version;
    std::map<qint64, Prediction> m_reference;
};

std::unique_ptr<Predictor> TestBulkPrediction::freshPredictor()
{
    QString error;
    std::unique_ptr<Predictor> p = Predictor::load(m_version.file, &error);
    if (!p)
        qWarning("%s", qPrintable(error));
    return p;
}

bool TestBulkPrediction::prepareRun(ProjectStore &store, std::unique_ptr<Predictor> *predictor,
                                    BulkPrediction::Options *options)
{
    QString error;
    if (!store.open(m_project, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    *predictor = freshPredictor();
    options->modelId = m_version.id;
    options->batchPairs = kBatch;
    return *predictor != nullptr;
}

void TestBulkPrediction::checkAgainstReference(const std::map<qint64, Prediction> &got)
{
    for (const auto &[key, prediction] : got) {
        const auto it = m_reference.find(key);
        QVERIFY2(it != m_reference.end(), qPrintable(QStringLiteral("pair %1 is not in the project").arg(key)));
        QVERIFY2(same(prediction, it->second), qPrintable(QStringLiteral("pair %1 differs").arg(key)));
    }
}

void TestBulkPrediction::checkAllStored()
{
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_project, &error), qPrintable(error));
    const std::map<qint64, Prediction> got = stored(store, m_version.id);
    QCOMPARE(int(got.size()), kPairs);
    checkAgainstReference(got);
}

void TestBulkPrediction::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ENTAIL_SPM_PLUGIN"))
        QSKIP("ENTAIL_SPM_PLUGIN is not set (run through ctest): the tokenizer cannot be trained");
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("bulk.entail"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(m_project, &error), qPrintable(error));
    Dataset ds = textPairs(kPairs);
    QVERIFY2(store.addPairs(ds, QStringLiteral("test"), &error), qPrintable(error));
    QVERIFY(QDir().mkpath(store.modelsDir()));
    TrainConfig config;
    config.epochs = 1;
    config.patience = 0;
    config.vocabSize = 300;
    config.seed = 3;
    m_version.file = QDir(store.modelsDir()).filePath(QStringLiteral("v1.entailmodel"));
    const TrainResult trained = Trainer(config).train(ds, m_version.file, nullptr);
    QVERIFY2(trained.ok, qPrintable(trained.error));
    QVERIFY2(store.addModel(m_version, &error), qPrintable(error));
    QVERIFY2(store.setActiveModel(m_version.id, &error), qPrintable(error));

    const std::unique_ptr<Predictor> predictor = freshPredictor();
    QVERIFY(predictor);
    const std::vector<Pair> pairs = store.dataset().pairs;
    const std::vector<Prediction> all = predictor->predictAll(pairs);
    QCOMPARE(int(all.size()), kPairs);
    for (size_t i = 0; i < pairs.size(); ++i)
        m_reference[pairs[i].key] = all[i];
}

void TestBulkPrediction::batchesEqualAllAtOnce()
{
    ProjectStore store;
    std::unique_ptr<Predictor> predictor;
    BulkPrediction::Options options;
    QVERIFY(prepareRun(store, &predictor, &options));
    std::vector<BulkProgress> reports;
    const BulkPredictionResult r = BulkPrediction::run(
        store, *predictor, options, [&](const BulkProgress &p) { reports.push_back(p); });
    QVERIFY2(r.complete(), qPrintable(r.error + r.saveError));
    QCOMPARE(r.predicted, kPairs);
    QCOMPARE(r.stored, kPairs);
    QCOMPARE(int(r.keys.size()), kPairs);
    // Progress: one report a batch, forward only, ending at the total.
    QCOMPARE(int(reports.size()), (kPairs + kBatch - 1) / kBatch);
    for (size_t i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports[i].total, kPairs);
        QCOMPARE(reports[i].done, std::min(kPairs, int(i + 1) * kBatch));
        QVERIFY(i == 0 || reports[i].seconds >= reports[i - 1].seconds);
    }
    QVERIFY(reports.back().etaSeconds() == 0.0);
    const std::map<qint64, Prediction> got = stored(store, m_version.id);
    QCOMPARE(int(got.size()), kPairs);
    checkAgainstReference(got);
    for (size_t i = 0; i < r.keys.size(); ++i)
        QVERIFY(same(r.predictions[i], m_reference.at(r.keys[i])));
}

void TestBulkPrediction::cancelKeepsStoredBatches()
{
    ProjectStore store;
    std::unique_ptr<Predictor> predictor;
    BulkPrediction::Options options;
    QVERIFY(prepareRun(store, &predictor, &options));
    options.keep = false;
    std::atomic<bool> cancel{false};
    int reports = 0;
    const BulkPredictionResult r = BulkPrediction::run(store, *predictor, options, [&](const BulkProgress &) {
        if (++reports == 3)
            cancel = true;
    }, &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(!r.complete());
    QCOMPARE(r.stored, 3 * kBatch);
    QVERIFY(r.keys.empty());  // not kept
    // The first batch replaced the earlier run's predictions; the three batches are there, nothing else.
    const std::map<qint64, Prediction> got = stored(store, m_version.id);
    QCOMPARE(int(got.size()), 3 * kBatch);
    checkAgainstReference(got);
    auto expected = m_reference.begin();
    for (const auto &entry : got)
        QCOMPARE(entry.first, (expected++)->first);  // the pairs of lowest keys: read in key order
}

void TestBulkPrediction::backgroundJobReportsAndStores()
{
    BackgroundPrediction batch;
    QSignalSpy progress(&batch, &BackgroundPrediction::progress);
    QSignalSpy finished(&batch, &BackgroundPrediction::finished);
    PredictionJob job;
    job.projectPath = m_project;
    job.version = m_version;  // loaded from its file on the worker
    batch.enqueue(job);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    const auto outcome = finished.at(0).at(0).value<PredictionOutcome>();
    QVERIFY2(outcome.error.isEmpty() && outcome.saveError.isEmpty(), qPrintable(outcome.error + outcome.saveError));
    QVERIFY(!outcome.cancelled);
    QCOMPARE(outcome.stored, kPairs);
    QCOMPARE(int(outcome.keys.size()), kPairs);
    QVERIFY(BackgroundPrediction::summary(outcome).contains(QStringLiteral("pairs/s")));
    QVERIFY(progress.count() >= 1);
    int last = 0;
    for (const QList<QVariant> &signal : progress) {
        QVERIFY(signal.at(0).toInt() >= last);
        QCOMPARE(signal.at(1).toInt(), kPairs);
        QVERIFY(signal.at(2).toDouble() > 0);   // pairs/s
        QVERIFY(signal.at(3).toDouble() >= 0);  // seconds left
        last = signal.at(0).toInt();
    }
    QCOMPARE(last, kPairs);
    checkAllStored();
}

void TestBulkPrediction::cliPredictsProject()
{
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
        QVERIFY(store.savePredictions(m_version.id, {}, {}, &error));  // none stored before
    }
    const test::CliRun run = test::runEntail({QStringLiteral("predict"), QStringLiteral("--project"), m_project});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("%1 predictions of v1 stored").arg(kPairs)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("pairs/s")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("predicted %1/%1 pairs").arg(kPairs)), qPrintable(run.err));
    checkAllStored();

    // Without an active model: a clear refusal.
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
        QVERIFY(store.setActiveModel(0, &error));
    }
    const test::CliRun none = test::runEntail({QStringLiteral("predict"), QStringLiteral("--project"), m_project});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains(QStringLiteral("no active model")), qPrintable(none.err));
}

void TestBulkPrediction::imagesBeyondBudgetTrainAlike_data()
{
    QTest::addColumn<bool>("trainEncoders");
    QTest::newRow("encoders trained") << true;
    QTest::newRow("encoders frozen") << false;
}

// The demo's images: all kept decoded, or only 5 of them (the others decoded for each batch that needs them).
void TestBulkPrediction::imagesBeyondBudgetTrainAlike()
{
    QFETCH(bool, trainEncoders);
    const QString project = m_dir.filePath(QStringLiteral("demo-%1.entail").arg(trainEncoders));
    QString error;
    QVERIFY2(DemoProject::generate(project, &error, nullptr, 90), qPrintable(error));
    ProjectStore store;
    QVERIFY2(store.open(project, &error), qPrintable(error));
    const Dataset ds = store.dataset();
    TrainConfig config;
    config.epochs = 2;
    config.patience = 0;
    config.vocabSize = 400;
    config.trainEncoders = trainEncoders;
    const int budget = TrainingData::imageBudget();
    const TrainResult all = Trainer(config).train(ds, QString(), nullptr);
    TrainingData::setImageBudget(5);
    const TrainResult few = Trainer(config).train(ds, QString(), nullptr);
    TrainingData::setImageBudget(budget);
    QVERIFY2(all.ok && few.ok, qPrintable(all.error + few.error));
    QCOMPARE(few.validation.confusion, all.validation.confusion);
    QCOMPARE(few.testLogits, all.testLogits);
}

QTEST_GUILESS_MAIN(TestBulkPrediction)
#include "test_bulkprediction.moc"
