#pragma once
// Out-of-fold probabilities: every labeled pair is predicted by a linear model (LinearModel on
// PairFeaturizer features) that was trained on the other folds only, so that a wrong label cannot be
// learnt and then agreed with. Stratified, seeded folds: the same pairs and seed give the same figures.
#include "model/labelissues/labelissuetypes.h"

#include <functional>

namespace entail {

class OutOfFold final {
public:
    // Called after each round of K fold models with (rounds done, rounds); returning false cancels (compute() then returns false).
    using Progress = std::function<bool(int done, int total)>;

    // Fold 0..folds-1 of each pair: each class's pairs are shuffled (seeded) and dealt in turn, continuing
    // across classes, so that every fold holds each class's share to within one pair.
    static std::vector<int> assignFolds(const std::vector<int> &labels, int folds, quint64 seed);

    // `pairs` must all be labeled. `probs` receives one row per pair, averaged over options.repeats fold
    // assignments (seeds seed, seed+1, ...).
    static bool compute(const std::vector<Pair> &pairs, const LabelIssueOptions &options,
                        std::vector<Probs> *probs, const Progress &progress = {});
};

}  // namespace entail
