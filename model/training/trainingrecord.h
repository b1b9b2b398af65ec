#pragma once
// What a model version records in the project besides its checkpoint: the training configuration and the
// full label snapshot it was trained on (ModelVersion::configJson), its metrics and the per-epoch history
// (ModelVersion::metricsJson). The snapshot lives in the store so that it is committed together with the
// version row: there is no second file that could be lost or left behind.
#include "model/metrics/metrics.h"
#include "model/core/types.h"
#include "model/store/store.h"
#include "model/training/trainer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>
#include <map>
#include <vector>

namespace entail {

struct VersionRecord {
    bool hasConfig = false;
    TrainConfig config;
    std::map<qint64, int> labels;            // pair key -> label when the run started (kNoLabel: none)
    std::array<int, kNumSplits> labeled{};   // labeled pairs per split in the snapshot
    QString labelsSha256;
    bool hasMetrics = false;
    Metrics validation;
    Metrics test;
    bool hasTest = false;
    int bestEpoch = 0;
    double seconds = 0.0;
    double batchSeconds = 0.0;               // the part of `seconds` spent in training batches
    int batchesRun = 0;
    QString machine;                         // machineId() of the computer that trained it
    std::vector<EpochSummary> history;       // validation metrics keep only accuracy and macro-F1
};

class TrainingRecord final {
    Q_DECLARE_TR_FUNCTIONS(TrainingRecord)

public:
    static QString configJson(const TrainConfig &config, const Dataset &snapshot);
    static QString metricsJson(const TrainResult &result, const std::vector<EpochSummary> &history);
    // Tolerant: a version written by another tool keeps whatever parts it lacks empty.
    static VersionRecord read(const ModelVersion &version);

    // A digest of this computer's identity, recorded with each run's timing (no host name in the project).
    static QString machineId();

    static QJsonObject configToJson(const TrainConfig &config);
    static TrainConfig configFromJson(const QJsonObject &json);
    // Order-independent digest of (key, label, split) of every pair: equal snapshots, equal digests.
    static QString labelsSha256(const Dataset &snapshot);

    static constexpr const char *kModelSuffix = ".entailmodel";
    // "vN" for the next version of `store`: neither a recorded version nor a file in `modelsDir` has it
    // (a file without a version row, e.g. after a crash between the commit and addModel, is never overwritten).
    static QString nextVersionName(const ProjectStore &store, const QString &modelsDir);

    // A training run that becomes a version (the Train button and `entail train --project` alike):
    // before the run, the next version's name, its file in the project's models folder (created if
    // needed, stale temporary files removed) and its configuration record; false, with a reason naming
    // the folder, if it cannot be made.
    static bool prepareVersion(const ProjectStore &store, const TrainConfig &config, const Dataset &snapshot,
                               ModelVersion *version, QString *error);
    // After a successful run whose checkpoint is at version->file: records the version in `store` (null:
    // the project was closed meanwhile). A checkpoint that is not recorded is deleted, as no version
    // would point to it.
    static bool recordVersion(ProjectStore *store, ModelVersion *version, const TrainResult &result,
                              const std::vector<EpochSummary> &history, QString *error);
    // Files QSaveFile left in `modelsDir` when a process was killed while writing a checkpoint (older than
    // `minAgeSeconds`, so that another process's write in progress is left alone). Returns the count removed.
    static int removeStaleTempFiles(const QString &modelsDir, int minAgeSeconds = 60);
    // Complete checkpoints "vN.entailmodel" in `modelsDir` that no version of `store` records (a run killed
    // between saving its checkpoint and recording it) are removed, as nothing records how they were trained,
    // so that version names never skip a number. Files younger than `minAgeSeconds` are left to the run that
    // may still record them. Each removal is reported (qWarning) and returned.
    static QStringList removeOrphanCheckpoints(const ProjectStore &store, const QString &modelsDir,
                                               int minAgeSeconds = 10);
};

}  // namespace entail
