#pragma once
// The seed's architecture: one image encoder shared by both images (embeddings concatenated, projected),
// one text encoder over the token pair (projected), the two projections concatenated -> Dense(3).
// A missing image (or a masked modality) uses a learned "missing" embedding in place of the encoder output.
#include "model/net/cnnencoder.h"
#include "model/net/netconfig.h"
#include "model/net/projection.h"
#include "model/net/scriptencoder.h"
#include "model/text/textbatch.h"
#include "model/net/textencoder.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace entail {

// Encoder outputs of a batch and which of them are real (bool [B]; false = use the missing embedding).
struct HeadInputs {
    torch::Tensor image1, image2, text;                      // [B, imageDim], [B, imageDim], [B, textDim]
    torch::Tensor image1Present, image2Present, textPresent;  // bool [B]
};

class EntailmentNetImpl : public torch::nn::Module {
public:
    // `config.vocabSize` must be set; imageDim/textDim are filled in from the encoders.
    // Script encoders (optional) replace the built-in ones.
    EntailmentNetImpl(NetConfig config, std::shared_ptr<ScriptEncoder> imageScript = nullptr,
                      std::shared_ptr<ScriptEncoder> textScript = nullptr);

    const NetConfig &config() const { return m_config; }
    NetConfig &config() { return m_config; }
    ScriptEncoder *imageScript() const { return m_imageScript.get(); }
    ScriptEncoder *textScript() const { return m_textScript.get(); }

    torch::Tensor encodeImages(const torch::Tensor &images);  // float [N,3,128,128] -> [N, imageDim]
    // One row per entry; undefined entries are missing. The encoder runs once over the present images
    // and not at all when none is present. Returns [K, imageDim] (zeros where missing) and `present`.
    torch::Tensor encodeImageList(const std::vector<torch::Tensor> &images, torch::Tensor *present);
    torch::Tensor encodeText(const TextBatch &batch);          // -> [B, textDim]
    torch::Tensor head(const HeadInputs &in);                  // -> logits [B,3]

    std::vector<torch::Tensor> encoderParameters() const;  // built-in and script encoders
    std::vector<torch::Tensor> headParameters() const;     // missing embeddings, projections, classifier
    void train(bool on = true) override;
    // Moves the parameters, buffers and script encoders; done once, before the optimizer sees them.
    void moveTo(const torch::Device &device);
    torch::Device device() const { return m_classifier->weight.device(); }

private:
    NetConfig m_config;
    std::shared_ptr<ScriptEncoder> m_imageScript, m_textScript;
    CnnEncoder m_cnn{nullptr};
    TextEncoder m_text{nullptr};
    torch::Tensor m_missingImage, m_missingText;
    Projection m_imageProjection{nullptr}, m_textProjection{nullptr};
    torch::nn::Linear m_classifier{nullptr};
};
TORCH_MODULE(EntailmentNet);

}  // namespace entail
