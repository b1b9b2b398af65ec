#include "ui/prediction/batchprediction.h"

#include "model/store/store.h"
#include "model/runtime/backgroundpriority.h"

#include <QtConcurrent>

namespace entail {

BatchPrediction::BatchPrediction(QObject *parent) : QObject(parent) { m_pool.setMaxThreadCount(1); }

BatchPrediction::~BatchPrediction()
{
    cancel();
    m_pool.waitForDone();
}

bool BatchPrediction::isRunning() const { return m_watcher && m_watcher->isRunning(); }

void BatchPrediction::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void BatchPrediction::start(std::shared_ptr<const Predictor> predictor, std::vector<Pair> pairs,
                            const QString &projectPath, qint64 modelId)
{
    cancel();
    if (m_watcher) {
        // The old worker stops at its next batch; its result is dropped with its watcher.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        m_watcher = nullptr;
    }
    auto job = std::make_shared<Job>();
    m_job = job;
    const int total = int(pairs.size());
    QPointer<BatchPrediction> self(this);
    auto work = [job, predictor, pairs = std::move(pairs), projectPath, modelId, self]() {
        BackgroundPriority::applyToCurrentThread();  // our own pool's thread: the GUI keeps the CPU first
        BatchResult result;
        result.projectPath = projectPath;
        result.modelId = modelId;
        auto report = [&](int done, int n) {
            // About a hundred updates, whatever the size: a queued signal per pair would flood the GUI.
            const int percent = n > 0 ? done * 100 / n : 100;
            if (percent == job->lastReported.exchange(percent))
                return;
            QMetaObject::invokeMethod(
                self, [self, done, n] { if (self) Q_EMIT self->progress(done, n); }, Qt::QueuedConnection);
        };
        result.predictions = predictor->predictAll(pairs, report, &job->cancel);
        if (job->cancel || result.predictions.size() != pairs.size()) {
            result.cancelled = true;
            result.predictions.clear();
            return result;
        }
        result.keys.reserve(pairs.size());
        for (const Pair &p : pairs)
            result.keys.push_back(p.key);
        if (!projectPath.isEmpty() && modelId > 0) {
            ProjectStore store;
            if (!store.open(projectPath, &result.saveError)
                || !store.savePredictions(modelId, result.keys, result.predictions, &result.saveError)) {
                if (result.saveError.isEmpty())
                    result.saveError = store.lastError();
            }
        }
        return result;
    };
    m_watcher = new QFutureWatcher<BatchResult>(this);
    QFutureWatcher<BatchResult> *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const BatchResult result = watcher->result();
        watcher->deleteLater();
        if (m_watcher == watcher)
            m_watcher = nullptr;
        Q_EMIT finished(result);
    });
    Q_EMIT started(total);
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

}  // namespace entail
