#pragma once
// The loaded model's prediction for the pair on screen, computed on a worker thread. Requests made
// while one runs are coalesced: only the newest is computed next, so fast scrolling never queues work.
#include "model/core/types.h"
#include "model/inference/predictor.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace entail {

class LivePredictor final : public QObject {
    Q_OBJECT

public:
    explicit LivePredictor(QObject *parent = nullptr);
    ~LivePredictor() override;

    void setPredictor(std::shared_ptr<const Predictor> predictor);
    std::shared_ptr<const Predictor> predictor() const { return m_predictor; }
    void request(const Pair &pair);

Q_SIGNALS:
    void ready(qint64 key, const entail::Prediction &prediction);

private:
    void run(const Pair &pair);

    std::shared_ptr<const Predictor> m_predictor;
    QThreadPool m_pool;  // not the global pool: Qt's raster engine paints through that one
    QFutureWatcher<Prediction> m_watcher;
    qint64 m_runningKey = 0;
    quint64 m_generation = 0;         // bumped per predictor: a result of the previous model is dropped
    quint64 m_runningGeneration = 0;
    std::optional<Pair> m_pending;
};

}  // namespace entail
