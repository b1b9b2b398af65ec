#include "ui/prediction/livepredictor.h"

#include "ui/common/poolrun.h"

#include <QtConcurrent>

namespace entail {

LivePredictor::LivePredictor(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const qint64 key = m_runningKey;
        const bool current = m_runningGeneration == m_generation;
        const Prediction prediction = m_watcher.result();
        if (m_pending) {
            const Pair next = std::move(*m_pending);
            m_pending.reset();
            run(next);
        }
        if (current)
            Q_EMIT ready(key, prediction);
    });
}

LivePredictor::~LivePredictor() { m_pool.waitForDone(); }

void LivePredictor::setPredictor(std::shared_ptr<const Predictor> predictor)
{
    m_predictor = std::move(predictor);
    ++m_generation;
    m_pending.reset();
}

void LivePredictor::request(const Pair &pair)
{
    if (!m_predictor)
        return;
    if (m_watcher.isRunning()) {
        m_pending = pair;
        return;
    }
    run(pair);
}

void LivePredictor::run(const Pair &pair)
{
    if (!m_predictor)
        return;
    m_runningKey = pair.key;
    m_runningGeneration = m_generation;
    std::shared_ptr<const Predictor> predictor = m_predictor;
    m_watcher.setFuture(runInBackground(&m_pool, [predictor, pair] {
        return predictor->predict(pair);
    }));
}

}  // namespace entail
