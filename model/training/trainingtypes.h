#pragma once
// The value types of a training run: its configuration, what it reports while it runs, and its result.
// No Torch here: the UI includes it.
#include "model/core/types.h"
#include "model/metrics/calibration.h"
#include "model/metrics/metrics.h"
#include "model/net/netconfig.h"
#include "model/training/losskind.h"

#include <QString>
#include <array>
#include <functional>
#include <vector>

namespace entail {

struct TrainConfig {
    // Plain cross-entropy measured best in cross-validation on the RME training split (macro-F1 0.513 at
    // accuracy 0.877, vs 0.487 / 0.870 for weighted with its correction).
    LossKind loss = LossKind::CrossEntropy;
    QString device = QStringLiteral("cpu");  // "cpu", "cuda" or "cuda:N" (model/net/computedevice.h)
    int epochs = 0;                 // 0 = the default for the encoders chosen
    double learningRate = 0.0;      // 0 = default
    int batchSize = 32;
    quint64 seed = 42;
    double modalityDropout = 0.1;   // train-time probability of masking one modality of a pair
    bool trainEncoders = true;      // false: freeze encoders, train the heads on cached embeddings
    bool useImages = true;          // false: text only (images treated as missing)
    QString imageEncoderFile;       // empty = built-in compact CNN; else a TorchScript module
    QString textEncoderFile;        // empty = built-in compact Transformer; else a TorchScript module
    QString initFrom;               // optional checkpoint to fine-tune from (reuses its tokenizer)
    int vocabSize = 4000;
    int patience = 4;               // early stopping on validation macro-F1
    // Prediction-time logit bias -alpha * log(training prior) for the ce and focal losses: 0 keeps the
    // learned posteriors, 1 divides them by the priors ("balanced" decisions).
    double priorCorrection = 0.0;
    NetConfig network;              // shape of a new network (ignored with initFrom); vocabSize comes from the tokenizer
};

// The epochs a run of `config` trains at most: its own count, or the default for the encoders chosen
// (measured with cross-validation on the RME training split, see README, "Model").
inline int epochsToTrain(const TrainConfig &config)
{
    constexpr int kDefaultEpochsBuiltIn = 12;
    constexpr int kDefaultEpochsFrozen = 40;
    return config.epochs > 0 ? config.epochs : (config.trainEncoders ? kDefaultEpochsBuiltIn : kDefaultEpochsFrozen);
}

struct TrainProgress {
    int epoch = 0, epochs = 0;      // 1-based epoch
    int batch = 0, batches = 0;     // 1-based batch within the epoch
    double loss = 0.0;              // this batch's training loss
    double etaSeconds = 0.0;        // the remaining epochs at the pace so far (early stopping can end sooner)
};

struct EpochSummary {
    int epoch = 0;
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    Metrics validation;
    double seconds = 0.0;     // this epoch's wall time: its batches and the validation after them
    double etaSeconds = 0.0;  // the remaining epochs at the mean epoch time so far (early stopping can end sooner)
};

struct TrainResult {
    bool ok = false;
    bool cancelled = false;
    QString error;
    bool inputError = false;  // the error is about the user's input (e.g. an encoder file), not internal
    int bestEpoch = 0;
    Metrics validation;  // at the best epoch
    Metrics test;        // on Split::Test pairs, if any
    bool hasTest = false;
    double seconds = 0.0;
    double batchSeconds = 0.0;  // of `seconds`, the time spent in training batches (the rest: preparation, validation)
    int batchesRun = 0;
    std::array<double, 3> trainPriors{};  // class frequencies among the training pairs
    std::array<double, 3> logitBias{};    // the model's prediction-time bias
    std::vector<Probs> testLogits;        // raw logits (before the bias) of the test pairs, in order
    std::vector<int> testLabels;
    TemperatureFit calibration;  // fitted on the validation split; the model file keeps its temperature
};

// What a run reports, called from the training thread.
struct TrainCallbacks {
    std::function<void(const TrainProgress &)> onProgress;
    std::function<void(const EpochSummary &)> onEpoch;
    std::function<void(const QString &)> onMessage;  // status lines ("training tokenizer" ...)
};

}  // namespace entail
