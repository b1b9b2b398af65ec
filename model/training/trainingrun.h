#pragma once
// One training run, step by step; Trainer::train runs the steps in order and stops at the first that
// fails (the result then says why). Torch in the header: only model/training .cpp files include it.
#include "model/modelfile/trainednetwork.h"
#include "model/training/networksnapshot.h"
#include "model/training/trainingtypes.h"
#include "model/training/trainingdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <atomic>
#include <memory>
#include <random>
#include <vector>

namespace entail {

class Evaluation;

class TrainingRun final {
    Q_DECLARE_TR_FUNCTIONS(TrainingRun)

public:
    TrainingRun(const TrainConfig &config, const TrainCallbacks &callbacks, const std::atomic<bool> *cancel);

    // The tokenizer and a new network, or both from `initFrom`; then the network moves to the device.
    bool buildNetwork(const Dataset &dataset);
    // Tokenized (and decoded) labeled pairs, their rows by split, frozen encoders' embeddings.
    bool prepareData(const Dataset &dataset);
    // Epochs, learning rate, optimizer, class weights and the prediction-time logit bias.
    void setUpOptimization();
    // Every epoch until early stopping; false when cancelled.
    bool runEpochs();
    // The best epoch's weights, final metrics, the model file (none when `outModelFile` is empty).
    bool finish(const Dataset &dataset, const QString &outModelFile);

    TrainResult &result() { return m_result; }

private:
    bool fail(const QString &error, bool inputError);
    bool cancelled();
    void say(const QString &message) const;
    bool buildNewNetwork(const Dataset &dataset);
    bool loadScript(const QString &file, bool image, NetConfig *config, std::shared_ptr<ScriptEncoder> *script);
    void splitRows();
    void setLogitBias();
    double learningRate(int step) const;
    bool runEpoch(int epoch, double *lossSum);
    double trainBatch(const std::vector<int64_t> &rows);
    void reportProgress(int epoch, int batch, int batches, double loss) const;
    bool continueAfter(int epoch, double lossSum);  // false: stop early
    QJsonObject trainingRecord(const Dataset &dataset) const;
    void calibrate(Evaluation *validation, Evaluation *test);
    QJsonObject metricsRecord(const Evaluation &validation, const Evaluation &test) const;
    const std::vector<int64_t> &rows(Split split) const { return m_rows[int(split)]; }

    const TrainConfig &m_config;
    const TrainCallbacks &m_callbacks;
    const std::atomic<bool> *m_cancel;
    torch::Device m_device;
    std::mt19937_64 m_rng;
    TrainedNetwork m_model;
    TrainingData m_data;
    std::vector<int64_t> m_rows[kNumSplits];
    std::vector<int> m_trainLabels;
    bool m_frozen;
    int m_epochs = 0, m_batchSize = 1, m_totalSteps = 0, m_warmupSteps = 1;
    double m_peakLr = 0.0;
    std::unique_ptr<torch::optim::AdamW> m_optimizer;
    torch::Tensor m_weights;
    NetworkSnapshot m_best;
    double m_bestF1 = -1.0, m_bestLoss = 1e300, m_batchSeconds = 0.0;
    int m_bestEpoch = 0, m_sinceBest = 0, m_step = 0, m_epochsRun = 0;
    QElapsedTimer m_loopClock;  // since the first batch
    QElapsedTimer m_epochClock;  // since the epoch's first batch
    TrainResult m_result;
};

}  // namespace entail
