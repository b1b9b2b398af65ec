#pragma once
// A pretrained encoder exported elsewhere as TorchScript (see packaging/export_torchscript.py).
// Contract of the module's forward():
//   image encoder: float [B,3,128,128] (RGB, ImageNet mean/std normalized) -> float [B,D]
//   text encoder:  token_ids, segment_ids, padding_mask, each int64 [B,L] -> float [B,D]
//                  padding_mask is 1 for real tokens and 0 for padding (BERT's attention_mask);
//                  token ids come from the model's own tokenizer (0 pad, 1 unk, 2 [CLS], 3 [SEP], 4 mask).
// load() probes the module once with a dummy batch, so a module that breaks the contract is refused
// with a message instead of failing in the middle of training.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <torch/script.h>
#include <torch/torch.h>

#include <memory>
#include <vector>

namespace entail {

class ScriptEncoder final {
    Q_DECLARE_TR_FUNCTIONS(ScriptEncoder)

public:
    enum class Kind { Image, Text };

    // `vocabSize` (text only) bounds the ids used to probe the module.
    static std::shared_ptr<ScriptEncoder> load(const QByteArray &bytes, Kind kind, int vocabSize,
                                               const QString &name, QString *error);
    static std::shared_ptr<ScriptEncoder> loadFile(const QString &path, Kind kind, int vocabSize,
                                                   QString *error);

    torch::Tensor forwardImages(const torch::Tensor &images);
    torch::Tensor forwardText(const torch::Tensor &ids, const torch::Tensor &segments, const torch::Tensor &mask);

    int outputDim() const { return m_outputDim; }
    Kind kind() const { return m_kind; }
    std::vector<torch::Tensor> parameters() const;
    void train(bool on);
    void moveTo(const torch::Device &device);
    // Gradients for the module's parameters (modules built without them, e.g. in C++, have none).
    void setTrainable(bool on);
    // The module as it is now (fine-tuned weights included), always with CPU tensors so that it loads anywhere.
    QByteArray serialized() const;

private:
    ScriptEncoder(torch::jit::Module module, Kind kind);
    torch::Tensor checkedOutput(const torch::jit::IValue &value, int64_t batch) const;

    mutable torch::jit::Module m_module;
    Kind m_kind;
    int m_outputDim = 0;
};

}  // namespace entail
