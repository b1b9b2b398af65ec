#pragma once
// The one background predictor: predicts every pair of a project with a model (the loaded one, or a
// version's checkpoint loaded on the worker), stores the predictions through the worker's own store
// connection and reports progress. Loading a model, re-prediction, activating a version and comparing
// versions all go through it. Jobs run one at a time, in the order asked, on a thread of their own at
// background priority (never the global pool: Qt's raster engine paints through that one).
#include "model/core/types.h"
#include "ui/common/trainingmetatypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <deque>
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
    PairKeys keys;
    Predictions predictions;
    bool cancelled = false;
    QString error;      // nothing usable came out
    QString saveError;  // the predictions are usable but were not stored
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

public Q_SLOTS:
    void cancel();         // the running job and the queued ones; returns at once
    void cancelAndWait();  // also waits for the worker (closing the window)

Q_SIGNALS:
    void busyChanged(bool busy);
    void started(const QString &versionName);
    void progress(int done, int total);  // throttled by the worker to about a hundred a job
    void finished(const entail::PredictionOutcome &outcome);

private:
    static void run(QPromise<PredictionOutcome> &promise, const PredictionJob &job);
    void startNext();
    void onWatcherFinished();

    std::deque<PredictionJob> m_queue;
    std::optional<PredictionJob> m_running;
    QFutureWatcher<PredictionOutcome> m_watcher;
    QThreadPool m_pool;
};

}  // namespace entail

Q_DECLARE_METATYPE(entail::PredictionOutcome)
