#include "model/net/cnnencoder.h"

namespace entail {

CnnEncoderImpl::CnnEncoderImpl(const std::array<int, 4> &channels)
{
    m_convs = register_module("convs", torch::nn::ModuleList());
    m_norms = register_module("norms", torch::nn::ModuleList());
    int in = 3;
    for (int out : channels) {
        // No bias: BatchNorm's shift makes it redundant.
        m_convs->push_back(torch::nn::Conv2d(
            torch::nn::Conv2dOptions(in, out, 3).stride(2).padding(1).bias(false)));
        m_norms->push_back(torch::nn::BatchNorm2d(out));
        in = out;
    }
    m_outputDim = in;
}

torch::Tensor CnnEncoderImpl::forward(const torch::Tensor &images)
{
    torch::Tensor x = images;
    for (size_t i = 0; i < m_convs->size(); ++i) {
        x = m_convs[i]->as<torch::nn::Conv2d>()->forward(x);
        x = torch::relu(m_norms[i]->as<torch::nn::BatchNorm2d>()->forward(x));
    }
    return x.mean({2, 3});
}

}  // namespace entail
