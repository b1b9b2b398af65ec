#include "model/training/trainingduration.h"

#include <algorithm>

namespace entail {

bool TrainingDuration::similar(const TrainConfig &a, const TrainConfig &b)
{
    return a.trainEncoders == b.trainEncoders && a.useImages == b.useImages
        && a.imageEncoderFile == b.imageEncoderFile && a.textEncoderFile == b.textEncoderFile
        && a.device == b.device;
}

DurationEstimate TrainingDuration::fromRun(const VersionRecord &run, const QString &runName, const TrainConfig &config,
                                           int trainPairs)
{
    DurationEstimate e;
    if (run.batchesRun <= 0 || trainPairs <= 0)
        return e;
    e.known = true;
    e.fromVersion = runName;
    e.measuredBatchSeconds = run.batchSeconds / run.batchesRun;
    e.measuredBatchSize = std::max(1, run.config.batchSize);
    const int batchSize = std::max(1, config.batchSize);
    // A batch's cost grows about linearly with its pairs (the same network on every pair).
    const double batchSeconds = e.measuredBatchSeconds * batchSize / e.measuredBatchSize;
    const double otherPerEpoch = std::max(0.0, run.seconds - run.batchSeconds) / double(std::max<size_t>(1, run.history.size()));
    e.epochs = epochsToTrain(config);
    e.batchesPerEpoch = (trainPairs + batchSize - 1) / batchSize;
    const double perEpoch = e.batchesPerEpoch * batchSeconds + otherPerEpoch;
    e.seconds = e.epochs * perEpoch;
    const int runEpochs = int(run.history.size());
    const bool stoppedEarly = runEpochs > 0 && runEpochs < epochsToTrain(run.config);
    e.likelyEpochs = stoppedEarly ? std::min(e.epochs, runEpochs) : e.epochs;
    e.likelySeconds = e.likelyEpochs * perEpoch;
    return e;
}

DurationEstimate TrainingDuration::estimate(const std::vector<ModelVersion> &versions, const TrainConfig &config,
                                            int trainPairs, const QString &machine)
{
    const ModelVersion *newest = nullptr;
    VersionRecord newestRecord;
    for (const ModelVersion &v : versions) {
        if (newest && v.id < newest->id)
            continue;
        VersionRecord r = TrainingRecord::read(v);
        if (r.hasConfig && r.batchesRun > 0 && r.machine == machine && similar(r.config, config)) {
            newest = &v;
            newestRecord = std::move(r);
        }
    }
    return newest ? fromRun(newestRecord, newest->name, config, trainPairs) : DurationEstimate{};
}

}  // namespace entail
