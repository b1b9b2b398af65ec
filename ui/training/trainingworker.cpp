#include "ui/training/trainingworker.h"

#include "ui/common/trainingmetatypes.h"

#include <QCoreApplication>
#include <exception>

namespace entail {

TrainingWorker::TrainingWorker(TrainConfig config, Dataset snapshot, QString outModelFile,
                               const std::atomic<bool> *cancel)
    : m_config(std::move(config)), m_snapshot(std::move(snapshot)), m_outModelFile(std::move(outModelFile)),
      m_cancel(cancel)
{
}

void TrainingWorker::run()
{
    TrainResult result;
    try {
        Trainer trainer(m_config);
        // The callbacks run in this thread; emitting from here queues the calls into the GUI thread.
        trainer.onProgress = [this](const TrainProgress &p) { Q_EMIT progress(p); };
        trainer.onEpoch = [this](const EpochSummary &s) { Q_EMIT epochFinished(s); };
        trainer.onMessage = [this](const QString &m) { Q_EMIT message(m); };
        result = trainer.train(m_snapshot, m_outModelFile, m_cancel);
    } catch (const std::exception &e) {
        // Trainer catches Torch's errors itself; this is the last line for anything else (e.g. bad_alloc).
        result.ok = false;
        result.error = QCoreApplication::translate("TrainingWorker", "training failed: %1")
                           .arg(QString::fromLocal8Bit(e.what()));
    }
    if (m_cancel && m_cancel->load() && !result.ok)
        result.cancelled = true;
    Q_EMIT finished(result);
}

}  // namespace entail
