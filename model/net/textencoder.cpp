#include "model/net/textencoder.h"

#include "model/text/tokenizer.h"

namespace entail {

TextEncoderImpl::TextEncoderImpl(const NetConfig &c)
    : m_dModel(c.dModel), m_heads(c.heads)
{
    m_token = register_module("token", torch::nn::Embedding(c.vocabSize, c.dModel));
    m_position = register_module("position", torch::nn::Embedding(c.maxLength, c.dModel));
    m_segment = register_module("segment", torch::nn::Embedding(2, c.dModel));
    m_match = register_module("match", torch::nn::Embedding(2, c.dModel));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({int64_t(c.dModel)})));
    m_dropout = register_module("dropout", torch::nn::Dropout(c.dropout));
    m_layers = register_module("layers", torch::nn::ModuleList());
    for (int i = 0; i < c.layers; ++i) {
        m_layers->push_back(EncoderLayer(c.dModel, c.heads, c.feedForward, c.dropout));
    }
}

torch::Tensor TextEncoderImpl::exactMatch(const torch::Tensor &ids, const torch::Tensor &segments,
                                          const torch::Tensor &mask)
{
    const torch::Tensor real = mask.to(torch::kBool) & (ids > int64_t(Tokenizer::MaskToken));
    const torch::Tensor sameToken = ids.unsqueeze(2) == ids.unsqueeze(1);             // [B,L,L]
    const torch::Tensor otherSegment = segments.unsqueeze(2) != segments.unsqueeze(1);  // [B,L,L]
    const torch::Tensor hit = (sameToken & otherSegment & real.unsqueeze(1)).any(2);
    return (hit & real).to(torch::kInt64);
}

torch::Tensor TextEncoderImpl::forward(const torch::Tensor &ids, const torch::Tensor &segments,
                                       const torch::Tensor &mask)
{
    const int64_t len = ids.size(1);
    const torch::Tensor positions = torch::arange(len, ids.options());
    torch::Tensor x = m_token(ids) + m_position(positions).unsqueeze(0) + m_segment(segments)
        + m_match(exactMatch(ids, segments, mask));
    x = m_dropout(m_norm(x));
    const torch::Tensor keyBias = EncoderLayerImpl::keyBias(mask, m_heads);
    for (size_t i = 0; i < m_layers->size(); ++i)
        x = m_layers[i]->as<EncoderLayer>()->forward(x, keyBias);
    const torch::Tensor m = mask.unsqueeze(2).to(x.scalar_type());
    const torch::Tensor mean = (x * m).sum(1) / m.sum(1).clamp_min(1.0);
    return torch::cat({x.select(1, 0), mean}, 1);
}

}  // namespace entail
