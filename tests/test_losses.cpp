// Loss functions against hand-computed values.
#include "model/training/losses.h"

#include <QtTest>

#include <cmath>

using entail::LossKind;
using entail::Losses;
using entail::lossFromName;
using entail::lossName;

Q_DECLARE_METATYPE(LossKind)

class TestLosses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void focalWithoutFocusingIsCrossEntropy();
    void focalDownweightsEasyExamples();
    void classWeights_data();
    void classWeights();
    void names_data();
    void names();
};

namespace {
// Three rows whose softmax is easy to write down: [1/3 1/3 1/3], [1/4 1/2 1/4], [1/4 1/2 1/4].
torch::Tensor logits() { return torch::tensor({0.0, 0.0, 0.0, 0.0, std::log(2.0), 0.0, 0.0, std::log(2.0), 0.0},
                                              torch::kFloat32).view({3, 3}); }
// True classes 0, 1, 2: probabilities of the truth 1/3, 1/2, 1/4.
torch::Tensor targets() { return torch::tensor({0, 1, 2}, torch::kInt64); }
}  // namespace

void TestLosses::values_data()
{
    QTest::addColumn<LossKind>("kind");
    QTest::addColumn<double>("expected");
    const double l3 = std::log(3.0), l2 = std::log(2.0), l4 = std::log(4.0);
    QTest::newRow("cross-entropy: mean of -log p") << LossKind::CrossEntropy << (l3 + l2 + l4) / 3;
    // Weights 1, 2, 4 for classes 0, 1, 2: sum(w_y * ce) / sum(w_y).
    QTest::newRow("weighted: weighted mean") << LossKind::Weighted << (1 * l3 + 2 * l2 + 4 * l4) / 7;
    // Focal, gamma 2: (1-p)^2 * -log p: (2/3)^2 ln3, (1/2)^2 ln2, (3/4)^2 ln4.
    QTest::newRow("focal gamma 2") << LossKind::Focal
                                   << (4.0 / 9 * l3 + 1.0 / 4 * l2 + 9.0 / 16 * l4) / 3;
}

void TestLosses::values()
{
    QFETCH(LossKind, kind);
    QFETCH(double, expected);
    const torch::Tensor w = torch::tensor({1.0f, 2.0f, 4.0f});
    const double got = Losses::compute(kind, logits(), targets(), w).item<double>();
    QVERIFY2(std::fabs(got - expected) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
}

void TestLosses::focalWithoutFocusingIsCrossEntropy()
{
    const double focal = Losses::compute(LossKind::Focal, logits(), targets(), {}, 0.0).item<double>();
    const double ce = Losses::compute(LossKind::CrossEntropy, logits(), targets()).item<double>();
    QVERIFY(std::fabs(focal - ce) < 1e-6);
}

void TestLosses::focalDownweightsEasyExamples()
{
    // A confidently right row (p = .99) contributes (0.01)^2 of its cross-entropy.
    const torch::Tensor easy = torch::tensor({std::log(99.0f) + std::log(2.0f), 0.0f, 0.0f}).view({1, 3});
    const torch::Tensor y = torch::tensor({0}, torch::kInt64);
    const double ce = Losses::compute(LossKind::CrossEntropy, easy, y).item<double>();
    const double focal = Losses::compute(LossKind::Focal, easy, y).item<double>();
    QVERIFY(std::fabs(ce + std::log(0.99)) < 1e-5);
    QVERIFY2(std::fabs(focal - 1e-4 * ce) < 1e-8, qPrintable(QString::number(focal)));
}

void TestLosses::classWeights_data()
{
    QTest::addColumn<std::vector<int>>("labels");
    QTest::addColumn<std::vector<double>>("expected");
    // n / (classes * n_c)
    QTest::newRow("imbalanced") << std::vector<int>{0, 0, 1, 2, 2, 2, 2, 2}
                                << std::vector<double>{8.0 / 6, 8.0 / 3, 8.0 / 15};
    QTest::newRow("balanced") << std::vector<int>{0, 1, 2} << std::vector<double>{1, 1, 1};
    QTest::newRow("absent classes get 0") << std::vector<int>{2, 2} << std::vector<double>{0, 0, 2.0 / 6};
    QTest::newRow("unlabeled ignored") << std::vector<int>{-1, 0, 1, 2, -1} << std::vector<double>{1, 1, 1};
}

void TestLosses::classWeights()
{
    QFETCH(std::vector<int>, labels);
    QFETCH(std::vector<double>, expected);
    const torch::Tensor w = Losses::classWeights(labels, 3);
    QCOMPARE(w.numel(), int64_t(3));
    for (int c = 0; c < 3; ++c)
        QVERIFY2(std::fabs(w[c].item<double>() - expected[size_t(c)]) < 1e-6, qPrintable(QString::number(c)));
}

void TestLosses::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ce") << QStringLiteral("ce") << true;
    QTest::newRow("weighted") << QStringLiteral("weighted") << true;
    QTest::newRow("focal") << QStringLiteral("focal") << true;
    QTest::newRow("unknown") << QStringLiteral("hinge") << false;
    QTest::newRow("case matters") << QStringLiteral("CE") << false;
}

void TestLosses::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    LossKind kind = LossKind::CrossEntropy;
    QCOMPARE(lossFromName(name, &kind), valid);
    if (valid)
        QCOMPARE(lossName(kind), name);
}

QTEST_GUILESS_MAIN(TestLosses)
#include "test_losses.moc"
