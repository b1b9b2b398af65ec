#pragma once
// Calibration of predicted probabilities: the reliability diagram's bins, expected calibration error (ECE),
// negative log-likelihood, and temperature scaling (softmax(log p / T); T > 1 softens, T < 1 sharpens).
// Works on probabilities alone: log p equals the logits up to a constant per pair, so a temperature fitted on
// stored probabilities is the one the network's logits would get. Plain C++: the UI and the CLI share it.
#include "model/core/types.h"

#include <array>
#include <vector>

namespace entail {

struct ReliabilityBin {
    double lower = 0.0, upper = 0.0;  // confidence range [lower, upper)
    int count = 0;
    double confidence = 0.0;  // mean max probability of the pairs in the bin
    double accuracy = 0.0;    // share of them whose most probable label is the true one
};

struct CalibrationReport {
    int count = 0;
    std::vector<ReliabilityBin> bins;
    double ece = 0.0;  // sum over bins of count/N * |accuracy - confidence|
    // Per class, over the pairs predicted as that class (the same binning); 0 for a class never predicted.
    std::array<double, kNumClasses> classEce{};
    double nll = 0.0;  // mean -log p(true label)
};

// A temperature fitted on some pairs (the validation split) and what it did to them.
struct TemperatureFit {
    double temperature = 1.0;
    int count = 0;
    double nllBefore = 0.0, nllAfter = 0.0;
    double eceBefore = 0.0, eceAfter = 0.0;
};

class Calibration final {
public:
    static constexpr int kBins = 15;
    static constexpr double kMinTemperature = 0.05;
    static constexpr double kMaxTemperature = 20.0;

    // Pairs whose truth is not a label (unlabeled) are skipped; `probs` is parallel to `truth`.
    static CalibrationReport report(const std::vector<int> &truth, const std::vector<Probs> &probs, int bins = kBins);
    static double nll(const std::vector<int> &truth, const std::vector<Probs> &probs, double temperature = 1.0);
    static Probs withTemperature(const Probs &p, double temperature);
    static std::vector<Probs> withTemperature(const std::vector<Probs> &probs, double temperature);
    // The T in [kMinTemperature, kMaxTemperature] that minimises the NLL of `probs` (golden-section search on
    // log T: the NLL is convex in 1/T). 1 when there is no labeled pair.
    static double fitTemperature(const std::vector<int> &truth, const std::vector<Probs> &probs);
    static TemperatureFit fit(const std::vector<int> &truth, const std::vector<Probs> &probs);
};

}  // namespace entail
