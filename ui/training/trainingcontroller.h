#pragma once
// Owns the training thread. start() snapshots the current labels from the store (GUI thread), a
// TrainingWorker trains on that copy in the thread, and on success the GUI thread records the new
// checkpoint as a model version. Progress arrives through queued signals; cancel() stops within a batch.
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <vector>

namespace entail {

class TrainingController final : public QObject {
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;  // cancels a running run and joins the thread

    // The project to train on and to record versions in; nullptr when none is open. Changing it cancels
    // (and waits for) a running run. The store must outlive the controller or be unset first.
    void setStore(ProjectStore *store);
    ProjectStore *store() const { return m_store; }

    bool isRunning() const { return m_running; }
    QString runName() const { return m_run.name; }  // name the running run's version will get

    // Takes the label snapshot now and starts. False, with the reason, when no project is open, a run
    // is already active, or the snapshot has no labeled training pairs.
    bool start(const TrainConfig &config, QString *error = nullptr);

    // Files QSaveFile left behind when a process was killed while writing a checkpoint (older than
    // `minAgeSeconds`, so that another process's write in progress is left alone). Returns the count removed.
    static int removeStaleTempFiles(const QString &modelsDir, int minAgeSeconds = 60);

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
    void onWorkerFinished(const TrainResult &result);
    void endRun();
    void joinThread();

    ProjectStore *m_store = nullptr;
    QThread m_thread;
    QPointer<QObject> m_worker;  // the running run's worker, until it deletes itself
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    quint64 m_generation = 0;  // signals of an abandoned run are recognised and dropped
    ModelVersion m_run;  // the version the running run will become (name, file, configuration)
    std::vector<EpochSummary> m_history;
};

}  // namespace entail
