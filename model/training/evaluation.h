#pragma once
// The network on some rows of the training data, in evaluation mode: loss, metrics, probabilities (with
// the prediction-time logit bias) and raw logits. Torch in the header: only model/training .cpp files include it.
#include "model/metrics/metrics.h"
#include "model/training/losskind.h"
#include "model/training/trainingdata.h"

#include <vector>

namespace entail {

class Evaluation final {
public:
    static constexpr int kBatch = 64;

    static Evaluation of(EntailmentNet &net, const TrainingData &data, const std::vector<int64_t> &rows,
                         LossKind kind, const torch::Tensor &weights);

    Metrics metrics;
    double loss = 0.0;
    std::vector<Probs> probs;
    std::vector<Probs> logits;  // without the prediction-time logit bias
    std::vector<int> truth;
};

}  // namespace entail
