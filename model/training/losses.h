#pragma once
// Training losses. Torch in the header: only model .cpp files and tests include it.
#include "model/training/losskind.h"

#include <torch/torch.h>

#include <vector>

namespace entail {

class Losses final {
public:
    static constexpr double kFocalGamma = 2.0;

    // Inverse class frequency, n / (classes * n_c), over the labels 0..classes-1 (a class absent from
    // `labels` gets weight 0, it cannot occur as a target anyway).
    static torch::Tensor classWeights(const std::vector<int> &labels, int classes);

    // Mean over the batch. Weighted: sum_i w[y_i] * ce_i / sum_i w[y_i] (PyTorch's weighted mean).
    // Focal: mean_i of -(1 - p_i)^gamma * log p_i, p_i the probability of the true class.
    static torch::Tensor compute(LossKind kind, const torch::Tensor &logits, const torch::Tensor &targets,
                                 const torch::Tensor &classWeights = {}, double gamma = kFocalGamma);
};

}  // namespace entail
