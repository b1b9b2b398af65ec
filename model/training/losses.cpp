#include "model/training/losses.h"

namespace entail {

torch::Tensor Losses::classWeights(const std::vector<int> &labels, int classes)
{
    std::vector<double> counts(size_t(classes), 0.0);
    double n = 0;
    for (int y : labels) {
        if (y >= 0 && y < classes) {
            counts[size_t(y)] += 1.0;
            n += 1.0;
        }
    }
    torch::Tensor w = torch::zeros({classes});
    for (int c = 0; c < classes; ++c)
        if (counts[size_t(c)] > 0)
            w[c] = n / (classes * counts[size_t(c)]);
    return w;
}

torch::Tensor Losses::compute(LossKind kind, const torch::Tensor &logits, const torch::Tensor &targets,
                              const torch::Tensor &classWeights, double gamma)
{
    namespace F = torch::nn::functional;
    switch (kind) {
    case LossKind::CrossEntropy:
        return F::cross_entropy(logits, targets);
    case LossKind::Weighted:
        return F::cross_entropy(logits, targets, F::CrossEntropyFuncOptions().weight(classWeights));
    case LossKind::Focal: {
        const torch::Tensor logp = torch::log_softmax(logits, 1).gather(1, targets.unsqueeze(1)).squeeze(1);
        const torch::Tensor p = logp.exp();
        return (-(1.0 - p).pow(gamma) * logp).mean();
    }
    }
    return {};
}

}  // namespace entail
