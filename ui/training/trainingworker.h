#pragma once
// Runs one training run in the training thread, start to end: takes the label snapshot from the store
// (its own connection, opened and closed in this thread: no SQL on the GUI thread), prepares the next
// version, trains on the snapshot and records the version. Talks to the GUI thread only through queued
// signals and the flags it is given.
#include "model/core/types.h"
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QObject>
#include <atomic>

namespace entail {

class TrainingWorker final : public QObject {
    Q_OBJECT

public:
    // `recorded` is raised once the version row exists: a cancel that comes later must keep its file.
    TrainingWorker(TrainConfig config, QString projectPath, const std::atomic<bool> *cancel,
                   std::atomic<bool> *recorded = nullptr);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // The snapshot is taken and the version's name and file are chosen; training starts.
    void prepared(const entail::ModelVersion &version, int labeledTrainPairs);
    void progress(const entail::TrainProgress &progress);
    void epochFinished(const entail::EpochSummary &summary);
    void message(const QString &text);
    // `version.id` > 0: recorded in the project.
    void finished(const entail::TrainResult &result, const entail::ModelVersion &version);

private:
    TrainResult train(ProjectStore &store, ModelVersion *version);

    TrainConfig m_config;
    QString m_projectPath;
    const std::atomic<bool> *m_cancel;
    std::atomic<bool> *m_recorded;
};

}  // namespace entail
