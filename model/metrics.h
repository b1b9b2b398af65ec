#pragma once
// Classification metrics for the three entailment classes. Plain C++: the UI and the CLI share them.
#include "model/labels.h"

#include <array>
#include <vector>

namespace entail {

struct ClassMetrics {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    int support = 0;    // true instances of the class
    int predicted = 0;  // predicted instances of the class
};

struct Metrics {
    std::array<std::array<int, kNumClasses>, kNumClasses> confusion{};  // [true][predicted]
    std::array<ClassMetrics, kNumClasses> perClass{};
    int count = 0;
    double accuracy = 0.0;
    double macroF1 = 0.0;
    double weightedF1 = 0.0;
    double ece = 0.0;  // expected calibration error; 0 when no probabilities were given
};

// Pairs with a truth or prediction outside 0..2 (unlabeled) are skipped.
// `probs`, when given, must be parallel to `truth` and is used for the calibration error.
Metrics computeMetrics(const std::vector<int> &truth, const std::vector<int> &predicted,
                       const std::vector<Probs> *probs = nullptr, int calibrationBins = 10);

}  // namespace entail
