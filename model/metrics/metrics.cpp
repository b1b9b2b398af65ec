#include "model/metrics/metrics.h"

#include <algorithm>
#include <cmath>

namespace entail {

namespace {
double safeDiv(double a, double b) { return b > 0 ? a / b : 0.0; }
}  // namespace

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
