#pragma once
// Multinomial logistic regression on sparse features with class-balanced sample weights, trained by
// AdaGrad over seeded shuffles (plain C++: a fold of 1,000 pairs trains in well under a second).
#include "model/labelissues/labelissuetypes.h"

namespace entail {

class LinearModel final {
public:
    struct Options {
        // Chosen on the planted-noise benchmark: larger steps overfit the fold's labels and rank worse.
        int epochs = 20;
        double learningRate = 0.02;
        double l2 = 0.0;  // per sample and step, on the weights a sample touches
        quint64 seed = 0;
    };

    explicit LinearModel(quint32 dimensions);
    // `labels` are 0..kNumClasses-1; every class present gets the same total weight.
    void train(const std::vector<const SparseVector *> &rows, const std::vector<int> &labels, const Options &options);
    Probs predict(const SparseVector &row) const;

    // n / (k * n_c) for each class c present; 0 for a class with no sample.
    static ClassVector balancedWeights(const std::vector<int> &labels);

private:
    std::array<double, kNumClasses> scores(const SparseVector &row) const;

    std::vector<float> m_weights;   // dimension-major: [feature * kNumClasses + class]
    std::vector<float> m_gradSq;   // AdaGrad accumulators
};

}  // namespace entail
