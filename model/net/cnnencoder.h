#pragma once
// The built-in image encoder: a compact CNN that trains from scratch on two CPU cores.
// Only model .cpp files and tests include this header (it pulls in Torch).
#include <torch/torch.h>

#include <array>

namespace entail {

class CnnEncoderImpl : public torch::nn::Module {
public:
    // Four stride-2 conv blocks (BatchNorm, ReLU), then global average pooling.
    explicit CnnEncoderImpl(const std::array<int, 4> &channels);
    torch::Tensor forward(const torch::Tensor &images);  // float [N,3,H,W] -> [N, channels[3]]
    int outputDim() const { return m_outputDim; }

private:
    torch::nn::ModuleList m_convs{nullptr};
    torch::nn::ModuleList m_norms{nullptr};
    int m_outputDim = 0;
};
TORCH_MODULE(CnnEncoder);

}  // namespace entail
