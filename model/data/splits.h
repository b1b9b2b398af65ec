#pragma once
#include "model/core/types.h"

#include <array>

namespace entail {

// Indices of the pairs labeled 0, 1 and 2, each list shuffled; one generator seeded with `seed` shuffles the
// classes in label order. Shared by the train/validation/test split and cross-validation folds.
std::array<std::vector<size_t>, kNumClasses> stratifiedOrder(const std::vector<Pair> &pairs, quint64 seed);

// Stratified split as in the seed: `testFraction` of each class to test, then `validationFraction` of the
// rest to validation; deterministic for a given seed. Unlabeled pairs stay in train (they are skipped there).
void assignSplits(std::vector<Pair> &pairs, quint64 seed, double testFraction = 0.10,
                  double validationFraction = 0.05);
// The same split from the labels alone (kNoLabel for unlabeled), in the pairs' order: what a streamed import
// uses, which never holds every pair in memory.
std::vector<Split> stratifiedSplits(const std::vector<qint8> &labels, quint64 seed, double testFraction = 0.10,
                                    double validationFraction = 0.05);

}  // namespace entail
