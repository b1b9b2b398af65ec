#pragma once
// Training of the entailment network. No Torch in this header: the UI includes it.
#include "model/training/trainingtypes.h"

#include <QString>
#include <atomic>

namespace entail {

// The callbacks (TrainCallbacks) are called from the training thread.
class Trainer final : public TrainCallbacks {
public:
    explicit Trainer(TrainConfig config);
    ~Trainer();

    // Trains on labeled Split::Train pairs, early-stops on Split::Validation, reports Split::Test, and
    // writes the best model atomically to `outModelFile` (nothing is written when cancelled or failed;
    // nothing at all when `outModelFile` is empty, e.g. for cross-validation).
    // `cancel` is polled between batches.
    TrainResult train(const Dataset &dataset, const QString &outModelFile, const std::atomic<bool> *cancel);

private:
    TrainConfig m_config;
};

}  // namespace entail
