#pragma once
// How long a training run will take on this computer, from the runs it has already done: every recorded
// version keeps its time per training batch and the computer it was measured on (TrainingRecord), because
// absolute times differ between machines (one 2-core VM measured 2.4x another). No Torch: the UI includes it.
#include "model/core/types.h"
#include "model/training/trainingrecord.h"

#include <QString>
#include <vector>

namespace entail {

struct DurationEstimate {
    bool known = false;
    QString fromVersion;           // the run it is measured from
    double measuredBatchSeconds = 0.0;  // that run's time per batch, at its batch size
    int measuredBatchSize = 0;
    int epochs = 0;                // the new run's epochs (early stopping can end it sooner)
    int batchesPerEpoch = 0;
    double seconds = 0.0;          // the whole new run when it trains every epoch
    // When the measured run stopped early, the new run is likely to stop after as many epochs.
    int likelyEpochs = 0;
    double likelySeconds = 0.0;
};

class TrainingDuration final {
public:
    // Runs whose batches cost about the same: the same parts train, on the same encoders, images and device.
    static bool similar(const TrainConfig &a, const TrainConfig &b);
    // The arithmetic: the measured time per batch scaled to the new batch size, times the new run's batches,
    // plus the measured run's other time (tokenizer, validation) per epoch, times the new run's epochs (and
    // times the epochs the measured run trained, when it stopped early).
    static DurationEstimate fromRun(const VersionRecord &run, const QString &runName, const TrainConfig &config,
                                    int trainPairs);
    // From the newest similar run measured on `machine` among `versions` (as ProjectStore::models() lists
    // them); not known when there is none.
    static DurationEstimate estimate(const std::vector<ModelVersion> &versions, const TrainConfig &config,
                                     int trainPairs, const QString &machine = TrainingRecord::machineId());
};

}  // namespace entail
