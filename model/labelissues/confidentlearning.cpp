#include "model/labelissues/confidentlearning.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace entail {

ClassVector ConfidentLearning::thresholds(const std::vector<int> &labels, const std::vector<Probs> &probs)
{
    ClassVector sum{}, t{};
    std::array<int, kNumClasses> count{};
    for (size_t n = 0; n < labels.size(); ++n) {
        sum[size_t(labels[n])] += probs[n][size_t(labels[n])];
        ++count[size_t(labels[n])];
    }
    for (int j = 0; j < kNumClasses; ++j)
        t[size_t(j)] = count[size_t(j)] ? sum[size_t(j)] / count[size_t(j)] : kUnreachable;
    return t;
}

ClassMatrix ConfidentLearning::confidentJoint(const std::vector<int> &labels, const std::vector<Probs> &probs,
                                              const ClassVector &thresholds, std::vector<int> *confident)
{
    ClassMatrix c{};
    if (confident)
        confident->assign(labels.size(), kNoLabel);
    for (size_t n = 0; n < labels.size(); ++n) {
        int best = kNoLabel;
        for (int j = 0; j < kNumClasses; ++j)
            if (probs[n][size_t(j)] >= thresholds[size_t(j)]
                && (best == kNoLabel || probs[n][size_t(j)] > probs[n][size_t(best)]))
                best = j;
        if (best == kNoLabel)
            continue;
        c[size_t(labels[n])][size_t(best)] += 1.0;
        if (confident)
            (*confident)[n] = best;
    }
    return c;
}

ClassMatrix ConfidentLearning::calibrate(const ClassMatrix &joint, const std::vector<int> &labels)
{
    std::array<int, kNumClasses> given{};
    for (int l : labels)
        ++given[size_t(l)];
    ClassMatrix out{};
    for (int i = 0; i < kNumClasses; ++i) {
        const double row = std::accumulate(joint[size_t(i)].begin(), joint[size_t(i)].end(), 0.0);
        if (row <= 0.0)
            continue;
        for (int j = 0; j < kNumClasses; ++j)
            out[size_t(i)][size_t(j)] = joint[size_t(i)][size_t(j)] / row * given[size_t(i)];
    }
    return out;
}

std::vector<double> ConfidentLearning::quality(const std::vector<int> &labels, const std::vector<Probs> &probs,
                                               QualityScore score)
{
    // Self-confidence is the default: on out-of-fold probabilities it ranked planted errors best in the
    // confident-learning benchmarks (and ours, see bench_labelissues), and it reads plainly: "the model gave
    // the given label p". The normalised margin also weighs how strongly one other class is preferred.
    std::vector<double> q(labels.size());
    for (size_t n = 0; n < labels.size(); ++n) {
        const size_t given = size_t(labels[n]);
        double other = 0.0;
        for (size_t j = 0; j < kNumClasses; ++j)
            if (j != given)
                other = std::max(other, double(probs[n][j]));
        q[n] = score == QualityScore::SelfConfidence ? double(probs[n][given])
                                                     : (double(probs[n][given]) - other + 1.0) / 2.0;
    }
    return q;
}

std::vector<bool> ConfidentLearning::pruneByNoiseRate(const std::vector<int> &labels,
                                                      const std::vector<Probs> &probs, const ClassMatrix &noise,
                                                      std::vector<int> *suggested)
{
    std::vector<bool> issue(labels.size(), false);
    suggested->assign(labels.size(), kNoLabel);
    for (size_t n = 0; n < labels.size(); ++n)
        (*suggested)[n] = argmax(probs[n]);
    for (int i = 0; i < kNumClasses; ++i)
        for (int j = 0; j < kNumClasses; ++j) {
            const long count = std::lround(noise[size_t(i)][size_t(j)]);
            if (i == j || count <= 0)
                continue;
            std::vector<size_t> members;
            for (size_t n = 0; n < labels.size(); ++n)
                if (labels[n] == i)
                    members.push_back(n);
            const auto margin = [&](size_t n) { return probs[n][size_t(j)] - probs[n][size_t(i)]; };
            std::stable_sort(members.begin(), members.end(),
                             [&](size_t a, size_t b) { return margin(a) > margin(b); });
            for (size_t k = 0; k < members.size() && long(k) < count; ++k)
                issue[members[k]] = true;
        }
    // As in confident learning's reference implementation: a pair predicted as its given label is no issue,
    // whatever its margin (so an issue's suggestion, the most probable class, always differs from the given).
    for (size_t n = 0; n < labels.size(); ++n)
        issue[n] = issue[n] && argmax(probs[n]) != labels[n];
    return issue;
}

}  // namespace entail
