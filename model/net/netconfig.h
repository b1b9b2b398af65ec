#pragma once
// Shape of an EntailmentNet, stored in the checkpoint's config section. No Torch here: the checkpoint
// reader (used by the UI) needs it.
#include <QJsonObject>
#include <QString>
#include <array>

namespace entail {

struct NetConfig {
    // "cnn" / "transformer" for the built-in encoders, "torchscript" for a user-supplied module.
    QString imageEncoder = QStringLiteral("cnn");
    QString textEncoder = QStringLiteral("transformer");
    QString imageEncoderName;  // file name the TorchScript module came from (display only)
    QString textEncoderName;

    int vocabSize = 0;         // tokenizer pieces + specials; set from the tokenizer
    int maxLength = 128;       // tokens per pair, specials included

    // Built-in text encoder.
    // d_model 64 measured as good as 128 in 5-fold cross-validation on the RME training split
    // (macro-F1 0.513 vs 0.512) at a fraction of the cost; 32 too, but with less room for larger projects.
    int dModel = 64;
    int layers = 2;
    int heads = 4;
    int feedForward = 128;
    // Built-in image encoder: channels of the four stride-2 blocks.
    std::array<int, 4> cnnChannels{{16, 32, 64, 128}};

    // Encoder output sizes; set when the encoders are built or probed. At most kMaxEncoderDim: BERT-large
    // gives 1024, CLIP 768-1280; far beyond is a broken module, whose products (2 x imageDim, dim x rows)
    // would overflow 32-bit sizes. Sizes derived from these are computed in int64_t.
    static constexpr int kMaxEncoderDim = 65536;
    int imageDim = 0;
    int textDim = 0;
    int projectionDim = 256;
    double dropout = 0.1;

    // False when training saw no image (text-only data, or images switched off): the untrained image
    // encoder must not be fed at prediction time, so every image then counts as missing.
    bool useImages = true;

    // Added to the logits before softmax at prediction time (class-prior adjustment chosen on validation).
    std::array<double, 3> logitBias{{0.0, 0.0, 0.0}};
    // Divides the biased logits before softmax (temperature scaling fitted on the validation split, see
    // model/metrics/calibration.h); files written before calibration have none and load with 1.
    double temperature = 1.0;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; returns false (and a reason) for values out of range.
    static bool fromJson(const QJsonObject &json, NetConfig *config, QString *error);
};

}  // namespace entail
