#pragma once
// How unsure the model is of a pair, for labelling first where it learns most (uncertainty sampling).
// Margin: p(first) - p(second), smallest first; entropy: -sum p log p, largest first. Plain C++.
#include "model/core/types.h"

#include <functional>
#include <vector>

namespace entail {

class Uncertainty final {
public:
    enum class Measure { Margin, Entropy };

    // Smaller = more uncertain under either measure (the entropy is negated), so one order serves both.
    static double rankKey(const Probs &p, Measure measure);
    // The indices `accept` lets through, most uncertain first (ties: lower index first).
    static std::vector<int> order(const std::vector<Probs> &probs, Measure measure,
                                  const std::function<bool(int)> &accept = {});
};

}  // namespace entail
