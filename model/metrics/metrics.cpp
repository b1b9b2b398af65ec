#include "model/metrics/metrics.h"

#include <algorithm>
#include <cmath>

namespace entail {

namespace {
double safeDiv(double a, double b) { return b > 0 ? a / b : 0.0; }
}  // namespace

Baseline majorityBaseline(const Metrics &m)
{
    Baseline b;
    std::array<int, kNumClasses> support{};
    int total = 0;
    for (int t = 0; t < kNumClasses; ++t)
        for (int p = 0; p < kNumClasses; ++p) {
            support[size_t(t)] += m.confusion[size_t(t)][size_t(p)];
            total += m.confusion[size_t(t)][size_t(p)];
        }
    if (total == 0)
        return b;
    b.label = int(std::max_element(support.begin(), support.end()) - support.begin());
    const double s = support[size_t(b.label)];
    b.accuracy = s / total;
    // Precision s/total and recall 1 for the majority class; the others score 0.
    b.macroF1 = (2.0 * s / (total + s)) / kNumClasses;
    return b;
}

std::vector<int> neverPredicted(const Metrics &m)
{
    std::vector<int> out;
    for (int c = 0; c < kNumClasses; ++c) {
        int support = 0, predicted = 0;
        for (int o = 0; o < kNumClasses; ++o) {
            support += m.confusion[size_t(c)][size_t(o)];
            predicted += m.confusion[size_t(o)][size_t(c)];
        }
        if (support > 0 && predicted == 0)
            out.push_back(c);
    }
    return out;
}

Metrics computeMetrics(const std::vector<int> &truth, const std::vector<int> &predicted,
                       const std::vector<Probs> *probs, int calibrationBins)
{
    Metrics m;
    const size_t n = std::min(truth.size(), predicted.size());
    calibrationBins = std::max(1, calibrationBins);
    std::vector<double> binConfidence(calibrationBins, 0.0);
    std::vector<double> binCorrect(calibrationBins, 0.0);
    std::vector<int> binCount(calibrationBins, 0);
    int correct = 0;
    for (size_t i = 0; i < n; ++i) {
        const int t = truth[i];
        const int p = predicted[i];
        if (!isValidLabel(t) || !isValidLabel(p))
            continue;
        ++m.confusion[t][p];
        ++m.count;
        correct += (t == p);
        if (probs && i < probs->size()) {
            const double conf = (*probs)[i][p];
            const int bin = std::clamp(int(conf * calibrationBins), 0, calibrationBins - 1);
            binConfidence[bin] += conf;
            binCorrect[bin] += (t == p);
            ++binCount[bin];
        }
    }
    m.accuracy = safeDiv(correct, m.count);
    for (int c = 0; c < kNumClasses; ++c) {
        ClassMetrics &cm = m.perClass[c];
        for (int k = 0; k < kNumClasses; ++k) {
            cm.support += m.confusion[c][k];
            cm.predicted += m.confusion[k][c];
        }
        const double tp = m.confusion[c][c];
        cm.precision = safeDiv(tp, cm.predicted);
        cm.recall = safeDiv(tp, cm.support);
        cm.f1 = safeDiv(2.0 * cm.precision * cm.recall, cm.precision + cm.recall);
        m.macroF1 += cm.f1 / kNumClasses;
        m.weightedF1 += cm.f1 * safeDiv(cm.support, m.count);
    }
    if (probs) {
        int total = 0;
        for (int b = 0; b < calibrationBins; ++b)
            total += binCount[b];
        for (int b = 0; b < calibrationBins; ++b) {
            if (binCount[b] == 0)
                continue;
            const double gap = std::fabs(binConfidence[b] / binCount[b] - binCorrect[b] / binCount[b]);
            m.ece += gap * safeDiv(binCount[b], total);
        }
    }
    return m;
}

}  // namespace entail
