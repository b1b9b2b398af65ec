#pragma once
// Classification metrics for the three entailment classes. Plain C++: the UI and the CLI share them.
#include "model/core/types.h"

#include <array>
#include <vector>

namespace entail {

// Pairs with a truth or prediction outside 0..2 (unlabeled) are skipped.
// `probs`, when given, must be parallel to `truth` and is used for the calibration error (equal-width bins
// over the predicted label's probability, as model/metrics/calibration.h).
Metrics computeMetrics(const std::vector<int> &truth, const std::vector<int> &predicted,
                       const std::vector<Probs> *probs = nullptr, int calibrationBins = 15);

// What always answering the most frequent true class of `m` would score: the bar a model must clear on
// imbalanced data (about 84% NoEntailment in RME, so accuracy 0.84 says nothing by itself).
struct Baseline {
    int label = -1;  // the majority class; -1 when `m` counts no pair
    double accuracy = 0.0;
    double macroF1 = 0.0;
};
Baseline majorityBaseline(const Metrics &m);

// Classes that occur among the true labels of `m` but that the model never predicts (its blind spot:
// "model disagrees" on every such pair says nothing about their labels).
std::vector<int> neverPredicted(const Metrics &m);

}  // namespace entail
