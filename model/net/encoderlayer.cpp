#include "model/net/encoderlayer.h"

#include <cmath>
#include <limits>

namespace entail {

SelfAttentionImpl::SelfAttentionImpl(int dim, int heads, double dropout)
    : m_heads(heads), m_dropout(dropout)
{
    // Initialized like torch.nn.MultiheadAttention.
    in_proj_weight = register_parameter("in_proj_weight", torch::empty({3 * dim, dim}));
    in_proj_bias = register_parameter("in_proj_bias", torch::zeros({3 * dim}));
    out_proj = register_module("out_proj", torch::nn::Linear(dim, dim));
    torch::nn::init::xavier_uniform_(in_proj_weight);
    torch::nn::init::zeros_(out_proj->bias);
}

torch::Tensor SelfAttentionImpl::forward(const torch::Tensor &x, const torch::Tensor &keyBias)
{
    const int64_t b = x.size(0), len = x.size(1), dim = x.size(2), headDim = dim / m_heads;
    // [B,L,3,h,hd] -> [3,B,h,L,hd]: one copy for the three projections.
    const torch::Tensor qkv = torch::nn::functional::linear(x, in_proj_weight, in_proj_bias)
                                  .view({b, len, 3, m_heads, headDim})
                                  .permute({2, 0, 3, 1, 4})
                                  .contiguous();
    const torch::Tensor q = qkv[0].view({b * m_heads, len, headDim}) / std::sqrt(double(headDim));
    const torch::Tensor k = qkv[1].view({b * m_heads, len, headDim});
    const torch::Tensor v = qkv[2].view({b * m_heads, len, headDim});
    torch::Tensor weights = torch::softmax(torch::baddbmm(keyBias, q, k.transpose(1, 2)), -1);
    weights = torch::nn::functional::dropout(weights,
                                             torch::nn::functional::DropoutFuncOptions().p(m_dropout).training(is_training()));
    const torch::Tensor out = torch::bmm(weights, v).view({b, m_heads, len, headDim}).transpose(1, 2).reshape({b, len, dim});
    return out_proj(out);
}

EncoderLayerImpl::EncoderLayerImpl(int dim, int heads, int feedForward, double p)
{
    self_attn = register_module("self_attn", SelfAttention(dim, heads, p));
    linear1 = register_module("linear1", torch::nn::Linear(dim, feedForward));
    dropout = register_module("dropout", torch::nn::Dropout(p));
    linear2 = register_module("linear2", torch::nn::Linear(feedForward, dim));
    norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({int64_t(dim)})));
    norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({int64_t(dim)})));
    dropout1 = register_module("dropout1", torch::nn::Dropout(p));
    dropout2 = register_module("dropout2", torch::nn::Dropout(p));
}

torch::Tensor EncoderLayerImpl::forward(const torch::Tensor &x, const torch::Tensor &keyBias)
{
    torch::Tensor y = norm1(x + dropout1(self_attn(x, keyBias)));
    return norm2(y + dropout2(linear2(dropout(torch::gelu(linear1(y))))));
}

torch::Tensor EncoderLayerImpl::keyBias(const torch::Tensor &mask, int heads)
{
    const torch::Tensor bias = torch::zeros(mask.sizes(), mask.options().dtype(torch::kFloat32))
                                   .masked_fill(mask == 0, -std::numeric_limits<float>::infinity());
    return bias.repeat_interleave(heads, 0).unsqueeze(1);  // [B*h,1,L], batch-major like the views above
}

}  // namespace entail
