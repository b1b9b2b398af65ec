#pragma once
// Classification metrics for the three entailment classes. Plain C++: the UI and the CLI share them.
#include "model/core/types.h"

#include <array>
#include <vector>

namespace entail {

// Pairs with a truth or prediction outside 0..2 (unlabeled) are skipped.
// `probs`, when given, must be parallel to `truth` and is used for the calibration error.
Metrics computeMetrics(const std::vector<int> &truth, const std::vector<int> &predicted,
                       const std::vector<Probs> *probs = nullptr, int calibrationBins = 10);

}  // namespace entail
