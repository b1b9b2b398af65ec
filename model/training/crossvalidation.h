#pragma once
// Stratified k-fold cross-validation of the training settings: each fold is the test set once; of the
// rest, a stratified `validationFraction` early-stops training. Nothing is written to disk.
#include "model/training/trainer.h"

#include <functional>
#include <vector>

namespace entail {

// Pooled test metrics had every fold's model used prior correction `alpha` (see TrainConfig).
struct PriorCorrectionPoint {
    double alpha = 0.0;
    Metrics pooled;
};

struct CrossValidationResult {
    bool ok = false;
    QString error;
    std::vector<Metrics> folds;  // test metrics of each fold
    Metrics pooled;              // all folds' test predictions together
    double meanMacroF1 = 0.0, sdMacroF1 = 0.0;
    double meanAccuracy = 0.0, sdAccuracy = 0.0;
    std::vector<PriorCorrectionPoint> priorSweep;  // the same test logits under other prior corrections
    // Out-of-fold probabilities, one row per pair of the dataset (all zero for an unlabeled pair): what the
    // model of the fold that held the pair out predicts for it, with that model's logit bias and temperature
    // (as TrainedNetwork::probabilities would).
    std::vector<Probs> testProbs;
};

class CrossValidation final {
public:
    static constexpr double kSweepAlphas[] = {0.0, 0.25, 0.5, 0.75, 1.0};

    // Fold of each pair (-1 for unlabeled pairs); deterministic for a seed.
    static std::vector<int> assignFolds(const std::vector<Pair> &pairs, int folds, quint64 seed);

    // Uses every labeled pair of `dataset`, whatever its split. `onFold(fold, result)` after each fold.
    static CrossValidationResult run(const Dataset &dataset, const TrainConfig &config, int folds,
                                     double validationFraction = 0.05,
                                     const std::function<void(int, const TrainResult &)> &onFold = {},
                                     const std::function<void(Trainer &)> &setUp = {},
                                     const std::atomic<bool> *cancel = nullptr);
};

}  // namespace entail
