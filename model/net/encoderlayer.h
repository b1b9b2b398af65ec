#pragma once
// A post-norm Transformer encoder layer (self-attention, GELU feed-forward), batch first.
// The same computation and parameter names as torch.nn.TransformerEncoderLayer(activation="gelu"), so a
// state dict moves between the two, but written for this use: LibTorch 1.13's own layer compares
// query/key/value element by element (torch::equal) and averages attention weights nobody reads, and
// takes (sequence, batch, embedding) input that needs two transposes per batch.
#include <torch/torch.h>

namespace entail {

class SelfAttentionImpl : public torch::nn::Module {
public:
    SelfAttentionImpl(int dim, int heads, double dropout);
    // x [B,L,d]; keyBias [B*heads,1,L], 0 for real keys and -inf for padding.
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &keyBias);

private:
    int m_heads;
    double m_dropout;
    torch::Tensor in_proj_weight, in_proj_bias;
    torch::nn::Linear out_proj{nullptr};
};
TORCH_MODULE(SelfAttention);

class EncoderLayerImpl : public torch::nn::Module {
public:
    EncoderLayerImpl(int dim, int heads, int feedForward, double dropout);
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &keyBias);

    // The additive key mask for forward() from a padding mask (int64 [B,L], 1 = real token).
    static torch::Tensor keyBias(const torch::Tensor &mask, int heads);

private:
    SelfAttention self_attn{nullptr};
    torch::nn::Linear linear1{nullptr}, linear2{nullptr};
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Dropout dropout{nullptr}, dropout1{nullptr}, dropout2{nullptr};
};
TORCH_MODULE(EncoderLayer);

}  // namespace entail
