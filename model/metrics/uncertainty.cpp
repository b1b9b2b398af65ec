#include "model/metrics/uncertainty.h"

#include <algorithm>
#include <cmath>

namespace entail {

double Uncertainty::rankKey(const Probs &p, Measure measure)
{
    if (measure == Measure::Entropy) {
        double h = 0.0;
        for (float v : p)
            if (v > 0.f)
                h -= double(v) * std::log(double(v));
        return -h;
    }
    Probs s = p;
    std::sort(s.begin(), s.end(), std::greater<float>());
    return double(s[0]) - double(s[1]);
}

std::vector<int> Uncertainty::order(const std::vector<Probs> &probs, Measure measure,
                                    const std::function<bool(int)> &accept)
{
    std::vector<std::pair<double, int>> keyed;
    for (int i = 0; i < int(probs.size()); ++i)
        if (!accept || accept(i))
            keyed.emplace_back(rankKey(probs[size_t(i)], measure), i);
    std::sort(keyed.begin(), keyed.end());
    std::vector<int> out;
    out.reserve(keyed.size());
    for (const auto &k : keyed)
        out.push_back(k.second);
    return out;
}

}  // namespace entail
