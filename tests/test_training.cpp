// Training: the demo project (needs both modalities) reaches a set macro-F1, runs are reproducible,
// cancellation takes effect within one batch and writes nothing, and the train/evaluate/predict commands.
#include "model/core/labels.h"
#include "model/data/demo.h"
#include "model/inference/predictor.h"
#include "model/net/computedevice.h"
#include "model/store/store.h"
#include "model/training/crossvalidation.h"
#include "model/training/trainer.h"
#include "model/training/trainingrecord.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <random>

using namespace entail;

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoProjectNeedsBothModalities();
    void reproducibleWithASeed();
    void unusableDeviceRefused();
    void cancellationWithinOneBatch();
    void progressAndEarlyStopping();
    void priorCorrectionBias();
    void crossValidation();
    void cliTrainEvaluatePredict();
    void cliTrainIntoProject();
    void cliBadInput_data();
    void cliBadInput();

private:
    QTemporaryDir m_dir;
    QString m_csv;  // a small text-only training CSV
};

namespace {
// Synthetic text-only pairs: same team and a repeated score -> Implies, same team and another score ->
// Contradictory, another team -> NoEntailment. Learnable from the text alone in a few epochs.
Dataset textDataset(int n, quint64 seed)
{
    const char *teams[] = {"Harbor FC", "City Rovers", "Lakeside United", "North Stars", "Valley Town"};
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> team(0, 4), score(0, 9), kind(0, 2);
    Dataset ds;
    for (int i = 0; i < n; ++i) {
        Pair p;
        const int a = team(rng), s = score(rng), k = kind(rng);
        const int b = k == NoEntailment ? (a + 1 + team(rng) % 4) % 5 : a;
        const int s2 = k == Contradictory ? (s + 1 + score(rng) % 9) % 10 : s;
        p.first.id = QString::number(1000 + 2 * i);
        p.second.id = QString::number(1001 + 2 * i);
        p.first.text = QStringLiteral("%1 scored %2 goals today #match").arg(QString::fromUtf8(teams[a])).arg(s);
        p.second.text = QStringLiteral("Final: %1 with %2 goals! #match").arg(QString::fromUtf8(teams[b])).arg(s2);
        p.currentLabel = p.originalLabel = k;
        p.split = i % 10 == 0 ? Split::Validation : (i % 10 == 1 ? Split::Test : Split::Train);
        ds.pairs.push_back(p);
    }
    return ds;
}

QByteArray csvOf(const Dataset &ds)
{
    QByteArray out = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";
    for (const Pair &p : ds.pairs)
        out += (QStringLiteral("%1,\"%2\",,%3,\"%4\",,%5\n")
                    .arg(p.first.id, p.first.text, p.second.id, p.second.text, labelName(p.currentLabel)))
                   .toUtf8();
    return out;
}

using Run = test::CliRun;

Run entailCli(const QStringList &arguments) { return test::runEntail(arguments); }

TrainConfig quickConfig()
{
    TrainConfig c;
    c.epochs = 6;
    c.patience = 0;
    c.vocabSize = 400;
    c.seed = 7;
    return c;
}
}  // namespace

void TestTraining::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = entail::test::writeFile(m_dir.filePath(QStringLiteral("small.csv")), csvOf(textDataset(300, 5)));
}

void TestTraining::demoProjectNeedsBothModalities()
{
    const QString project = m_dir.filePath(QStringLiteral("demo.entail"));
    QString error;
    QVERIFY2(DemoProject::generate(project, &error), qPrintable(error));
    ProjectStore store;
    QVERIFY2(store.open(project, &error), qPrintable(error));
    const Dataset ds = store.dataset();
    int validation = 0;
    for (const Pair &p : ds.pairs)
        validation += p.split == Split::Validation;
    QVERIFY(validation >= 20);

    // Implies vs Contradictory is only in the second image, so a text-only model stays near chance on
    // those two classes: macro-F1 about (1 + .5 + .5) / 3. The threshold is above what text can reach.
    constexpr double kRequiredMacroF1 = 0.85;
    TrainConfig config;
    config.seed = 1;
    Trainer trainer(config);
    const QString model = m_dir.filePath(QStringLiteral("demo.model"));
    const TrainResult both = trainer.train(ds, model, nullptr);
    QVERIFY2(both.ok, qPrintable(both.error));
    qInfo("demo, text and images: validation macro-F1 %.3f, test macro-F1 %.3f (%.0f s)", both.validation.macroF1,
          both.test.macroF1, both.seconds);
    QVERIFY2(both.validation.macroF1 >= kRequiredMacroF1, qPrintable(QString::number(both.validation.macroF1)));

    // One text-only run serves both claims: its metrics and its saved model.
    TrainConfig textOnly = config;
    textOnly.useImages = false;
    const QString textModel = m_dir.filePath(QStringLiteral("demo-text.model"));
    const TrainResult text = Trainer(textOnly).train(ds, textModel, nullptr);
    QVERIFY2(text.ok, qPrintable(text.error));
    qInfo("demo, text only: validation macro-F1 %.3f, test macro-F1 %.3f", text.validation.macroF1,
          text.test.macroF1);
    QVERIFY2(text.test.macroF1 < kRequiredMacroF1, qPrintable(QString::number(text.test.macroF1)));
    // A model that never saw an image ignores images at prediction time (its image encoder is untrained).
    std::unique_ptr<Predictor> textPredictor = Predictor::load(textModel, &error);
    QVERIFY2(textPredictor, qPrintable(error));
    const Pair &withImages = ds.pairs.front();
    QVERIFY(!withImages.second.imageMissing);
    const Prediction ignored = textPredictor->predict(withImages);
    QCOMPARE(ignored.both, ignored.textOnly);

    // The saved model separates the two image-decided classes with the image, not without it.
    std::unique_ptr<Predictor> predictor = Predictor::load(model, &error);
    QVERIFY2(predictor, qPrintable(error));
    int rightBoth = 0, rightText = 0, n = 0;
    for (const Pair &p : ds.pairs) {
        if (p.split != Split::Test || p.currentLabel == NoEntailment || p.second.imageMissing)
            continue;
        const Prediction pr = predictor->predict(p);
        rightBoth += pr.label() == p.currentLabel;
        rightText += argmax(pr.textOnly) == p.currentLabel;
        ++n;
    }
    QVERIFY(n >= 10);
    QVERIFY2(rightBoth > rightText, qPrintable(QStringLiteral("%1 vs %2 of %3").arg(rightBoth).arg(rightText).arg(n)));
}

// Also the device plumbing: the second run and its predictor name the CPU explicitly (TrainConfig::device,
// Predictor::load's device) and must give what the defaults give.
void TestTraining::reproducibleWithASeed()
{
    const Dataset ds = textDataset(200, 11);
    const QString a = m_dir.filePath(QStringLiteral("a.model")), b = m_dir.filePath(QStringLiteral("b.model"));
    TrainConfig onCpu = quickConfig();
    onCpu.device = QStringLiteral("cpu");
    const TrainResult ra = Trainer(quickConfig()).train(ds, a, nullptr);
    const TrainResult rb = Trainer(onCpu).train(ds, b, nullptr);
    QVERIFY2(ra.ok && rb.ok, qPrintable(ra.error + rb.error));
    QCOMPARE(ra.validation.confusion, rb.validation.confusion);
    QCOMPARE(ra.logitBias, rb.logitBias);
    QCOMPARE(ra.testLogits, rb.testLogits);
    QString error;
    auto pa = Predictor::load(a, &error), pb = Predictor::load(b, &error, QStringLiteral("cpu"));
    QVERIFY2(pa && pb, qPrintable(error));
    const std::vector<Prediction> xa = pa->predictAll(ds.pairs), xb = pb->predictAll(ds.pairs);
    QCOMPARE(xa.size(), ds.pairs.size());
    for (size_t i = 0; i < xa.size(); ++i)
        QCOMPARE(xa[i].both, xb[i].both);
    // Another seed gives another model.
    TrainConfig other = quickConfig();
    other.seed = 8;
    const QString c = m_dir.filePath(QStringLiteral("c.model"));
    QVERIFY(Trainer(other).train(ds, c, nullptr).ok);
    const std::vector<Prediction> xc = Predictor::load(c, &error)->predictAll(ds.pairs);
    bool differs = false;
    for (size_t i = 0; i < xa.size(); ++i)
        differs = differs || xa[i].both != xc[i].both;
    QVERIFY(differs);
}

// A device that is not there is refused with a message naming the problem, before any work.
void TestTraining::unusableDeviceRefused()
{
    const Dataset ds = textDataset(30, 13);
    QString error;
    for (const QString &device : {QStringLiteral("bogus"), QStringLiteral("cuda:x"), QStringLiteral("gpu")}) {
        QVERIFY(!ComputeDevice::check(device, &error));
        QVERIFY2(error.contains(device), qPrintable(error));
        TrainConfig config = quickConfig();
        config.device = device;
        const TrainResult r = Trainer(config).train(ds, QString(), nullptr);
        QVERIFY(!r.ok && r.inputError);
        QCOMPARE(r.error, error);
    }
    QVERIFY(ComputeDevice::check(QStringLiteral("cpu"), &error));
    if (ComputeDevice::check(QStringLiteral("cuda"), &error))
        QSKIP("this machine has CUDA: nothing to refuse");
    QVERIFY2(error.contains(QStringLiteral("CUDA is not available")), qPrintable(error));
    TrainConfig config = quickConfig();
    config.device = QStringLiteral("cuda");
    const TrainResult r = Trainer(config).train(ds, QString(), nullptr);
    QVERIFY(!r.ok && r.inputError);
    QCOMPARE(r.error, error);
    QVERIFY(!Predictor::load(m_dir.filePath(QStringLiteral("a.model")), &error, QStringLiteral("cuda:1")));
    QVERIFY2(error.contains(QStringLiteral("CUDA is not available")), qPrintable(error));
}

void TestTraining::cancellationWithinOneBatch()
{
    const Dataset ds = textDataset(300, 12);
    std::atomic<bool> cancel{false};
    Trainer trainer(quickConfig());
    int batchesAfterCancel = 0;
    constexpr int kCancelAtBatch = 3;
    trainer.onProgress = [&](const TrainProgress &p) {
        if (cancel.load())
            ++batchesAfterCancel;
        if (p.epoch == 2 && p.batch == kCancelAtBatch)
            cancel.store(true);
    };
    const QString model = m_dir.filePath(QStringLiteral("cancelled.model"));
    const TrainResult r = trainer.train(ds, model, &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok);
    QCOMPARE(batchesAfterCancel, 0);  // the batch after the flag never ran
    QVERIFY(!QFile::exists(model));
}

void TestTraining::progressAndEarlyStopping()
{
    const Dataset ds = textDataset(200, 13);
    TrainConfig config = quickConfig();
    config.epochs = 30;
    config.patience = 2;
    config.loss = LossKind::Focal;
    Trainer trainer(config);
    std::vector<TrainProgress> progress;
    std::vector<EpochSummary> epochs;
    trainer.onProgress = [&](const TrainProgress &p) { progress.push_back(p); };
    trainer.onEpoch = [&](const EpochSummary &s) { epochs.push_back(s); };
    const TrainResult r = trainer.train(ds, QString(), nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!epochs.empty());
    QVERIFY(!progress.empty());
    QCOMPARE(progress.front().epoch, 1);
    QCOMPARE(progress.front().batch, 1);
    QCOMPARE(progress.front().epochs, 30);
    QVERIFY(progress.front().etaSeconds > 0);
    QCOMPARE(progress.back().etaSeconds >= 0, true);
    // Each epoch's time and the ETA of the ones left at that pace (none left after the last epoch of the run).
    for (size_t i = 0; i < epochs.size(); ++i) {
        QVERIFY(epochs[i].seconds > 0);
        QVERIFY2(epochs[i].etaSeconds > 0, qPrintable(QString::number(epochs[i].etaSeconds)));  // 30 epochs planned
        QVERIFY(i == 0 || epochs[i].etaSeconds < epochs[i - 1].etaSeconds * 1.5 + 1.0);
    }
    // Best epoch + patience is where it stops (or at the last epoch).
    QVERIFY(int(epochs.size()) <= std::min(30, r.bestEpoch + config.patience));
    QCOMPARE(r.validation.macroF1, epochs[size_t(r.bestEpoch - 1)].validation.macroF1);
    for (size_t i = 0; i < epochs.size(); ++i)
        QVERIFY(epochs[i].validation.macroF1 <= r.validation.macroF1 + 1e-9);
    QVERIFY(r.hasTest);
    QCOMPARE(r.test.count, 20);
}

void TestTraining::priorCorrectionBias()
{
    Dataset ds = textDataset(200, 14);
    for (size_t i = 0; i < 40; ++i)  // skew the priors so that the bias is not the same for every class
        if (ds.pairs[i].split == Split::Train)
            ds.pairs[i].currentLabel = NoEntailment;
    std::array<double, 3> counts{};
    double train = 0;
    for (const Pair &p : ds.pairs)
        if (p.split == Split::Train) {
            counts[size_t(p.currentLabel)] += 1;
            train += 1;
        }
    TrainConfig config = quickConfig();
    config.epochs = 1;
    config.priorCorrection = 0.75;
    const QString file = m_dir.filePath(QStringLiteral("prior.model"));
    const TrainResult r = Trainer(config).train(ds, file, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    const auto predictor = Predictor::load(file, &error);
    QVERIFY2(predictor, qPrintable(error));
    for (int c = 0; c < kNumClasses; ++c) {
        QCOMPARE(r.trainPriors[size_t(c)], counts[size_t(c)] / train);
        QVERIFY(qAbs(r.logitBias[size_t(c)] + 0.75 * std::log(counts[size_t(c)] / train)) < 1e-12);
    }
    QVERIFY(r.logitBias[NoEntailment] < r.logitBias[Implies]);
    // The test logits come without the bias: with it they give the reported test predictions.
    QCOMPARE(int(r.testLogits.size()), r.test.count);
    std::array<std::array<int, 3>, 3> confusion{};
    for (size_t i = 0; i < r.testLogits.size(); ++i) {
        Probs shifted = r.testLogits[i];
        for (int c = 0; c < kNumClasses; ++c)
            shifted[size_t(c)] += float(r.logitBias[size_t(c)]);
        ++confusion[size_t(r.testLabels[i])][size_t(argmax(shifted))];
    }
    QCOMPARE(confusion, r.test.confusion);
    // The bias is stored in the model file: its predictions on the test pairs are the reported ones.
    std::vector<Pair> testPairs;
    for (const Pair &p : ds.pairs)
        if (p.split == Split::Test)
            testPairs.push_back(p);
    const std::vector<Prediction> predicted = predictor->predictAll(testPairs);
    std::array<std::array<int, 3>, 3> fromFile{};
    for (size_t i = 0; i < testPairs.size(); ++i)
        ++fromFile[size_t(testPairs[i].currentLabel)][size_t(predicted[i].label())];
    QCOMPARE(fromFile, r.test.confusion);
}

void TestTraining::crossValidation()
{
    Dataset ds = textDataset(150, 15);
    ds.pairs[3].currentLabel = kNoLabel;  // unlabeled pairs take no part
    const std::vector<int> folds = CrossValidation::assignFolds(ds.pairs, 3, 7);
    QCOMPARE(folds, CrossValidation::assignFolds(ds.pairs, 3, 7));
    QVERIFY(folds != CrossValidation::assignFolds(ds.pairs, 3, 8));
    QCOMPARE(folds[3], -1);
    std::array<std::array<int, 3>, 3> perFold{};  // [label][fold]
    for (size_t i = 0; i < ds.pairs.size(); ++i)
        if (folds[i] >= 0)
            ++perFold[size_t(ds.pairs[i].currentLabel)][size_t(folds[i])];
    for (const auto &label : perFold)  // stratified: each label spread evenly over the folds
        QVERIFY(*std::max_element(label.begin(), label.end()) - *std::min_element(label.begin(), label.end()) <= 1);

    TrainConfig config = quickConfig();
    config.epochs = 2;
    int foldsSeen = 0;
    const CrossValidationResult cv = CrossValidation::run(ds, config, 3, 0.05,
                                                          [&](int, const TrainResult &) { ++foldsSeen; });
    QVERIFY2(cv.ok, qPrintable(cv.error));
    QCOMPARE(foldsSeen, 3);
    QCOMPARE(int(cv.folds.size()), 3);
    QCOMPARE(cv.pooled.count, 149);
    QCOMPARE(cv.folds[0].count + cv.folds[1].count + cv.folds[2].count, 149);
    QCOMPARE(int(cv.priorSweep.size()), int(std::size(CrossValidation::kSweepAlphas)));
    QCOMPARE(cv.priorSweep.front().alpha, 0.0);
    QCOMPARE(cv.priorSweep.front().pooled.confusion, cv.pooled.confusion);  // the models were trained with alpha 0
    QCOMPARE(cv.priorSweep.back().pooled.count, 149);
    // Out-of-fold probabilities: one row per pair, zero for unlabeled pairs, and their argmax (bias and
    // temperature do not move it at alpha 0) is the pooled prediction.
    QCOMPARE(cv.testProbs.size(), ds.pairs.size());
    int agree = 0;
    for (size_t i = 0; i < ds.pairs.size(); ++i) {
        const Probs &p = cv.testProbs[i];
        if (folds[i] < 0) {
            QCOMPARE(p[0] + p[1] + p[2], 0.0f);
            continue;
        }
        QVERIFY(std::abs(p[0] + p[1] + p[2] - 1.0f) < 1e-4f);
        agree += argmax(p) == ds.pairs[i].currentLabel ? 1 : 0;
    }
    QCOMPARE(agree, cv.pooled.confusion[0][0] + cv.pooled.confusion[1][1] + cv.pooled.confusion[2][2]);
    QVERIFY(!CrossValidation::run(ds, config, 1).ok);  // one fold is no cross-validation
}

void TestTraining::cliTrainEvaluatePredict()
{
    const QString model = m_dir.filePath(QStringLiteral("cli.model"));
    const Run train = entailCli({QStringLiteral("train"), QStringLiteral("--data"), m_csv, QStringLiteral("--out"),
                                 model, QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--loss"),
                                 QStringLiteral("ce"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(train.code == 0, qPrintable(train.err));
    QVERIFY(QFile::exists(model));
    QVERIFY2(train.err.contains(QStringLiteral("epoch 1")), qPrintable(train.err));  // progress on stderr
    QVERIFY(train.out.contains(QStringLiteral("macro-F1")));

    const Run eval = entailCli({QStringLiteral("evaluate"), QStringLiteral("--model"), model, QStringLiteral("--data"),
                                m_csv, QStringLiteral("--json")});
    QVERIFY2(eval.code == 0, qPrintable(eval.err));
    const QJsonObject json = QJsonDocument::fromJson(eval.out.toUtf8()).object();
    for (const char *key : {"accuracy", "macro_f1", "per_class", "confusion"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("count")).toInt(), 300);
    QCOMPARE(json.value(QStringLiteral("confusion")).toArray().size(), 3);
    QVERIFY(json.value(QStringLiteral("per_class")).toObject().contains(QStringLiteral("Implies")));
    // The majority baseline on the same pairs stands beside the scores.
    const double majority = json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("accuracy")).toDouble();
    int most = 0;
    for (const QJsonValue row : json.value(QStringLiteral("confusion")).toArray()) {
        int support = 0;
        for (const QJsonValue v : row.toArray())
            support += v.toInt();
        most = std::max(most, support);
    }
    QVERIFY(std::fabs(majority - most / 300.0) < 1e-9);
    QVERIFY(json.value(QStringLiteral("never_predicted")).isArray());

    const Run table = entailCli({QStringLiteral("evaluate"), QStringLiteral("--model"), model,
                                 QStringLiteral("--data"), m_csv});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.contains(QStringLiteral("rows = true label")));
    QVERIFY2(table.out.contains(QStringLiteral("majority baseline (always ")), qPrintable(table.out));

    const QString preds = m_dir.filePath(QStringLiteral("preds.csv"));
    const Run predict = entailCli({QStringLiteral("predict"), QStringLiteral("--model"), model,
                                   QStringLiteral("--data"), m_csv, QStringLiteral("--out"), preds});
    QVERIFY2(predict.code == 0, qPrintable(predict.err));
    QFile f(preds);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 302);  // header, 300 rows, final newline
    QCOMPARE(lines[0], QByteArray("id_1,id_2,p_contradictory,p_implies,p_noentailment,predicted"));
    const QList<QByteArray> row = lines[1].split(',');
    QCOMPARE(row.size(), 6);
    QCOMPARE(row[0], QByteArray("1000"));
    const double sum = row[2].toDouble() + row[3].toDouble() + row[4].toDouble();
    QVERIFY(std::fabs(sum - 1.0) < 1e-4);
    int label = kNoLabel;
    QVERIFY(labelFromName(QString::fromUtf8(row[5]), &label) && isValidLabel(label));
}

// `entail train --project P` without --out adds a model version like the Train button does.
void TestTraining::cliTrainIntoProject()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.entail"));
    const Run import = entailCli({QStringLiteral("import"), m_csv, QStringLiteral("--project"), project});
    QVERIFY2(import.code == 0, qPrintable(import.err));
    auto train = [&](const QStringList &extra) {
        return entailCli(QStringList{QStringLiteral("train"), QStringLiteral("--project"), project,
                                     QStringLiteral("--epochs"), QStringLiteral("1")}
                         + extra);
    };
    const Run first = train({QStringLiteral("--activate")});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QStringLiteral("version v1 recorded and active")), qPrintable(first.out));
    const Run second = train({});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QStringLiteral("version v2 recorded")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QStringLiteral("majority baseline (always ")), qPrintable(second.out));
    QVERIFY2(second.out.contains(QStringLiteral("calibration: temperature ")), qPrintable(second.out));

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, &error), qPrintable(error));
    const std::vector<ModelVersion> versions = store.models();
    QCOMPARE(int(versions.size()), 2);
    QCOMPARE(versions[0].name, QStringLiteral("v1"));
    QVERIFY(versions[0].active);   // --activate
    QVERIFY(!versions[1].active);  // without it the active model stays
    for (const ModelVersion &v : versions) {
        QVERIFY(QFileInfo(v.file).isFile());
        QVERIFY(v.file.startsWith(QDir(store.modelsDir()).absolutePath()));
        ModelVersion full = v;
        full.configJson = store.fullConfigJson(v.id);
        const VersionRecord record = TrainingRecord::read(full);
        QVERIFY(record.hasConfig && record.hasMetrics);
        QCOMPARE(record.config.epochs, 1);
        QCOMPARE(int(record.labels.size()), 300);  // the label snapshot
        QCOMPARE(int(record.history.size()), 1);
        QVERIFY(Predictor::load(v.file, &error));
    }
    // entail calibrate: the active version (predicted first: the command line stored no predictions), then
    // one by name; unknown versions and a missing --project are bad input.
    const Run calibrated = entailCli({QStringLiteral("calibrate"), QStringLiteral("--project"), project});
    QVERIFY2(calibrated.code == 0, qPrintable(calibrated.err));
    QVERIFY2(calibrated.out.contains(QStringLiteral("model v1 calibrated")), qPrintable(calibrated.out));
    QVERIFY2(calibrated.out.contains(QStringLiteral("NLL ")), qPrintable(calibrated.out));
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    QVERIFY(store.loadPredictions(versions[0].id, &keys, &predictions));
    QCOMPARE(int(keys.size()), 300);
    const Run byName = entailCli({QStringLiteral("calibrate"), QStringLiteral("--project"), project,
                                  QStringLiteral("--model"), QStringLiteral("v2")});
    QVERIFY2(byName.code == 0 && byName.out.contains(QStringLiteral("model v2 calibrated")), qPrintable(byName.err));
    const Run unknown = entailCli({QStringLiteral("calibrate"), QStringLiteral("--project"), project,
                                   QStringLiteral("--model"), QStringLiteral("v9")});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("no model version v9")), qPrintable(unknown.err));
    QCOMPARE(entailCli({QStringLiteral("calibrate")}).code, 2);
    // --activate only makes sense for a new version.
    const Run refused = train({QStringLiteral("--activate"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.model"))});
    QCOMPARE(refused.code, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.model"))));
}

void TestTraining::cliBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");  // in stderr
    const QString missing = m_dir.filePath(QStringLiteral("missing.csv"));
    const QString broken = entail::test::writeFile(m_dir.filePath(QStringLiteral("broken.csv")),
                                                   "id_1,text_1,image_1,id_2,text_2,image_2,label\n1,a,,2,b,,Maybe\n");
    const QString junk = entail::test::writeFile(m_dir.filePath(QStringLiteral("junk.model")), "not a model");
    const QString out = m_dir.filePath(QStringLiteral("never.model"));
    QTest::newRow("train without --out") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_csv}
                                         << QStringLiteral("usage");
    QTest::newRow("train unknown loss") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_csv,
                                                       QStringLiteral("--out"), out, QStringLiteral("--loss"),
                                                       QStringLiteral("hinge")}
                                        << QStringLiteral("hinge");
    QTest::newRow("train missing csv") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), missing,
                                                      QStringLiteral("--out"), out}
                                       << missing;
    QTest::newRow("train bad label line") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), broken,
                                                         QStringLiteral("--out"), out}
                                          << broken + QStringLiteral(":2:");
    QTest::newRow("train bad encoder") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_csv,
                                                      QStringLiteral("--out"), out, QStringLiteral("--image-encoder"),
                                                      junk}
                                       << junk;
    QTest::newRow("evaluate corrupt model") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--model"), junk,
                                                           QStringLiteral("--data"), m_csv}
                                            << junk;
    QTest::newRow("train bogus device") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_csv,
                                                       QStringLiteral("--out"), out, QStringLiteral("--device"),
                                                       QStringLiteral("bogus")}
                                        << QStringLiteral("unknown device 'bogus'");
    QString noCuda;
    if (!ComputeDevice::check(QStringLiteral("cuda"), &noCuda)) {
        const QStringList cuda{QStringLiteral("--device"), QStringLiteral("cuda")};
        QTest::newRow("train on missing CUDA") << QStringList{QStringLiteral("train"), QStringLiteral("--data"), m_csv,
                                                              QStringLiteral("--out"), out} + cuda
                                               << QStringLiteral("CUDA is not available");
        QTest::newRow("evaluate on missing CUDA") << QStringList{QStringLiteral("evaluate"), QStringLiteral("--model"),
                                                                 junk, QStringLiteral("--data"), m_csv} + cuda
                                                  << QStringLiteral("CUDA is not available");
        QTest::newRow("predict on missing CUDA") << QStringList{QStringLiteral("predict"), QStringLiteral("--model"),
                                                                junk, QStringLiteral("--data"), m_csv,
                                                                QStringLiteral("--out"),
                                                                m_dir.filePath(QStringLiteral("p.csv"))} + cuda
                                                 << QStringLiteral("CUDA is not available");
    }
    QTest::newRow("predict missing model") << QStringList{QStringLiteral("predict"), QStringLiteral("--model"),
                                                          m_dir.filePath(QStringLiteral("none.model")),
                                                          QStringLiteral("--data"), m_csv, QStringLiteral("--out"),
                                                          m_dir.filePath(QStringLiteral("p.csv"))}
                                           << QStringLiteral("none.model");
}

void TestTraining::cliBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run r = entailCli(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.model"))));
}

QTEST_GUILESS_MAIN(TestTraining)
#include "test_training.moc"
