#pragma once
// Owns the training thread. start() returns at once; in the thread, a TrainingWorker snapshots the
// current labels from the store (its own connection), trains on that copy and records the new checkpoint
// as a model version. Progress arrives through queued signals; cancel() stops within a batch.
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>

namespace entail {

class TrainingWorker;

class TrainingController final : public QObject {
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;  // cancels a running run and joins the thread

    // The project to train on and to record versions in; empty when none is open. Changing it cancels
    // (and waits for) a running run.
    void setProjectPath(const QString &path);
    QString projectPath() const { return m_projectPath; }

    bool isRunning() const { return m_running; }
    QString runName() const { return m_run.name; }  // name the running run's version will get (once started)

    // Starts a run; its label snapshot is taken in the training thread before anything else. False, with
    // the reason, when no project is open or a run is already active; a snapshot without labeled training
    // pairs ends the run with failed().
    bool start(const TrainConfig &config, QString *error = nullptr);

public Q_SLOTS:
    void cancel();         // returns at once; `cancelled` follows within one batch
    void cancelAndWait();  // blocks until the thread is idle (closing the window)

Q_SIGNALS:
    void runningChanged(bool running);
    void started(const QString &versionName, const entail::TrainConfig &config, int labeledTrainPairs);
    void progress(const entail::TrainProgress &progress);
    void epochFinished(const entail::EpochSummary &summary);
    void message(const QString &text);
    void finished(const entail::ModelVersion &version, const entail::TrainResult &result);
    void failed(const QString &error);
    void cancelled();

private:
    void connectWorker(TrainingWorker *worker, const TrainConfig &config);
    void onWorkerFinished(const TrainResult &result, const ModelVersion &version);
    void endRun();
    void joinThread();

    QString m_projectPath;
    QThread m_thread;
    QPointer<QObject> m_worker;  // the running run's worker, until it deletes itself
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_recorded{false};  // the running run's version row exists
    bool m_running = false;
    quint64 m_generation = 0;  // signals of an abandoned run are recognised and dropped
    ModelVersion m_run;  // the version the running run will become (name, file, configuration)
};

}  // namespace entail
