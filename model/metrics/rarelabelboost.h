#pragma once
// The rare-label boost: decisions re-made from stored probabilities, p_c / prior_c^alpha renormalised, with
// the training split's class priors. alpha 0 keeps the model's decisions; 1 divides by the priors (every
// class as likely a priori). No retraining: the same shift as TrainConfig::priorCorrection, after the fact.
#include "model/core/types.h"

#include <array>
#include <vector>

namespace entail {

class RareLabelBoost final {
public:
    static constexpr double kMaxAlpha = 1.0;

    RareLabelBoost() = default;
    // A class with no training pair (prior 0) keeps weight 1: it has no prior to correct.
    RareLabelBoost(const std::array<double, kNumClasses> &priors, double alpha);

    // Class frequencies among the labels of the training split (`labels`: one per pair, kNoLabel skipped).
    static std::array<double, kNumClasses> priorsOf(const std::vector<int> &labels);

    bool isOff() const { return m_off; }
    double alpha() const { return m_alpha; }
    Probs apply(const Probs &p) const;  // renormalised
    Prediction apply(const Prediction &p) const;  // all three calls (full, text only, image only)
    int decide(const Probs &p) const { return m_off ? argmax(p) : argmax(apply(p)); }
    // Every prediction at once (the decisions of `apply` for each).
    std::vector<int> decideAll(const std::vector<Probs> &probs) const;

private:
    std::array<float, kNumClasses> m_weights{{1.f, 1.f, 1.f}};
    double m_alpha = 0.0;
    bool m_off = true;
};

}  // namespace entail
