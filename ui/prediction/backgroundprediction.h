#pragma once
// The one background predictor: predicts every pair of a project with a model (the loaded one, or a
// version's checkpoint loaded on the worker) in batches (BulkPrediction), stores each batch's predictions
// through the worker's own store connection as it goes and reports progress with pairs/s and time left. Loading a model, re-prediction, activating a version and comparing
// versions all go through it. Jobs run one at a time, in the order asked, on a thread of their own at
// background priority (never the global pool: Qt's raster engine paints through that one).
#include "model/core/types.h"
#include "ui/common/trainingmetatypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

namespace entail {

struct PredictionJob {
    QString projectPath;     // the pairs are read from, and the predictions saved in, this project
    ModelVersion version;    // whose predictions these are; id 0: not saved
    PredictorPtr predictor;  // null: loaded from version.file on the worker
    bool activate = false;   // for the requester: make the version active once its predictions are stored
};

struct PredictionOutcome {
    PredictionJob job;
    PredictorPtr predictor;
    PairKeys keys;            // the pairs predicted: all of them, or those before a cancel
    Predictions predictions;
    int stored = 0;           // predictions committed to the project (a cancel keeps them)
    int total = 0;            // pairs in the project
    double seconds = 0.0;     // predicting and storing
    bool cancelled = false;
    QString error;      // nothing usable came out
    QString saveError;  // the predictions are usable but were not (all) stored
};

class BackgroundPrediction final : public QObject {
    Q_OBJECT

public:
    explicit BackgroundPrediction(QObject *parent = nullptr);
    ~BackgroundPrediction() override;  // cancels and waits for the worker

    // A job for a version that is already queued or running replaces it (and keeps its `activate`).
    void enqueue(PredictionJob job);
    bool isRunning() const { return m_running.has_value(); }
    qint64 busyWith() const { return m_running ? m_running->version.id : 0; }  // version id, 0 when idle
    QString runningName() const { return m_running ? m_running->version.name : QString(); }
    // What a finished job did, for the status bar: pairs, time and pairs/s, or what was kept of it.
    static QString summary(const PredictionOutcome &outcome);

public Q_SLOTS:
    void cancel();         // the running job and the queued ones; returns at once
    void cancelAndWait();  // also waits for the worker (closing the window)

Q_SIGNALS:
    void busyChanged(bool busy);
    void started(const QString &versionName);
    // Throttled by the worker to about a hundred a job; `pairsPerSecond` since the first pair was read,
    // `secondsLeft` at that pace (negative: not known yet).
    void progress(int done, int total, double pairsPerSecond, double secondsLeft);
    void finished(const entail::PredictionOutcome &outcome);

private:
    // What the worker shares with this object: the stop request and its latest figures.
    struct JobState {
        std::atomic<bool> stop{false};
        std::mutex mutex;
        int done = 0, total = 0;
        double seconds = 0.0;
    };
    using JobStatePtr = std::shared_ptr<JobState>;

    static void run(QPromise<PredictionOutcome> &promise, const PredictionJob &job, const JobStatePtr &state);
    void onProgressValue();
    void stopRunning();
    void startNext();
    void onWatcherFinished();

    std::deque<PredictionJob> m_queue;
    std::optional<PredictionJob> m_running;
    JobStatePtr m_state;  // of the running job
    QFutureWatcher<PredictionOutcome> m_watcher;
    QThreadPool m_pool;
};

}  // namespace entail

Q_DECLARE_METATYPE(entail::PredictionOutcome)
