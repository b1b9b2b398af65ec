#pragma once
// Predicts every pair of the project with a model version in the background, stores the predictions
// (GUI thread, one transaction) and, when asked, makes that version the active one. Jobs run one at a
// time, in the order asked; the pairs are snapshotted when a job starts.
#include "model/store/store.h"
#include "ui/common/trainingmetatypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <deque>
#include <memory>

namespace entail {

class ModelActivator final : public QObject {
    Q_OBJECT

public:
    explicit ModelActivator(QObject *parent = nullptr);
    ~ModelActivator() override;  // cancels the running job and waits for it

    // Changing the store drops queued jobs and cancels (and waits for) the running one.
    void setStore(ProjectStore *store);
    bool isBusy() const { return m_job != nullptr; }
    qint64 busyWith() const;  // id of the version being predicted, 0 when idle

    // `activate`: also make it the active version once its predictions are stored.
    void predict(const ModelVersion &version, bool activate);
    void cancelAndWait();

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(const QString &versionName, int done, int total);
    // Every finished job: the predictions now stored for `modelId`.
    void predictionsSaved(qint64 modelId, const entail::PairKeys &keys, const entail::Predictions &predictions);
    // The live model changed: the session should adopt `predictor` and show `predictions`.
    void activated(const entail::ModelVersion &version, const entail::PredictorPtr &predictor,
                   const entail::PairKeys &keys, const entail::Predictions &predictions);
    void failed(const QString &error);

private:
    struct Job;
    struct Outcome {
        PredictorPtr predictor;
        PairKeys keys;
        Predictions predictions;
        QString error;
        bool cancelled = false;
    };
    void startNext();
    void onJobFinished();

    ProjectStore *m_store = nullptr;
    std::deque<std::pair<ModelVersion, bool>> m_queue;
    std::unique_ptr<Job> m_job;
    QFutureWatcher<Outcome> m_watcher;
    QThreadPool m_pool;  // one thread of its own: the global pool must stay free for painting
};

}  // namespace entail
