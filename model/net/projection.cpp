#include "model/net/projection.h"

namespace entail {

ProjectionImpl::ProjectionImpl(int64_t inputDim, int64_t dim, double dropout)
{
    m_in = register_module("dense_in", torch::nn::Linear(inputDim, dim));
    m_out = register_module("dense_out", torch::nn::Linear(dim, dim));
    m_dropout = register_module("dropout", torch::nn::Dropout(dropout));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim})));
}

torch::Tensor ProjectionImpl::forward(const torch::Tensor &x)
{
    const torch::Tensor projected = m_in(x);
    torch::Tensor y = m_out(torch::gelu(projected));
    y = m_dropout(y);
    return m_norm(y + projected);
}

}  // namespace entail
