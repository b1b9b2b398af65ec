#include "ui/training/trainingcontroller.h"

#include "model/runtime/backgroundpriority.h"
#include "ui/common/trainingmetatypes.h"
#include "ui/training/trainingworker.h"

#include <QFile>

namespace entail {

TrainingController::TrainingController(QObject *parent) : QObject(parent)
{
    registerTrainingMetaTypes();
    m_thread.setObjectName(QStringLiteral("training"));
    // Emitted in the new thread: the priority is the thread's own (and that of the threads it starts).
    connect(&m_thread, &QThread::started, &m_thread, &BackgroundPriority::applyToCurrentThread,
            Qt::DirectConnection);
}

TrainingController::~TrainingController()
{
    m_cancel = true;
    joinThread();
}

void TrainingController::joinThread()
{
    // quit() is handled after the worker's run() returns: the trainer polls the flag between batches.
    m_thread.quit();
    m_thread.wait();
    // A worker whose run() had not started yet would otherwise start when the thread is next started.
    delete m_worker.data();
}

void TrainingController::setProjectPath(const QString &path)
{
    if (path == m_projectPath)
        return;
    if (m_running)
        cancelAndWait();
    m_projectPath = path;
}

bool TrainingController::start(const TrainConfig &config, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return refuse(tr("A training run is already active."));
    if (m_projectPath.isEmpty())
        return refuse(tr("No project is open."));

    m_run = ModelVersion{};
    m_cancel = false;
    m_recorded = false;
    m_running = true;
    auto *worker = new TrainingWorker(config, m_projectPath, &m_cancel, &m_recorded);
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connectWorker(worker, config);
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(worker, &TrainingWorker::run, Qt::QueuedConnection);
    Q_EMIT runningChanged(true);
    return true;
}

void TrainingController::connectWorker(TrainingWorker *worker, const TrainConfig &config)
{
    const quint64 generation = ++m_generation;
    connect(worker, &TrainingWorker::finished, worker, &QObject::deleteLater);
    // Lambdas with `this` as context: queued into the GUI thread, dropped once the run is abandoned.
    auto current = [this, generation] { return m_running && generation == m_generation; };
    connect(worker, &TrainingWorker::prepared, this, [this, current, config](const ModelVersion &run, int labeled) {
        if (!current())
            return;
        m_run = run;
        Q_EMIT started(m_run.name, config, labeled);
    });
    connect(worker, &TrainingWorker::progress, this, [this, current](const TrainProgress &p) {
        if (current())
            Q_EMIT progress(p);
    });
    connect(worker, &TrainingWorker::epochFinished, this, [this, current](const EpochSummary &s) {
        if (current())
            Q_EMIT epochFinished(s);
    });
    connect(worker, &TrainingWorker::message, this, [this, current](const QString &m) {
        if (current())
            Q_EMIT message(m);
    });
    connect(worker, &TrainingWorker::finished, this, [this, current](const TrainResult &r, const ModelVersion &v) {
        if (current())
            onWorkerFinished(r, v);
    });
}

void TrainingController::cancel()
{
    if (m_running)
        m_cancel = true;
}

void TrainingController::cancelAndWait()
{
    m_cancel = true;
    if (!m_running)
        return;
    joinThread();
    if (!m_recorded && !m_run.file.isEmpty())
        QFile::remove(m_run.file);  // in case the run saved just before it saw the flag
    endRun();
    Q_EMIT cancelled();
}

void TrainingController::endRun()
{
    m_running = false;
    ++m_generation;
    Q_EMIT runningChanged(false);
}

void TrainingController::onWorkerFinished(const TrainResult &result, const ModelVersion &version)
{
    const QString file = m_run.file;
    endRun();
    if (version.id > 0) {
        Q_EMIT finished(version, result);
    } else if (m_cancel || result.cancelled) {
        if (!file.isEmpty())
            QFile::remove(file);  // a run that happened to complete anyway did not become a version
        Q_EMIT cancelled();
    } else {
        if (!file.isEmpty())
            QFile::remove(file);
        Q_EMIT failed(result.error);
    }
}

}  // namespace entail
