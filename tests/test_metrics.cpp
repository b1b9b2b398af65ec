// Metrics against hand-computed cases, including a class that is never predicted.
#include "model/metrics/metrics.h"

#include <QtTest>

using entail::Metrics;
using entail::Probs;

Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::vector<Probs>)

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classMetrics_data();
    void classMetrics();
    void confusionOrientation();
    void unlabeledSkipped();
    void empty();
    void calibration_data();
    void calibration();
    void majorityBaselineMatchesAlwaysAnsweringIt();
    void neverPredictedClasses();
};

namespace {
constexpr double kEps = 1e-9;
}

void TestMetrics::classMetrics_data()
{
    QTest::addColumn<std::vector<int>>("truth");
    QTest::addColumn<std::vector<int>>("predicted");
    QTest::addColumn<double>("accuracy");
    QTest::addColumn<double>("macroF1");
    QTest::addColumn<double>("weightedF1");
    QTest::addColumn<std::vector<int>>("f1Permille");  // per class: F1 * 1000
    QTest::addColumn<std::vector<int>>("precisionPermille");
    QTest::addColumn<std::vector<int>>("recallPermille");

    // Implies (1) is never predicted: its precision, recall and F1 are 0, and they count in the macro mean.
    //   class 0: tp 1, predicted 2, support 2 -> P .5  R .5  F1 .5
    //   class 1: tp 0, predicted 0, support 2 -> P 0   R 0   F1 0
    //   class 2: tp 3, predicted 6, support 4 -> P .5  R .75 F1 .6
    QTest::newRow("class never predicted")
        << std::vector<int>{0, 0, 1, 1, 2, 2, 2, 2} << std::vector<int>{0, 2, 2, 2, 2, 2, 0, 2}
        << 0.5 << (0.5 + 0.0 + 0.6) / 3 << (0.5 * 2 + 0.0 * 2 + 0.6 * 4) / 8
        << std::vector<int>{500, 0, 600} << std::vector<int>{500, 0, 500} << std::vector<int>{500, 0, 750};
    QTest::newRow("perfect") << std::vector<int>{0, 1, 2, 2} << std::vector<int>{0, 1, 2, 2} << 1.0 << 1.0 << 1.0
                             << std::vector<int>{1000, 1000, 1000} << std::vector<int>{1000, 1000, 1000}
                             << std::vector<int>{1000, 1000, 1000};
    // The trivial "always NoEntailment" predictor on 84% NoEntailment: high accuracy, low macro-F1.
    //   class 2: P .84, R 1, F1 = 2*.84/(1.84)
    std::vector<int> truth(100, 2), always(100, 2);
    for (int i = 0; i < 8; ++i)
        truth[size_t(i)] = 0;
    for (int i = 8; i < 16; ++i)
        truth[size_t(i)] = 1;
    const double f1 = 2 * 0.84 / 1.84;
    QTest::newRow("always NoEntailment") << truth << always << 0.84 << f1 / 3 << 0.84 * f1
                                         << std::vector<int>{0, 0, int(std::lround(f1 * 1000))}
                                         << std::vector<int>{0, 0, 840} << std::vector<int>{0, 0, 1000};
    // A class absent from the truth but predicted: precision 0 (all its predictions are wrong), recall 0.
    //   class 0: tp 1, predicted 1, support 2 -> P 1, R .5, F1 2/3;  class 1: predicted 1, support 0
    //   class 2: tp 1, predicted 1, support 1 -> F1 1
    QTest::newRow("class absent from truth") << std::vector<int>{0, 0, 2} << std::vector<int>{0, 1, 2}
                                             << 2.0 / 3 << (2.0 / 3 + 0 + 1) / 3 << (2.0 / 3 * 2 + 1) / 3
                                             << std::vector<int>{667, 0, 1000} << std::vector<int>{1000, 0, 1000}
                                             << std::vector<int>{500, 0, 1000};
}

void TestMetrics::classMetrics()
{
    QFETCH(std::vector<int>, truth);
    QFETCH(std::vector<int>, predicted);
    QFETCH(double, accuracy);
    QFETCH(double, macroF1);
    QFETCH(double, weightedF1);
    QFETCH(std::vector<int>, f1Permille);
    QFETCH(std::vector<int>, precisionPermille);
    QFETCH(std::vector<int>, recallPermille);
    const Metrics m = entail::computeMetrics(truth, predicted);
    QCOMPARE(m.count, int(truth.size()));
    QVERIFY(std::fabs(m.accuracy - accuracy) < kEps);
    QVERIFY2(std::fabs(m.macroF1 - macroF1) < kEps, qPrintable(QString::number(m.macroF1)));
    QVERIFY2(std::fabs(m.weightedF1 - weightedF1) < kEps, qPrintable(QString::number(m.weightedF1)));
    for (int c = 0; c < entail::kNumClasses; ++c) {
        QCOMPARE(int(std::lround(m.perClass[size_t(c)].f1 * 1000)), f1Permille[size_t(c)]);
        QCOMPARE(int(std::lround(m.perClass[size_t(c)].precision * 1000)), precisionPermille[size_t(c)]);
        QCOMPARE(int(std::lround(m.perClass[size_t(c)].recall * 1000)), recallPermille[size_t(c)]);
        int support = 0, predictedCount = 0;
        for (size_t i = 0; i < truth.size(); ++i) {
            support += truth[i] == c;
            predictedCount += predicted[i] == c;
        }
        QCOMPARE(m.perClass[size_t(c)].support, support);
        QCOMPARE(m.perClass[size_t(c)].predicted, predictedCount);
    }
    QCOMPARE(m.ece, 0.0);  // no probabilities given
}

void TestMetrics::confusionOrientation()
{
    // Rows are the true label, columns the prediction.
    const Metrics m = entail::computeMetrics({0, 0, 1, 2}, {1, 1, 2, 2});
    QCOMPARE(m.confusion[0][1], 2);
    QCOMPARE(m.confusion[1][0], 0);
    QCOMPARE(m.confusion[1][2], 1);
    QCOMPARE(m.confusion[2][2], 1);
    int total = 0;
    for (const auto &row : m.confusion)
        for (int v : row)
            total += v;
    QCOMPARE(total, 4);
}

void TestMetrics::unlabeledSkipped()
{
    const Metrics m = entail::computeMetrics({entail::kNoLabel, 2, 1, 0}, {2, 2, entail::kNoLabel, 0});
    QCOMPARE(m.count, 2);
    QCOMPARE(m.accuracy, 1.0);
    QCOMPARE(m.perClass[1].support, 0);
}

void TestMetrics::empty()
{
    const Metrics m = entail::computeMetrics({}, {});
    QCOMPARE(m.count, 0);
    QCOMPARE(m.accuracy, 0.0);
    QCOMPARE(m.macroF1, 0.0);
}

void TestMetrics::calibration_data()
{
    QTest::addColumn<std::vector<int>>("truth");
    QTest::addColumn<std::vector<int>>("predicted");
    QTest::addColumn<std::vector<Probs>>("probs");
    QTest::addColumn<double>("ece");
    // Bins of width .1: {.95 right, .95 wrong} -> |.95 - .5| * 2/4; {.55 right} -> .45 * 1/4; {.65 right} -> .35 * 1/4.
    QTest::newRow("three bins") << std::vector<int>{2, 0, 1, 0} << std::vector<int>{2, 2, 1, 0}
                                << std::vector<Probs>{{0.025f, 0.025f, 0.95f}, {0.025f, 0.025f, 0.95f},
                                                      {0.2f, 0.55f, 0.25f}, {0.65f, 0.2f, 0.15f}}
                                << 0.45 * 0.5 + 0.45 * 0.25 + 0.35 * 0.25;
    // Confidence 1 falls into the last bin; always right -> perfectly calibrated.
    QTest::newRow("certain and right") << std::vector<int>{0, 1} << std::vector<int>{0, 1}
                                       << std::vector<Probs>{{1.f, 0.f, 0.f}, {0.f, 1.f, 0.f}} << 0.0;
}

void TestMetrics::calibration()
{
    QFETCH(std::vector<int>, truth);
    QFETCH(std::vector<int>, predicted);
    QFETCH(std::vector<Probs>, probs);
    QFETCH(double, ece);
    const Metrics m = entail::computeMetrics(truth, predicted, &probs, 10);
    QVERIFY2(std::fabs(m.ece - ece) < 1e-6, qPrintable(QString::number(m.ece, 'g', 10)));
}

using namespace entail;

void TestMetrics::majorityBaselineMatchesAlwaysAnsweringIt()
{
    // 84 NoEntailment, 10 Implies, 6 Contradictory: the baseline is what always answering NoEntailment
    // scores, computed the long way.
    std::vector<int> truth;
    for (int i = 0; i < 84; ++i)
        truth.push_back(NoEntailment);
    for (int i = 0; i < 10; ++i)
        truth.push_back(Implies);
    for (int i = 0; i < 6; ++i)
        truth.push_back(Contradictory);
    std::vector<int> model = truth;  // any model: the baseline depends only on the truth
    model[0] = Implies;
    const Baseline b = majorityBaseline(computeMetrics(truth, model));
    const Metrics always = computeMetrics(truth, std::vector<int>(truth.size(), NoEntailment));
    QCOMPARE(b.label, int(NoEntailment));
    QCOMPARE(b.accuracy, 0.84);
    QVERIFY(qAbs(b.macroF1 - always.macroF1) < 1e-12);
    QVERIFY(qAbs(b.accuracy - always.accuracy) < 1e-12);
    QCOMPARE(majorityBaseline(Metrics{}).label, -1);
}

void TestMetrics::neverPredictedClasses()
{
    const std::vector<int> truth{NoEntailment, NoEntailment, Implies, Implies, Contradictory};
    const std::vector<int> model{NoEntailment, NoEntailment, NoEntailment, NoEntailment, Contradictory};
    QCOMPARE(neverPredicted(computeMetrics(truth, model)), std::vector<int>{Implies});
    // A class that never occurs is not a blind spot.
    const std::vector<int> noImplies{NoEntailment, Contradictory};
    QVERIFY(neverPredicted(computeMetrics(noImplies, noImplies)).empty());
    QVERIFY(neverPredicted(computeMetrics(truth, truth)).empty());
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
