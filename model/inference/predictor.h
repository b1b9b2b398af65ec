#pragma once
// Inference with a trained checkpoint. No Torch in this header: the UI includes it.
#include "model/core/types.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace entail {

class Predictor final {
public:
    // Returns nullptr and sets `error` (naming the file) for a missing, corrupt or incompatible file, or
    // naming the device when `device` ("cpu", "cuda", "cuda:N"; see model/net/computedevice.h) is unusable.
    static std::unique_ptr<Predictor> load(const QString &modelFile, QString *error,
                                           const QString &device = QStringLiteral("cpu"));
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
