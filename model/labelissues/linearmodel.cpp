#include "model/labelissues/linearmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace entail {

LinearModel::LinearModel(quint32 dimensions)
    : m_weights(size_t(dimensions) * kNumClasses, 0.f),
      m_gradSq(size_t(dimensions) * kNumClasses, 1e-6f)
{
}

ClassVector LinearModel::balancedWeights(const std::vector<int> &labels)
{
    std::array<int, kNumClasses> counts{};
    for (int l : labels)
        ++counts[size_t(l)];
    const int present = int(std::count_if(counts.begin(), counts.end(), [](int c) { return c > 0; }));
    ClassVector w{};
    for (int c = 0; c < kNumClasses; ++c)
        w[size_t(c)] = counts[size_t(c)] ? double(labels.size()) / (present * double(counts[size_t(c)])) : 0.0;
    return w;
}

std::array<double, kNumClasses> LinearModel::scores(const SparseVector &row) const
{
    std::array<double, kNumClasses> s{};
    for (size_t i = 0; i < row.index.size(); ++i) {
        const float *w = &m_weights[size_t(row.index[i]) * kNumClasses];
        for (int c = 0; c < kNumClasses; ++c)
            s[size_t(c)] += double(w[c]) * row.value[i];
    }
    return s;
}

Probs LinearModel::predict(const SparseVector &row) const
{
    const std::array<double, kNumClasses> s = scores(row);
    const double top = *std::max_element(s.begin(), s.end());
    double sum = 0.0;
    std::array<double, kNumClasses> e{};
    for (int c = 0; c < kNumClasses; ++c)
        sum += e[size_t(c)] = std::exp(s[size_t(c)] - top);
    Probs p{};
    for (int c = 0; c < kNumClasses; ++c)
        p[size_t(c)] = float(e[size_t(c)] / sum);
    return p;
}

void LinearModel::train(const std::vector<const SparseVector *> &rows, const std::vector<int> &labels,
                        const Options &options)
{
    const ClassVector classWeight = balancedWeights(labels);
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937_64 rng(options.seed);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (size_t n : order) {
            const SparseVector &row = *rows[n];
            const Probs p = predict(row);
            const double weight = classWeight[size_t(labels[n])];
            for (size_t i = 0; i < row.index.size(); ++i) {
                const size_t base = size_t(row.index[i]) * kNumClasses;
                for (int c = 0; c < kNumClasses; ++c) {
                    float &w = m_weights[base + size_t(c)];
                    const double target = c == labels[n] ? 1.0 : 0.0;
                    const double g = weight * (p[size_t(c)] - target) * row.value[i] + options.l2 * w;
                    float &acc = m_gradSq[base + size_t(c)];
                    acc += float(g * g);
                    w -= float(options.learningRate * g / std::sqrt(double(acc)));
                }
            }
        }
    }
}

}  // namespace entail
