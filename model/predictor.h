#pragma once
// Inference with a trained checkpoint. No Torch in this header: the UI includes it.
#include "model/labels.h"
#include "model/metrics.h"
#include "model/pair.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace entail {

struct Prediction {
    Probs both{};       // the full model
    Probs textOnly{};   // image embeddings replaced by the learned "missing" embedding
    Probs imageOnly{};  // text masked
    int label() const { return argmax(both); }
    float confidence() const { return both[label()]; }
};

struct ModelInfo {
    QString file;
    QString imageEncoder;   // "cnn" or "torchscript:<name>"
    QString textEncoder;    // "transformer" or "torchscript:<name>"
    QString loss;
    QString createdAt;      // ISO 8601
    int epochs = 0;
    Metrics validation;     // metrics recorded at training time
    Metrics test;
    bool hasTest = false;
};

class Predictor final {
public:
    // Returns nullptr and sets `error` (naming the file) for a missing, corrupt or incompatible file.
    static std::unique_ptr<Predictor> load(const QString &modelFile, QString *error);
    ~Predictor();

    ModelInfo info() const;
    // Safe to call from any thread (inference mode is set inside); cheap enough for live use.
    Prediction predict(const Pair &pair) const;
    // Batched; `progress(done, total)` from the calling thread. Returns an empty vector when cancelled.
    std::vector<Prediction> predictAll(const std::vector<Pair> &pairs,
                                       const std::function<void(int, int)> &progress = {},
                                       const std::atomic<bool> *cancel = nullptr) const;
    // Forgets the cached encoder outputs (they are keyed by text and by image file, size and time).
    void clearCache();

private:
    Predictor();
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace entail
