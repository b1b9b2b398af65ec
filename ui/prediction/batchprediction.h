#pragma once
// Predicts every pair of the project on a worker thread, reporting progress, and saves the results as
// the model version's cached predictions (through the worker's own store connection).
#include "model/core/types.h"
#include "model/inference/predictor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace entail {

struct BatchResult {
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    bool cancelled = false;
    QString projectPath;  // what start() was given, so that a late result can be recognised
    qint64 modelId = 0;
    QString saveError;  // predictions are still usable when only saving failed
};

class BatchPrediction final : public QObject {
    Q_OBJECT

public:
    explicit BatchPrediction(QObject *parent = nullptr);
    ~BatchPrediction() override;  // cancels and waits for the worker

    bool isRunning() const;
    // Replaces any running batch. `projectPath` empty or `modelId` 0: results are not saved.
    void start(std::shared_ptr<const Predictor> predictor, std::vector<Pair> pairs, const QString &projectPath,
               qint64 modelId);
    void cancel();

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);  // queued from the worker, at most about a hundred times
    void finished(const entail::BatchResult &result);

private:
    struct Job {
        std::atomic<bool> cancel{false};
        std::atomic<int> lastReported{-1};
    };
    std::shared_ptr<Job> m_job;
    QFutureWatcher<BatchResult> *m_watcher = nullptr;
    QThreadPool m_pool;  // its own thread: the global pool stays free for live predictions and images
};

}  // namespace entail
