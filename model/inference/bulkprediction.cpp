#include "model/inference/bulkprediction.h"

#include "model/inference/predictor.h"
#include "model/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace entail {

namespace {
// Stores one batch: the first replaces the version's earlier predictions, the others add to them.
bool storeBatch(ProjectStore &store, qint64 modelId, bool first, const std::vector<qint64> &keys,
                const std::vector<Prediction> &predictions, QString *error)
{
    const bool ok = first ? store.savePredictions(modelId, keys, predictions, error)
                          : store.appendPredictions(modelId, keys, predictions, error);
    if (!ok && error->isEmpty())
        *error = store.lastError();
    return ok;
}
}  // namespace

BulkPredictionResult BulkPrediction::run(ProjectStore &store, const Predictor &predictor, const Options &options,
                                         const std::function<void(const BulkProgress &)> &progress,
                                         const std::atomic<bool> *cancel)
{
    BulkPredictionResult out;
    out.total = store.pairCount();
    const int batch = std::max(1, options.batchPairs);
    if (options.keep) {
        out.keys.reserve(size_t(out.total));
        out.predictions.reserve(size_t(out.total));
    }
    QElapsedTimer clock;
    clock.start();
    qint64 lastKey = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            break;
        }
        const std::vector<Pair> pairs = store.pairsAfter(lastKey, batch);
        if (pairs.empty())
            break;
        lastKey = pairs.back().key;
        const std::vector<Prediction> predictions = predictor.predictAll(pairs, {}, cancel);
        if (predictions.size() != pairs.size()) {
            out.cancelled = cancel && cancel->load();
            if (!out.cancelled)
                out.error = QCoreApplication::translate("BulkPrediction", "the model returned %1 predictions for %2 pairs")
                                .arg(predictions.size()).arg(pairs.size());
            break;
        }
        std::vector<qint64> keys;
        keys.reserve(pairs.size());
        for (const Pair &p : pairs)
            keys.push_back(p.key);
        if (options.modelId > 0 && out.saveError.isEmpty()) {
            if (storeBatch(store, options.modelId, out.stored == 0, keys, predictions, &out.saveError))
                out.stored += int(keys.size());
            else if (!options.keep)
                break;
        }
        out.predicted += int(keys.size());
        if (options.keep) {
            out.keys.insert(out.keys.end(), keys.begin(), keys.end());
            out.predictions.insert(out.predictions.end(), predictions.begin(), predictions.end());
        }
        out.seconds = clock.nsecsElapsed() / 1e9;
        // Pairs added while the job runs are predicted too: the total never falls behind what is done.
        out.total = std::max(out.total, out.predicted);
        if (progress)
            progress(BulkProgress{out.predicted, out.total, out.seconds});
    }
    out.seconds = clock.nsecsElapsed() / 1e9;
    return out;
}

}  // namespace entail
