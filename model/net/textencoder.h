#pragma once
// The built-in text encoder: a compact Transformer over "[CLS] a [SEP] b [SEP]" that trains from scratch.
// Besides token, position and segment embeddings it adds a learned "exact match" embedding (does this
// token also occur in the other tweet?): the pairs are often templates whose differing number or date
// decides the label, and the flag lets a small model see what differs.
#include "model/net/encoderlayer.h"
#include "model/net/netconfig.h"

#include <torch/torch.h>

namespace entail {

class TextEncoderImpl : public torch::nn::Module {
public:
    explicit TextEncoderImpl(const NetConfig &config);
    // int64 [B,L] each (mask: 1 = real token) -> [B, 2 * dModel]: the [CLS] state and the masked mean.
    torch::Tensor forward(const torch::Tensor &ids, const torch::Tensor &segments, const torch::Tensor &mask);
    int outputDim() const { return 2 * m_dModel; }

    // 1 where a real, non-special token also occurs among the other segment's real tokens.
    static torch::Tensor exactMatch(const torch::Tensor &ids, const torch::Tensor &segments,
                                    const torch::Tensor &mask);

private:
    int m_dModel = 0;
    int m_heads = 0;
    torch::nn::Embedding m_token{nullptr}, m_position{nullptr}, m_segment{nullptr}, m_match{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::ModuleList m_layers{nullptr};
};
TORCH_MODULE(TextEncoder);

}  // namespace entail
