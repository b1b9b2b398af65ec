#include "ui/prediction/backgroundprediction.h"

#include "model/runtime/backgroundpriority.h"
#include "model/store/store.h"

#include <QtConcurrent>
#include <atomic>

namespace entail {

BackgroundPrediction::BackgroundPrediction(QObject *parent) : QObject(parent)
{
    registerTrainingMetaTypes();
    qRegisterMetaType<PredictionOutcome>();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundPrediction::onWatcherFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int done) { Q_EMIT progress(done, m_watcher.progressMaximum()); });
}

BackgroundPrediction::~BackgroundPrediction()
{
    m_queue.clear();
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BackgroundPrediction::enqueue(PredictionJob job)
{
    const qint64 id = job.version.id;
    for (auto it = m_queue.begin(); id > 0 && it != m_queue.end();) {
        if (it->version.id != id) {
            ++it;
            continue;
        }
        job.activate = job.activate || it->activate;
        it = m_queue.erase(it);
    }
    if (m_running && id > 0 && m_running->version.id == id) {
        // Superseded: its end is not announced (see onWatcherFinished); this one runs next.
        job.activate = job.activate || m_running->activate;
        m_watcher.cancel();
    }
    m_queue.push_back(std::move(job));
    if (!m_running)
        startNext();
}

void BackgroundPrediction::cancel()
{
    m_queue.clear();
    m_watcher.cancel();
}

void BackgroundPrediction::cancelAndWait()
{
    cancel();
    m_watcher.waitForFinished();
    if (!m_running)
        return;
    m_running.reset();  // the watcher's queued finished() finds no job and is ignored
    Q_EMIT busyChanged(false);
}

void BackgroundPrediction::startNext()
{
    if (m_queue.empty())
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &BackgroundPrediction::run, *m_running));
    Q_EMIT busyChanged(true);
    Q_EMIT started(m_running->version.name);
}

void BackgroundPrediction::onWatcherFinished()
{
    if (!m_running)
        return;
    const QFuture<PredictionOutcome> future = m_watcher.future();
    PredictionOutcome outcome;
    if (!future.isCanceled() && future.resultCount() > 0)
        outcome = future.result();
    else
        outcome.cancelled = true;
    outcome.job = std::move(*m_running);
    m_running.reset();
    const bool superseded = outcome.cancelled && !m_queue.empty();
    if (!superseded)
        Q_EMIT finished(outcome);
    if (m_queue.empty())
        Q_EMIT busyChanged(false);
    else
        startNext();
}

void BackgroundPrediction::run(QPromise<PredictionOutcome> &promise, const PredictionJob &job)
{
    BackgroundPriority::applyToCurrentThread();  // our own pool's thread: the GUI keeps the CPU first
    PredictionOutcome out;
    ProjectStore store;  // this thread's own connection, closed before the thread ends
    if (!store.open(job.projectPath, &out.error)) {
        promise.addResult(std::move(out));
        return;
    }
    const std::vector<Pair> pairs = store.dataset().pairs;
    out.predictor = job.predictor;
    if (!out.predictor)
        out.predictor.reset(Predictor::load(job.version.file, &out.error).release());
    if (!out.predictor) {
        promise.addResult(std::move(out));
        return;
    }
    std::atomic<bool> cancel{false};
    int lastPercent = -1;
    promise.setProgressRange(0, int(pairs.size()));
    auto report = [&](int done, int total) {
        cancel = promise.isCanceled();
        // About a hundred updates, whatever the size: a queued signal per batch would flood the GUI.
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent != lastPercent) {
            lastPercent = percent;
            promise.setProgressValue(done);
        }
    };
    out.predictions = out.predictor->predictAll(pairs, report, &cancel);
    if (cancel || promise.isCanceled())
        return;
    if (out.predictions.size() != pairs.size()) {
        out.error = tr("Model %1 returned %2 predictions for %3 pairs.")
                        .arg(job.version.name).arg(out.predictions.size()).arg(pairs.size());
        promise.addResult(std::move(out));
        return;
    }
    out.keys.reserve(pairs.size());
    for (const Pair &p : pairs)
        out.keys.push_back(p.key);
    if (job.version.id > 0 && !store.savePredictions(job.version.id, out.keys, out.predictions, &out.saveError)
        && out.saveError.isEmpty())
        out.saveError = store.lastError();
    promise.addResult(std::move(out));
}

}  // namespace entail
