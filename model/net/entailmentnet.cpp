#include "model/net/entailmentnet.h"

#include "model/core/labels.h"
#include "model/net/torchdevice.h"

namespace entail {

namespace {
// Small initial "missing" embeddings: close to what a zeroed encoder output would give.
constexpr double kMissingInitStd = 0.02;
}  // namespace

EntailmentNetImpl::EntailmentNetImpl(NetConfig config, std::shared_ptr<ScriptEncoder> imageScript,
                                     std::shared_ptr<ScriptEncoder> textScript)
    : m_config(std::move(config)), m_imageScript(std::move(imageScript)), m_textScript(std::move(textScript))
{
    if (m_imageScript) {
        m_config.imageEncoder = QStringLiteral("torchscript");
        m_config.imageDim = m_imageScript->outputDim();
    } else {
        m_config.imageEncoder = QStringLiteral("cnn");
        m_cnn = register_module("cnn", CnnEncoder(m_config.cnnChannels));
        m_config.imageDim = m_cnn->outputDim();
    }
    if (m_textScript) {
        m_config.textEncoder = QStringLiteral("torchscript");
        m_config.textDim = m_textScript->outputDim();
    } else {
        m_config.textEncoder = QStringLiteral("transformer");
        m_text = register_module("text", TextEncoder(m_config));
        m_config.textDim = m_text->outputDim();
    }
    m_missingImage = register_parameter("missing_image", torch::randn({int64_t(m_config.imageDim)}) * kMissingInitStd);
    m_missingText = register_parameter("missing_text", torch::randn({int64_t(m_config.textDim)}) * kMissingInitStd);
    m_imageProjection = register_module(
        "image_projection", Projection(2 * int64_t(m_config.imageDim), m_config.projectionDim, m_config.dropout));
    m_textProjection = register_module(
        "text_projection", Projection(m_config.textDim, m_config.projectionDim, m_config.dropout));
    m_classifier = register_module("classifier", torch::nn::Linear(2 * int64_t(m_config.projectionDim), kNumClasses));
}

torch::Tensor EntailmentNetImpl::encodeImages(const torch::Tensor &images)
{
    return m_imageScript ? m_imageScript->forwardImages(images) : m_cnn->forward(images);
}

torch::Tensor EntailmentNetImpl::encodeImageList(const std::vector<torch::Tensor> &images, torch::Tensor *present)
{
    const int64_t k = int64_t(images.size());
    std::vector<torch::Tensor> real;
    std::vector<int64_t> rows;
    std::vector<uint8_t> flags(size_t(k), 0);
    for (int64_t i = 0; i < k; ++i) {
        if (images[size_t(i)].defined()) {
            real.push_back(images[size_t(i)].to(torch::kFloat32));
            rows.push_back(i);
            flags[size_t(i)] = 1;
        }
    }
    const torch::Device on = device();
    *present = TorchDevice::flags(flags, on);
    if (real.empty())
        return torch::zeros({k, m_config.imageDim}, m_missingImage.options());
    // Host images (the training data keeps them in host memory) go to the device as one batch.
    const torch::Tensor encoded = encodeImages(torch::stack(real).to(on));
    if (int64_t(real.size()) == k)
        return encoded;
    return torch::zeros({k, m_config.imageDim}, encoded.options()).index_copy(0, TorchDevice::indices(rows, on), encoded);
}

torch::Tensor EntailmentNetImpl::encodeText(const TextBatch &b)
{
    return m_textScript ? m_textScript->forwardText(b.ids, b.segments, b.mask)
                        : m_text->forward(b.ids, b.segments, b.mask);
}

torch::Tensor EntailmentNetImpl::head(const HeadInputs &in)
{
    auto fill = [](const torch::Tensor &emb, const torch::Tensor &present, const torch::Tensor &missing) {
        return torch::where(present.unsqueeze(1), emb, missing.unsqueeze(0).expand_as(emb));
    };
    const torch::Tensor images = torch::cat({fill(in.image1, in.image1Present, m_missingImage),
                                             fill(in.image2, in.image2Present, m_missingImage)}, 1);
    const torch::Tensor text = fill(in.text, in.textPresent, m_missingText);
    return m_classifier(torch::cat({m_imageProjection(images), m_textProjection(text)}, 1));
}

std::vector<torch::Tensor> EntailmentNetImpl::encoderParameters() const
{
    std::vector<torch::Tensor> params;
    if (m_cnn)
        for (const auto &p : m_cnn->parameters())
            params.push_back(p);
    if (m_text)
        for (const auto &p : m_text->parameters())
            params.push_back(p);
    for (const auto *script : {m_imageScript.get(), m_textScript.get()})
        if (script)
            for (const auto &p : script->parameters())
                params.push_back(p);
    return params;
}

std::vector<torch::Tensor> EntailmentNetImpl::headParameters() const
{
    std::vector<torch::Tensor> params{m_missingImage, m_missingText};
    for (const auto &p : m_imageProjection->parameters())
        params.push_back(p);
    for (const auto &p : m_textProjection->parameters())
        params.push_back(p);
    for (const auto &p : m_classifier->parameters())
        params.push_back(p);
    return params;
}

void EntailmentNetImpl::moveTo(const torch::Device &device)
{
    if (device == this->device())
        return;
    torch::nn::Module::to(device);
    if (m_imageScript)
        m_imageScript->moveTo(device);
    if (m_textScript)
        m_textScript->moveTo(device);
}

void EntailmentNetImpl::train(bool on)
{
    torch::nn::Module::train(on);
    if (m_imageScript)
        m_imageScript->train(on);
    if (m_textScript)
        m_textScript->train(on);
}

}  // namespace entail
