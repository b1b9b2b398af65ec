#include "model/metrics/rarelabelboost.h"

#include <cmath>

namespace entail {

RareLabelBoost::RareLabelBoost(const std::array<double, kNumClasses> &priors, double alpha)
    : m_alpha(alpha), m_off(!(alpha > 0.0))
{
    for (int c = 0; c < kNumClasses; ++c)
        if (!m_off && priors[size_t(c)] > 0.0)
            m_weights[size_t(c)] = float(std::pow(priors[size_t(c)], -alpha));
}

std::array<double, kNumClasses> RareLabelBoost::priorsOf(const std::vector<int> &labels)
{
    std::array<double, kNumClasses> priors{};
    int total = 0;
    for (int label : labels)
        if (isValidLabel(label)) {
            priors[size_t(label)] += 1.0;
            ++total;
        }
    for (double &p : priors)
        p = total > 0 ? p / total : 0.0;
    return priors;
}

Probs RareLabelBoost::apply(const Probs &p) const
{
    if (m_off)
        return p;
    Probs out{};
    float sum = 0.f;
    for (int c = 0; c < kNumClasses; ++c) {
        out[size_t(c)] = p[size_t(c)] * m_weights[size_t(c)];
        sum += out[size_t(c)];
    }
    if (sum > 0.f)
        for (float &v : out)
            v /= sum;
    return out;
}

Prediction RareLabelBoost::apply(const Prediction &p) const
{
    return m_off ? p : Prediction{apply(p.both), apply(p.textOnly), apply(p.imageOnly)};
}

std::vector<int> RareLabelBoost::decideAll(const std::vector<Probs> &probs) const
{
    std::vector<int> out;
    out.reserve(probs.size());
    for (const Probs &p : probs)
        out.push_back(decide(p));
    return out;
}

}  // namespace entail
