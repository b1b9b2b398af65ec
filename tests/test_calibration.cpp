// Honest metrics: calibration (ECE, reliability bins, temperature scaling) against hand-computed cases, the
// temperature in the model file (with and without), the rare-label boost, and the uncertainty order.
#include "model/metrics/calibration.h"
#include "model/metrics/metricsjson.h"
#include "model/metrics/rarelabelboost.h"
#include "model/metrics/uncertainty.h"
#include "model/modelfile/trainednetwork.h"
#include "model/modelfile/versioncalibration.h"

#include <QtTest>
#include <cmath>

using namespace entail;

class TestCalibration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eceOfHandCase();
    void temperatureLowersValidationNll();
    void temperatureKeepsDecisions();
    void noLabeledPairKeepsTemperatureOne();
    void modelFileWithAndWithoutTemperature();
    void rescaleFileMultipliesAndRecords();
    void boostReDecidesFromPriors();
    void priorsOfTrainingLabels();
    void uncertaintyOrder();
};

void TestCalibration::eceOfHandCase()
{
    // 15 bins. Bin 13 (.9): one right, one wrong -> gap .4, weight 2/4; bin 7 (.5): right -> gap .5, 1/4;
    // bin 9 (.6): wrong -> gap .6, 1/4.
    const std::vector<int> truth{0, 1, 0, 2};
    const std::vector<Probs> probs{{0.9f, 0.05f, 0.05f}, {0.9f, 0.05f, 0.05f}, {0.5f, 0.3f, 0.2f}, {0.1f, 0.6f, 0.3f}};
    const CalibrationReport r = Calibration::report(truth, probs);
    QCOMPARE(r.count, 4);
    QCOMPARE(int(r.bins.size()), 15);
    QVERIFY(std::fabs(r.ece - 0.475) < 1e-6);
    QCOMPARE(r.bins[13].count, 2);
    QVERIFY(std::fabs(r.bins[13].accuracy - 0.5) < 1e-9);
    QVERIFY(std::fabs(r.bins[13].confidence - 0.9) < 1e-6);
    // Per predicted class: Contradictory has bins 13 (2 pairs, gap .4) and 7 (1 pair, gap .5).
    QVERIFY(std::fabs(r.classEce[0] - (0.4 * 2 / 3 + 0.5 / 3)) < 1e-6);
    QVERIFY(std::fabs(r.classEce[1] - 0.6) < 1e-6);
    QCOMPARE(r.classEce[2], 0.0);
    const double nll = -(std::log(0.9) + std::log(0.05) + std::log(0.5) + std::log(0.3)) / 4;
    QVERIFY(std::fabs(r.nll - nll) < 1e-6);
    // Unlabeled pairs are skipped.
    QCOMPARE(Calibration::report({kNoLabel}, {{0.2f, 0.3f, 0.5f}}).count, 0);
}

void TestCalibration::temperatureLowersValidationNll()
{
    // An overconfident model: .98 on its answer, right 7 times in 10, and the truth of the misses among the
    // two others. The best softened answer gives p = .7: (.98/.01)^(1/T) = 2 * .7 / .3.
    std::vector<int> truth;
    std::vector<Probs> probs;
    for (int i = 0; i < 10; ++i) {
        truth.push_back(i < 7 ? 0 : (i % 2 ? 1 : 2));
        probs.push_back({0.98f, 0.01f, 0.01f});
    }
    truth[7] = 1, truth[8] = 2, truth[9] = 1;
    const TemperatureFit fit = Calibration::fit(truth, probs);
    const double expectedT = std::log(0.98 / 0.01) / std::log(2 * 0.7 / 0.3);
    qInfo("fitted T %.5f (expected %.5f), NLL %.4f -> %.4f, ECE %.4f -> %.4f", fit.temperature, expectedT,
          fit.nllBefore, fit.nllAfter, fit.eceBefore, fit.eceAfter);
    QVERIFY(std::fabs(fit.temperature - expectedT) < 1e-3);
    QVERIFY(fit.nllAfter < fit.nllBefore - 0.5);
    QVERIFY(std::fabs(fit.nllAfter - (-0.7 * std::log(0.7) - 0.3 * std::log(0.15))) < 1e-4);
    QVERIFY(fit.eceAfter < 0.01);
    QVERIFY(std::fabs(fit.eceBefore - 0.28) < 1e-4);
    QCOMPARE(fit.count, 10);
    // Underconfident: a temperature below 1 sharpens.
    const std::vector<Probs> soft(10, Probs{0.4f, 0.3f, 0.3f});
    QVERIFY(Calibration::fitTemperature(std::vector<int>(10, 0), soft) < 1.0);
}

void TestCalibration::temperatureKeepsDecisions()
{
    const Probs p{0.2f, 0.5f, 0.3f};
    for (double t : {0.3, 1.0, 2.5}) {
        const Probs q = Calibration::withTemperature(p, t);
        QCOMPARE(argmax(q), 1);
        QVERIFY(std::fabs(q[0] + q[1] + q[2] - 1.0f) < 1e-6f);
    }
    QVERIFY(Calibration::withTemperature(p, 2.0)[1] < 0.5f);
}

void TestCalibration::noLabeledPairKeepsTemperatureOne()
{
    QCOMPARE(Calibration::fitTemperature({kNoLabel}, {{0.9f, 0.05f, 0.05f}}), 1.0);
    QCOMPARE(Calibration::fit({}, {}).temperature, 1.0);
}

void TestCalibration::modelFileWithAndWithoutTemperature()
{
    QTemporaryDir dir;
    torch::manual_seed(5);
    TrainedNetwork model;
    std::vector<QString> corpus;
    for (int i = 0; i < 200; ++i)
        corpus.push_back(QStringLiteral("Match day %1: Harbor FC against City %2, kick-off at %3:00 #football")
                             .arg(i).arg(i % 7).arg(i % 24));
    QString error;
    QVERIFY2(model.tokenizer.train(corpus, 400, 1, &error), qPrintable(error));
    NetConfig config;
    config.vocabSize = model.tokenizer.vocabSize();
    config.dModel = 16;
    config.feedForward = 32;
    config.cnnChannels = {4, 4, 4, 4};
    config.logitBias = {0.3, -0.2, 0.1};
    config.temperature = 2.5;
    model.net = EntailmentNet(config);
    model.net->eval();
    const QString with = dir.filePath(QStringLiteral("with.model"));
    QVERIFY2(model.save(with, &error), qPrintable(error));
    std::unique_ptr<TrainedNetwork> loaded = TrainedNetwork::load(with, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->net->config().temperature, 2.5);
    const torch::Tensor logits = torch::tensor({{1.0f, 2.0f, -1.0f}});
    const torch::Tensor expected = torch::softmax((logits + torch::tensor({0.3f, -0.2f, 0.1f})) / 2.5, 1);
    QVERIFY(torch::allclose(loaded->probabilities(logits), expected));

    // A file written before calibration: no "temperature" key.
    CheckpointData data;
    QVERIFY2(Checkpoint::read(with, &data, &error), qPrintable(error));
    QJsonObject network = data.config.value(QStringLiteral("network")).toObject();
    network.remove(QStringLiteral("temperature"));
    data.config[QStringLiteral("network")] = network;
    const QString without = dir.filePath(QStringLiteral("without.model"));
    QVERIFY2(Checkpoint::write(without, data, &error), qPrintable(error));
    loaded = TrainedNetwork::load(without, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->net->config().temperature, 1.0);
    QVERIFY2(Checkpoint::read(without, &data, &error), qPrintable(error));
    QCOMPARE(VersionCalibration::temperatureOf(data), 1.0);
    QCOMPARE(VersionCalibration::recordedFit(data).count, 0);
}

void TestCalibration::rescaleFileMultipliesAndRecords()
{
    QTemporaryDir dir;
    CheckpointData data;
    data.config[QStringLiteral("network")] = QJsonObject{{QStringLiteral("temperature"), 2.0}};
    data.labels = QStringList{QStringLiteral("Contradictory"), QStringLiteral("Implies"), QStringLiteral("NoEntailment")};
    data.weights = QByteArray("w");
    const QString path = dir.filePath(QStringLiteral("m.model"));
    QString error;
    QVERIFY2(Checkpoint::write(path, data, &error), qPrintable(error));
    TemperatureFit fit;
    fit.temperature = 3.0;
    fit.count = 12;
    fit.nllBefore = 0.9;
    fit.nllAfter = 0.7;
    QVERIFY2(VersionCalibration::rescaleFile(path, 1.5, fit, &error), qPrintable(error));
    QVERIFY2(Checkpoint::read(path, &data, &error), qPrintable(error));
    QCOMPARE(VersionCalibration::temperatureOf(data), 3.0);
    const TemperatureFit back = VersionCalibration::recordedFit(data);
    QCOMPARE(back.count, 12);
    QCOMPARE(back.nllAfter, 0.7);
    QCOMPARE(back.temperature, 3.0);
}

void TestCalibration::boostReDecidesFromPriors()
{
    const std::array<double, 3> priors{0.1, 0.1, 0.8};
    const Probs p{0.2f, 0.1f, 0.7f};
    QVERIFY(RareLabelBoost(priors, 0.0).isOff());
    QCOMPARE(RareLabelBoost(priors, 0.0).decide(p), 2);
    QCOMPARE(RareLabelBoost(priors, 0.5).decide(p), 2);  // weights 3.16, 3.16, 1.12: .63 .32 .78
    const RareLabelBoost full(priors, 1.0);             // weights 10, 10, 1.25: 2, 1, .875
    QCOMPARE(full.decide(p), 0);
    const Probs q = full.apply(p);
    QVERIFY(std::fabs(q[0] - 2.0f / 3.875f) < 1e-6f);
    QVERIFY(std::fabs(q[2] - 0.875f / 3.875f) < 1e-6f);
    QCOMPARE(full.decideAll({p, {0.0f, 0.0f, 1.0f}}), (std::vector<int>{0, 2}));
    const Prediction all = full.apply(Prediction{p, p, {0.0f, 0.0f, 1.0f}});
    QCOMPARE(all.label(), 0);
    QCOMPARE(argmax(all.textOnly), 0);
    QCOMPARE(argmax(all.imageOnly), 2);
    // A class without training pairs keeps weight 1.
    const Probs r = RareLabelBoost({0.5, 0.0, 0.5}, 1.0).apply(Probs{0.25f, 0.5f, 0.25f});
    QVERIFY(std::fabs(r[1] - 0.5f / 1.5f) < 1e-6f);
}

void TestCalibration::priorsOfTrainingLabels()
{
    const auto priors = RareLabelBoost::priorsOf({0, 0, 2, 2, 2, kNoLabel});
    QCOMPARE(priors[0], 0.4);
    QCOMPARE(priors[1], 0.0);
    QCOMPARE(priors[2], 0.6);
}

void TestCalibration::uncertaintyOrder()
{
    const std::vector<Probs> probs{{0.34f, 0.33f, 0.33f}, {0.9f, 0.05f, 0.05f}, {0.5f, 0.45f, 0.05f},
                                   {0.4f, 0.3f, 0.3f}, {0.6f, 0.2f, 0.2f}};
    QCOMPARE(Uncertainty::order(probs, Uncertainty::Measure::Margin), (std::vector<int>{0, 2, 3, 4, 1}));
    QCOMPARE(Uncertainty::order(probs, Uncertainty::Measure::Entropy), (std::vector<int>{0, 3, 4, 2, 1}));
    QCOMPARE(Uncertainty::order(probs, Uncertainty::Measure::Margin, [](int i) { return i != 3; }),
             (std::vector<int>{0, 2, 4, 1}));
    // Ties keep the index order.
    QCOMPARE(Uncertainty::order({probs[1], probs[1]}, Uncertainty::Measure::Margin), (std::vector<int>{0, 1}));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "test_calibration.moc"
