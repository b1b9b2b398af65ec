#pragma once
// Predicting every pair of a project at scale: the pairs are read a page at a time, predicted and their
// predictions stored, one batch after another, each in a transaction of its own. Memory is bounded by the
// batch (its pairs, inputs and encoder outputs), not by the project: only the predictions made are kept,
// and only when asked. A cancel or a failure keeps the batches already stored, and the result says how many.
// The window's background prediction and `entail predict --project` both run it. No Torch in this header.
#include "model/core/types.h"

#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace entail {

class Predictor;
class ProjectStore;

struct BulkProgress {
    int done = 0;           // pairs predicted (and stored, when storing)
    int total = 0;
    double seconds = 0.0;   // since the first pair was read
    double pairsPerSecond() const { return seconds > 0 ? done / seconds : 0.0; }
    // The remaining pairs at the pace so far; negative while nothing is done.
    double etaSeconds() const { return done > 0 ? seconds / done * (total - done) : -1.0; }
};

struct BulkPredictionResult {
    std::vector<qint64> keys;             // with `keep`: the pairs predicted, in key order
    std::vector<Prediction> predictions;  // with `keep`: theirs
    int predicted = 0;   // pairs predicted
    int stored = 0;      // of them, predictions committed to the project
    int total = 0;       // pairs in the project when the job began
    double seconds = 0.0;
    bool cancelled = false;
    QString error;       // why prediction stopped early
    // Why a batch could not be stored; nothing was stored after it. With `keep` prediction went on (the
    // caller still gets every prediction), without it the job stopped there.
    QString saveError;
    double pairsPerSecond() const { return seconds > 0 ? predicted / seconds : 0.0; }
    bool complete() const { return !cancelled && error.isEmpty() && predicted >= total; }
};

class BulkPrediction final {
public:
    static constexpr int kBatchPairs = 512;

    struct Options {
        qint64 modelId = 0;       // the version whose predictions these are; 0: nothing is stored
        bool keep = true;         // keep every prediction in the result (the window shows them)
        int batchPairs = kBatchPairs;
    };

    // Runs on the calling thread, which opened `store`. The first stored batch replaces the version's
    // earlier predictions (in the same transaction); later batches add to it. `progress` is called from
    // this thread after each batch; `cancel` is polled between batches.
    static BulkPredictionResult run(ProjectStore &store, const Predictor &predictor, const Options &options,
                                    const std::function<void(const BulkProgress &)> &progress = {},
                                    const std::atomic<bool> *cancel = nullptr);
};

}  // namespace entail
