#include "ui/prediction/backgroundprediction.h"

#include "model/inference/bulkprediction.h"
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
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &BackgroundPrediction::onProgressValue);
}

BackgroundPrediction::~BackgroundPrediction()
{
    m_queue.clear();
    stopRunning();
    m_watcher.waitForFinished();
}

void BackgroundPrediction::stopRunning()
{
    // Not QFuture::cancel: a cancelled future drops its result, and the batches stored so far are news.
    if (m_state)
        m_state->stop = true;
}

void BackgroundPrediction::onProgressValue()
{
    if (!m_state)
        return;
    BulkProgress p;
    {
        const std::lock_guard<std::mutex> lock(m_state->mutex);
        p = BulkProgress{m_state->done, m_state->total, m_state->seconds};
    }
    if (p.done == 0)
        return;  // the watcher's own start, before any batch: nothing to say yet
    Q_EMIT progress(p.done, p.total, p.pairsPerSecond(), p.etaSeconds());
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
        stopRunning();
    }
    m_queue.push_back(std::move(job));
    if (!m_running)
        startNext();
}

void BackgroundPrediction::cancel()
{
    m_queue.clear();
    stopRunning();
}

void BackgroundPrediction::cancelAndWait()
{
    cancel();
    m_watcher.waitForFinished();
    if (!m_running)
        return;
    m_running.reset();  // the watcher's queued finished() finds no job and is ignored
    m_state.reset();
    Q_EMIT busyChanged(false);
}

void BackgroundPrediction::startNext()
{
    if (m_queue.empty())
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    m_state = std::make_shared<JobState>();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &BackgroundPrediction::run, *m_running, m_state));
    Q_EMIT busyChanged(true);
    Q_EMIT started(m_running->version.name);
}

void BackgroundPrediction::onWatcherFinished()
{
    if (!m_running)
        return;
    const QFuture<PredictionOutcome> future = m_watcher.future();
    PredictionOutcome outcome;
    if (future.resultCount() > 0)
        outcome = future.result();
    else
        outcome.cancelled = true;
    outcome.job = std::move(*m_running);
    m_running.reset();
    m_state.reset();
    const bool superseded = outcome.cancelled && !m_queue.empty();
    if (!superseded)
        Q_EMIT finished(outcome);
    if (m_queue.empty())
        Q_EMIT busyChanged(false);
    else
        startNext();
}

QString BackgroundPrediction::summary(const PredictionOutcome &o)
{
    const QString kept = o.stored > 0
        ? tr("the predictions of %1 of %2 pairs are stored in the project").arg(o.stored).arg(o.total)
        : tr("nothing was stored");
    if (o.cancelled)
        return tr("Prediction cancelled: %1.").arg(kept);
    if (!o.error.isEmpty())
        return o.stored > 0 ? tr("%1 (%2)").arg(o.error, kept) : o.error;
    if (!o.saveError.isEmpty() && o.stored > 0)
        return tr("Predictions done, but only %1 of %2 saved in the project: %3").arg(o.stored).arg(o.total).arg(o.saveError);
    if (!o.saveError.isEmpty())
        return tr("Predictions done, but not saved in the project: %1").arg(o.saveError);
    const int count = int(o.keys.size());
    const double rate = o.seconds > 0 ? count / o.seconds : 0.0;
    return tr("Predicted %n pair(s) in %1 s (%2 pairs/s)", nullptr, count)
        .arg(o.seconds, 0, 'f', 1).arg(qRound(rate));
}

void BackgroundPrediction::run(QPromise<PredictionOutcome> &promise, const PredictionJob &job,
                               const JobStatePtr &state)
{
    BackgroundPriority::applyToCurrentThread();  // our own pool's thread: the GUI keeps the CPU first
    PredictionOutcome out;
    ProjectStore store;  // this thread's own connection, closed before the thread ends
    if (!store.open(job.projectPath, &out.error)) {
        promise.addResult(std::move(out));
        return;
    }
    out.predictor = job.predictor;
    if (!out.predictor)
        out.predictor.reset(Predictor::load(job.version.file, &out.error).release());
    out.cancelled = out.predictor && state->stop;
    if (!out.predictor || out.cancelled) {
        promise.addResult(std::move(out));
        return;
    }
    int lastPercent = -1, lastTotal = -1;
    auto report = [&](const BulkProgress &p) {
        {
            const std::lock_guard<std::mutex> lock(state->mutex);
            state->done = p.done;
            state->total = p.total;
            state->seconds = p.seconds;
        }
        // About a hundred updates, whatever the size: a queued signal per batch would flood the GUI.
        const int percent = p.total > 0 ? int(qint64(p.done) * 100 / p.total) : 100;
        if (p.total != lastTotal) {
            lastTotal = p.total;
            promise.setProgressRange(0, p.total);
        }
        if (percent != lastPercent) {
            lastPercent = percent;
            promise.setProgressValue(p.done);  // Qt passes on at most 25 a second, and always the last
        }
    };
    BulkPrediction::Options options;
    options.modelId = job.version.id;
    BulkPredictionResult result = BulkPrediction::run(store, *out.predictor, options, report, &state->stop);
    out.keys = std::move(result.keys);
    out.predictions = std::move(result.predictions);
    out.stored = result.stored;
    out.total = result.total;
    out.seconds = result.seconds;
    out.cancelled = result.cancelled;
    out.error = result.error;
    out.saveError = result.saveError;
    promise.addResult(std::move(out));
}

}  // namespace entail
