#pragma once
// Runs one Trainer::train in the training thread. Lives in that thread; talks only through signals
// (queued to the GUI thread) and the cancel flag it is given. Never touches the project store.
#include "model/core/types.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QObject>
#include <atomic>

namespace entail {

class TrainingWorker final : public QObject {
    Q_OBJECT

public:
    TrainingWorker(TrainConfig config, Dataset snapshot, QString outModelFile, const std::atomic<bool> *cancel);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progress(const entail::TrainProgress &progress);
    void epochFinished(const entail::EpochSummary &summary);
    void message(const QString &text);
    void finished(const entail::TrainResult &result);

private:
    TrainConfig m_config;
    Dataset m_snapshot;
    QString m_outModelFile;
    const std::atomic<bool> *m_cancel;
};

}  // namespace entail
