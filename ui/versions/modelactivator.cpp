#include "ui/versions/modelactivator.h"

#include "model/runtime/backgroundpriority.h"

#include <QtConcurrent/QtConcurrentRun>

namespace entail {

struct ModelActivator::Job {
    ModelVersion version;
    bool activate = false;
    std::atomic<bool> cancel{false};
};

ModelActivator::ModelActivator(QObject *parent) : QObject(parent)
{
    registerTrainingMetaTypes();
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ModelActivator::onJobFinished);
}

ModelActivator::~ModelActivator()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel = true;
    m_watcher.waitForFinished();
}

qint64 ModelActivator::busyWith() const { return m_job ? m_job->version.id : 0; }

void ModelActivator::setStore(ProjectStore *store)
{
    if (store == m_store)
        return;
    cancelAndWait();
    m_store = store;
}

void ModelActivator::cancelAndWait()
{
    m_queue.clear();
    if (!m_job)
        return;
    m_job->cancel = true;
    m_watcher.waitForFinished();
    m_job.reset();  // the watcher's queued finished() finds no job and is ignored
    Q_EMIT busyChanged(false);
}

void ModelActivator::predict(const ModelVersion &version, bool activate)
{
    m_queue.emplace_back(version, activate);
    if (!m_job)
        startNext();
}

void ModelActivator::startNext()
{
    if (m_queue.empty() || !m_store || !m_store->isOpen())
        return;
    m_job = std::make_unique<Job>();
    m_job->version = m_queue.front().first;
    m_job->activate = m_queue.front().second;
    m_queue.pop_front();

    // The store belongs to this thread: the pairs are read here, the worker gets a copy.
    std::vector<Pair> pairs = m_store->dataset().pairs;
    const QString file = m_job->version.file;
    const QString name = m_job->version.name;
    const std::atomic<bool> *cancel = &m_job->cancel;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, pairs = std::move(pairs), file, name, cancel]() {
        BackgroundPriority::applyToCurrentThread();
        Outcome out;
        QString error;
        std::shared_ptr<Predictor> predictor(Predictor::load(file, &error).release());
        if (!predictor) {
            out.error = error;
            return out;
        }
        // Queued into the GUI thread. `this` outlives the job: the destructor waits for it.
        auto report = [this, name](int done, int total) {
            QMetaObject::invokeMethod(this, [this, name, done, total] { Q_EMIT progress(name, done, total); },
                                      Qt::QueuedConnection);
        };
        out.predictions = predictor->predictAll(pairs, report, cancel);
        if (cancel->load()) {
            out.cancelled = true;
            return out;
        }
        out.keys.reserve(pairs.size());
        for (const Pair &p : pairs)
            out.keys.push_back(p.key);
        out.predictor = std::move(predictor);
        return out;
    }));
    Q_EMIT busyChanged(true);
}

void ModelActivator::onJobFinished()
{
    if (!m_job)
        return;
    const std::unique_ptr<Job> job = std::move(m_job);
    const Outcome out = m_watcher.result();
    QString error = out.error;
    if (!out.cancelled && error.isEmpty()) {
        if (!m_store || !m_store->isOpen())
            error = tr("The project was closed before the predictions of %1 could be stored.").arg(job->version.name);
        else if (out.predictions.size() != out.keys.size())
            error = tr("Model %1 returned %2 predictions for %3 pairs.")
                        .arg(job->version.name).arg(out.predictions.size()).arg(out.keys.size());
        else if (m_store->savePredictions(job->version.id, out.keys, out.predictions, &error)) {
            Q_EMIT predictionsSaved(job->version.id, out.keys, out.predictions);
            if (job->activate && m_store->setActiveModel(job->version.id, &error)) {
                ModelVersion active = job->version;
                active.active = true;
                Q_EMIT activated(active, out.predictor, out.keys, out.predictions);
            }
        }
    }
    if (!error.isEmpty())
        Q_EMIT failed(error);
    if (m_queue.empty())
        Q_EMIT busyChanged(false);
    else
        startNext();
}

}  // namespace entail
