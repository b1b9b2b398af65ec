#include "ui/training/trainingworker.h"

#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "model/training/trainingrecord.h"
#include "ui/common/trainingmetatypes.h"

#include <QCoreApplication>
#include <exception>

namespace entail {

namespace {
TrainResult failure(const QString &error)
{
    TrainResult result;
    result.ok = false;
    result.error = error;
    return result;
}
}  // namespace

TrainingWorker::TrainingWorker(TrainConfig config, QString projectPath, const std::atomic<bool> *cancel,
                               std::atomic<bool> *recorded)
    : m_config(std::move(config)), m_projectPath(std::move(projectPath)), m_cancel(cancel), m_recorded(recorded)
{
}

void TrainingWorker::run()
{
    TrainResult result;
    ModelVersion version;
    try {
        ProjectStore store;  // this thread's own connection, closed before run() returns
        QString error;
        result = store.open(m_projectPath, &error) ? train(store, &version) : failure(error);
    } catch (const std::exception &e) {
        // Trainer catches Torch's errors itself; this is the last line for anything else (e.g. bad_alloc).
        result = failure(QCoreApplication::translate("TrainingWorker", "training failed: %1")
                             .arg(QString::fromLocal8Bit(e.what())));
    }
    if (m_cancel && m_cancel->load() && version.id == 0)
        result.cancelled = true;
    releaseFreedMemory();  // the network, its optimizer and the prepared data are gone now
    Q_EMIT finished(result, version);
}

TrainResult TrainingWorker::train(ProjectStore &store, ModelVersion *version)
{
    const Dataset snapshot = store.dataset();
    int labeledTrain = 0;
    for (const Pair &p : snapshot.pairs)
        labeledTrain += (p.split == Split::Train && isValidLabel(p.currentLabel)) ? 1 : 0;
    if (labeledTrain == 0)
        return failure(QCoreApplication::translate("TrainingController",
                                                   "The project has no labeled pairs in its training split."));
    QString error;
    if (!TrainingRecord::prepareVersion(store, m_config, snapshot, version, &error))
        return failure(error);
    Q_EMIT prepared(*version, labeledTrain);

    std::vector<EpochSummary> history;
    Trainer trainer(m_config);
    // The callbacks run in this thread; emitting from here queues the calls into the GUI thread.
    trainer.onProgress = [this](const TrainProgress &p) { Q_EMIT progress(p); };
    trainer.onEpoch = [this, &history](const EpochSummary &s) {
        history.push_back(s);
        Q_EMIT epochFinished(s);
    };
    trainer.onMessage = [this](const QString &m) { Q_EMIT message(m); };
    TrainResult result = trainer.train(snapshot, version->file, m_cancel);
    // The user asked to stop: a run that happened to complete anyway must not become a version.
    if (!result.ok || (m_cancel && m_cancel->load()))
        return result;
    if (!TrainingRecord::recordVersion(&store, version, result, history, &error))
        return failure(error);
    if (m_recorded)
        *m_recorded = true;
    return result;
}

}  // namespace entail
