#pragma once
// The seed's projection block: Dense(dim) -> GELU -> Dense(dim) -> Dropout -> residual -> LayerNorm.
#include <torch/torch.h>

namespace entail {

class ProjectionImpl : public torch::nn::Module {
public:
    ProjectionImpl(int64_t inputDim, int64_t dim, double dropout);
    torch::Tensor forward(const torch::Tensor &x);

private:
    torch::nn::Linear m_in{nullptr}, m_out{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
};
TORCH_MODULE(Projection);

}  // namespace entail
