#include "ui/trainingcontroller.h"

#include "ui/backgroundpriority.h"
#include "ui/trainingmetatypes.h"
#include "model/trainingrecord.h"
#include "ui/trainingworker.h"

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

    const QString modelsDir = QDir(m_store->modelsDir()).absolutePath();
    if (!QDir().mkpath(modelsDir))
        return refuse(tr("Cannot create the models folder %1.").arg(QDir::toNativeSeparators(modelsDir)));
    removeStaleTempFiles(modelsDir);

    m_runName = TrainingRecord::nextVersionName(*m_store, modelsDir);
    m_runFile = QDir(modelsDir).filePath(m_runName + QLatin1String(TrainingRecord::kModelSuffix));
    m_runConfigJson = TrainingRecord::configJson(config, snapshot);
    m_history.clear();
    m_cancel = false;
    m_running = true;
    const quint64 generation = ++m_generation;

    auto *worker = new TrainingWorker(config, std::move(snapshot), m_runFile, &m_cancel);
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
    Q_EMIT started(m_runName, config, labeledTrain);
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
    QFile::remove(m_runFile);  // in case the run saved just before it saw the flag
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
    const QString file = m_runFile;
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
    QString error;
    ModelVersion version;
    version.name = m_runName;
    version.file = file;
    version.created = QDateTime::currentDateTimeUtc();
    version.configJson = m_runConfigJson;
    version.metricsJson = TrainingRecord::metricsJson(result, m_history);
    if (!QFileInfo::exists(file)) {
        error = tr("The training finished but its model file %1 is missing.").arg(QDir::toNativeSeparators(file));
    } else if (!m_store || !m_store->addModel(version, &error)) {
        // A checkpoint no version points to would only confuse later runs: drop it.
        QFile::remove(file);
        if (error.isEmpty())
            error = tr("The project was closed before the new version could be recorded.");
    }
    endRun();
    if (!error.isEmpty())
        Q_EMIT failed(error);
    else
        Q_EMIT finished(version, result);
}

int TrainingController::removeStaleTempFiles(const QString &modelsDir, int minAgeSeconds)
{
    // QSaveFile writes "<target>.XXXXXX" next to the target and renames it on commit.
    static const QRegularExpression pattern(
        QStringLiteral("^.+\\.entailmodel\\.[A-Za-z0-9]{6}$"));
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    int removed = 0;
    const QFileInfoList files = QDir(modelsDir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        if (pattern.match(info.fileName()).hasMatch() && info.lastModified().toUTC() <= limit
            && QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

}  // namespace entail
