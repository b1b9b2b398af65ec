#include "ui/training/trainingcontroller.h"

#include "model/runtime/backgroundpriority.h"
#include "ui/common/trainingmetatypes.h"
#include "model/training/trainingrecord.h"
#include "ui/training/trainingworker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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

void TrainingController::setStore(ProjectStore *store)
{
    if (store == m_store)
        return;
    if (m_running)
        cancelAndWait();
    m_store = store;
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
    if (!m_store || !m_store->isOpen())
        return refuse(tr("No project is open."));

    Dataset snapshot = m_store->dataset();
    int labeledTrain = 0;
    for (const Pair &p : snapshot.pairs)
        labeledTrain += (p.split == Split::Train && isValidLabel(p.currentLabel)) ? 1 : 0;
    if (labeledTrain == 0)
        return refuse(tr("The project has no labeled pairs in its training split."));

    QString why;
    if (!TrainingRecord::prepareVersion(*m_store, config, snapshot, &m_run, &why))
        return refuse(why);
    m_history.clear();
    m_cancel = false;
    m_running = true;
    const quint64 generation = ++m_generation;

    auto *worker = new TrainingWorker(config, std::move(snapshot), m_run.file, &m_cancel);
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(worker, &TrainingWorker::finished, worker, &QObject::deleteLater);
    // Lambdas with `this` as context: queued into the GUI thread, dropped once the run is abandoned.
    auto current = [this, generation] { return m_running && generation == m_generation; };
    connect(worker, &TrainingWorker::progress, this, [this, current](const TrainProgress &p) {
        if (current())
            Q_EMIT progress(p);
    });
    connect(worker, &TrainingWorker::epochFinished, this, [this, current](const EpochSummary &s) {
        if (!current())
            return;
        m_history.push_back(s);
        Q_EMIT epochFinished(s);
    });
    connect(worker, &TrainingWorker::message, this, [this, current](const QString &m) {
        if (current())
            Q_EMIT message(m);
    });
    connect(worker, &TrainingWorker::finished, this, [this, current](const TrainResult &r) {
        if (current())
            onWorkerFinished(r);
    });
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(worker, &TrainingWorker::run, Qt::QueuedConnection);

    Q_EMIT runningChanged(true);
    Q_EMIT started(m_run.name, config, labeledTrain);
    return true;
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

void TrainingController::onWorkerFinished(const TrainResult &result)
{
    const QString file = m_run.file;
    if (m_cancel || result.cancelled) {
        // The user asked to stop: a run that happened to complete anyway must not become a version.
        QFile::remove(file);
        endRun();
        Q_EMIT cancelled();
        return;
    }
    if (!result.ok) {
        QFile::remove(file);
        endRun();
        Q_EMIT failed(result.error);
        return;
    }
    ModelVersion version = m_run;
    QString error;
    const bool recorded = TrainingRecord::recordVersion(m_store, &version, result, m_history, &error);
    endRun();
    if (!recorded)
        Q_EMIT failed(error);
    else
        Q_EMIT finished(version, result);
}

}  // namespace entail
