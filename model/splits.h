#pragma once
#include "model/pair.h"

namespace entail {

// Stratified split as in the seed: `testFraction` of each class to test, then `validationFraction` of the
// rest to validation; deterministic for a given seed. Unlabeled pairs stay in train (they are skipped there).
void assignSplits(std::vector<Pair> &pairs, quint64 seed, double testFraction = 0.10,
                  double validationFraction = 0.05);

}  // namespace entail
