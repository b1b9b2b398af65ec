#include "model/training/trainingrun.h"

#include "model/metrics/metricsjson.h"
#include "model/net/torchdevice.h"
#include "model/training/evaluation.h"
#include "model/training/losses.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace entail {

namespace {
// Defaults measured with cross-validation on the RME training split (see README, "Model"); the default
// epoch counts are in epochsToTrain (trainingtypes.h).
constexpr double kDefaultLrBuiltIn = 5e-4;
constexpr double kDefaultLrFrozen = 1e-3;
constexpr double kWeightDecay = 0.01;
constexpr double kFinalLrFraction = 0.1;  // cosine decay ends at this fraction of the peak rate
constexpr double kWeightedPriorCorrection = 0.5;

void setLearningRate(torch::optim::AdamW &opt, double lr)
{
    for (auto &group : opt.param_groups())
        static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
}
}  // namespace

TrainingRun::TrainingRun(const TrainConfig &config, const TrainCallbacks &callbacks, const std::atomic<bool> *cancel)
    : m_config(config), m_callbacks(callbacks), m_cancel(cancel), m_device(TorchDevice::from(config.device)),
      m_rng(config.seed), m_frozen(!config.trainEncoders)
{
}

bool TrainingRun::fail(const QString &error, bool inputError)
{
    m_result.error = error;
    m_result.inputError = inputError;
    return false;
}

bool TrainingRun::cancelled()
{
    m_result.cancelled = m_result.cancelled || (m_cancel && m_cancel->load());
    return m_result.cancelled;
}

void TrainingRun::say(const QString &message) const
{
    if (m_callbacks.onMessage)
        m_callbacks.onMessage(message);
}

bool TrainingRun::buildNetwork(const Dataset &dataset)
{
    torch::manual_seed(m_config.seed);
    if (m_config.initFrom.isEmpty()) {
        if (!buildNewNetwork(dataset))
            return false;
    } else {
        QString error;
        std::unique_ptr<TrainedNetwork> base = TrainedNetwork::load(m_config.initFrom, &error);
        if (!base)
            return fail(error, true);
        m_model.tokenizer = std::move(base->tokenizer);
        m_model.net = base->net;
    }
    m_model.net->moveTo(m_device);
    return true;
}

bool TrainingRun::buildNewNetwork(const Dataset &dataset)
{
    std::vector<QString> corpus;
    for (const Pair &p : dataset.pairs) {
        if (p.split == Split::Train) {
            corpus.push_back(p.first.text);
            corpus.push_back(p.second.text);
        }
    }
    say(tr("Training the tokenizer on %1 texts").arg(corpus.size()));
    QString error;
    if (!m_model.tokenizer.train(corpus, m_config.vocabSize, unsigned(m_config.seed), &error))
        return fail(tr("cannot train the tokenizer: %1").arg(error), false);
    NetConfig netConfig = m_config.network;
    netConfig.vocabSize = m_model.tokenizer.vocabSize();
    std::shared_ptr<ScriptEncoder> imageScript, textScript;
    if (!loadScript(m_config.imageEncoderFile, true, &netConfig, &imageScript)
        || !loadScript(m_config.textEncoderFile, false, &netConfig, &textScript))
        return false;
    m_model.net = EntailmentNet(netConfig, imageScript, textScript);
    return true;
}

// An empty `file` keeps the built-in encoder.
bool TrainingRun::loadScript(const QString &file, bool image, NetConfig *config,
                             std::shared_ptr<ScriptEncoder> *script)
{
    if (file.isEmpty())
        return true;
    QString error;
    *script = ScriptEncoder::loadFile(file, image ? ScriptEncoder::Kind::Image : ScriptEncoder::Kind::Text,
                                      config->vocabSize, &error);
    if (!*script)
        return fail(error, true);
    (image ? config->imageEncoderName : config->textEncoderName) = QFileInfo(file).fileName();
    return true;
}

bool TrainingRun::prepareData(const Dataset &dataset)
{
    std::vector<Pair> labeled;
    for (const Pair &p : dataset.pairs)
        if (isValidLabel(p.currentLabel))
            labeled.push_back(p);
    say(tr("Preparing %1 labeled pairs").arg(labeled.size()));
    m_data.prepare(labeled, m_model.tokenizer, m_config.useImages, m_model.net->config().maxLength);
    splitRows();
    if (m_data.unreadableImages() > 0)
        say(tr("%1 images could not be read and count as missing (first: %2)")
                .arg(m_data.unreadableImages()).arg(m_data.firstUnreadableReason()));
    if (rows(Split::Train).empty())
        return fail(tr("there are no labeled training pairs"), true);
    if (m_frozen) {
        say(tr("Computing embeddings of the frozen encoders"));
        m_data.cacheEmbeddings(m_model.net, Evaluation::kBatch);
    }
    return !cancelled();
}

void TrainingRun::splitRows()
{
    bool imagesInTraining = false;
    for (size_t i = 0; i < m_data.items().size(); ++i) {
        const TrainingData::Item &item = m_data.items()[i];
        m_rows[int(item.split)].push_back(int64_t(i));
        if (item.split == Split::Train) {
            m_trainLabels.push_back(item.label);
            imagesInTraining = imagesInTraining || item.image[0] >= 0 || item.image[1] >= 0;
        }
    }
    m_model.net->config().useImages = imagesInTraining;
}

void TrainingRun::setUpOptimization()
{
    EntailmentNet &net = m_model.net;
    m_epochs = epochsToTrain(m_config);
    m_peakLr = m_config.learningRate > 0 ? m_config.learningRate : (m_frozen ? kDefaultLrFrozen : kDefaultLrBuiltIn);
    std::vector<torch::Tensor> params = m_frozen ? net->headParameters() : net->parameters();
    for (auto *script : {net->imageScript(), net->textScript()}) {
        if (!script)
            continue;
        script->setTrainable(!m_frozen);
        if (!m_frozen)
            for (const auto &p : script->parameters())
                params.push_back(p);
    }
    m_optimizer = std::make_unique<torch::optim::AdamW>(
        params, torch::optim::AdamWOptions(m_peakLr).weight_decay(kWeightDecay));
    m_batchSize = std::max(1, m_config.batchSize);
    const int batchesPerEpoch = int((rows(Split::Train).size() + size_t(m_batchSize) - 1) / size_t(m_batchSize));
    m_totalSteps = m_epochs * batchesPerEpoch;
    m_warmupSteps = std::max(1, batchesPerEpoch);
    setLogitBias();
}

// Class weights shift the learned posteriors towards the rare classes. Taking half of that shift back at
// prediction time measured best in cross-validation on the RME training split (accuracy 0.69 -> 0.87 at a
// slightly higher macro-F1). The other losses learn the training priors; a prior correction alpha moves
// each logit by -alpha * log(prior), in favour of the rare classes.
void TrainingRun::setLogitBias()
{
    const torch::Tensor weights = Losses::classWeights(m_trainLabels, kNumClasses);  // host memory
    const auto w = weights.accessor<float, 1>();
    m_weights = weights.to(m_device);
    auto &bias = m_model.net->config().logitBias;
    bias = {0.0, 0.0, 0.0};
    m_model.net->config().temperature = 1.0;  // fitted again at the end (a fine-tuned model's base had its own)
    for (int c = 0; c < kNumClasses; ++c) {
        const double count = double(std::count(m_trainLabels.begin(), m_trainLabels.end(), c));
        m_result.trainPriors[size_t(c)] = count / double(m_trainLabels.size());
        if (m_config.loss == LossKind::Weighted) {
            if (w[c] > 0)
                bias[size_t(c)] = -kWeightedPriorCorrection * std::log(double(w[c]));
        } else if (count > 0) {
            bias[size_t(c)] = -m_config.priorCorrection * std::log(m_result.trainPriors[size_t(c)]);
        }
    }
    m_result.logitBias = bias;
}

// Linear warm-up over the first epoch, then cosine decay to kFinalLrFraction of the peak.
double TrainingRun::learningRate(int step) const
{
    if (step < m_warmupSteps)
        return m_peakLr * double(step + 1) / double(m_warmupSteps);
    const double progress = double(step) / double(std::max(1, m_totalSteps));
    return m_peakLr * (kFinalLrFraction + (1.0 - kFinalLrFraction) * 0.5 * (1.0 + std::cos(M_PI * progress)));
}

bool TrainingRun::runEpochs()
{
    m_best = NetworkSnapshot::of(m_model.net);
    m_loopClock.start();
    for (int epoch = 1; epoch <= m_epochs; ++epoch) {
        double lossSum = 0.0;
        m_epochClock.start();
        if (!runEpoch(epoch, &lossSum))
            return false;
        m_epochsRun = epoch;
        if (!continueAfter(epoch, lossSum))
            break;
    }
    return true;
}

bool TrainingRun::runEpoch(int epoch, double *lossSum)
{
    m_model.net->train(true);  // with frozen encoders only the heads run: their embeddings are cached
    const auto batches = m_data.batches(rows(Split::Train), m_batchSize, &m_rng);
    QElapsedTimer batchClock;
    for (size_t bi = 0; bi < batches.size(); ++bi) {
        if (cancelled())
            return false;
        batchClock.start();
        const double loss = trainBatch(batches[bi]);
        *lossSum += loss * double(batches[bi].size());
        m_batchSeconds += batchClock.nsecsElapsed() / 1e9;
        m_result.batchSeconds = m_batchSeconds;
        m_result.batchesRun = m_step;
        reportProgress(epoch, int(bi) + 1, int(batches.size()), loss);
    }
    return true;
}

double TrainingRun::trainBatch(const std::vector<int64_t> &rows)
{
    std::bernoulli_distribution dropModality(std::clamp(m_config.modalityDropout, 0.0, 1.0));
    std::bernoulli_distribution coin(0.5);
    std::vector<uint8_t> dropText(rows.size(), 0), dropImages(rows.size(), 0);
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto &item = m_data.items()[size_t(rows[i])];
        // Only pairs that have an image can lose a modality: the other one must remain.
        if ((item.image[0] >= 0 || item.image[1] >= 0) && dropModality(m_rng))
            (coin(m_rng) ? dropText : dropImages)[i] = 1;
    }
    setLearningRate(*m_optimizer, learningRate(m_step));
    m_optimizer->zero_grad();
    EntailmentNet &net = m_model.net;
    const torch::Tensor logits = net->head(m_data.encode(net, rows, dropText, dropImages));
    const torch::Tensor loss = Losses::compute(m_config.loss, logits, m_data.labels(rows, m_device), m_weights);
    loss.backward();
    m_optimizer->step();
    ++m_step;
    return loss.item<double>();
}

void TrainingRun::reportProgress(int epoch, int batch, int batches, double loss) const
{
    if (!m_callbacks.onProgress)
        return;
    TrainProgress pr;
    pr.epoch = epoch;
    pr.epochs = m_epochs;
    pr.batch = batch;
    pr.batches = batches;
    pr.loss = loss;
    // Wall time since the first batch, so that the validation after each epoch counts too.
    pr.etaSeconds = m_loopClock.nsecsElapsed() / 1e9 / m_step * double(m_totalSteps - m_step);
    m_callbacks.onProgress(pr);
}

bool TrainingRun::continueAfter(int epoch, double lossSum)
{
    EpochSummary summary;
    summary.epoch = epoch;
    summary.trainLoss = lossSum / double(rows(Split::Train).size());
    const Evaluation val = Evaluation::of(m_model.net, m_data, rows(Split::Validation), m_config.loss, m_weights);
    summary.validationLoss = val.loss;
    summary.validation = val.metrics;
    summary.seconds = m_epochClock.nsecsElapsed() / 1e9;
    summary.etaSeconds = m_loopClock.nsecsElapsed() / 1e9 / epoch * double(m_epochs - epoch);
    if (m_callbacks.onEpoch)
        m_callbacks.onEpoch(summary);
    // Without validation pairs the last epoch is kept.
    const bool improved = rows(Split::Validation).empty() || val.metrics.macroF1 > m_bestF1 + 1e-9
        || (std::fabs(val.metrics.macroF1 - m_bestF1) <= 1e-9 && val.loss < m_bestLoss);
    if (improved) {
        m_bestF1 = val.metrics.macroF1;
        m_bestLoss = val.loss;
        m_bestEpoch = epoch;
        m_best = NetworkSnapshot::of(m_model.net);
        m_sinceBest = 0;
    } else if (++m_sinceBest >= m_config.patience && m_config.patience > 0) {
        say(tr("Early stop after epoch %1: validation macro-F1 has not improved for %2 epochs")
                .arg(epoch).arg(m_config.patience));
        return false;
    }
    return true;
}

bool TrainingRun::finish(const Dataset &dataset, const QString &outModelFile)
{
    EntailmentNet &net = m_model.net;
    m_best.restoreInto(net);
    net->eval();
    Evaluation val = Evaluation::of(net, m_data, rows(Split::Validation), m_config.loss, m_weights);
    Evaluation test = Evaluation::of(net, m_data, rows(Split::Test), m_config.loss, m_weights);
    calibrate(&val, &test);
    m_result.bestEpoch = m_bestEpoch;
    m_result.validation = val.metrics;
    m_result.test = test.metrics;
    m_result.hasTest = !rows(Split::Test).empty();
    m_result.testLogits = test.logits;
    m_result.testLabels = test.truth;
    m_model.training = trainingRecord(dataset);
    m_model.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_model.metrics = metricsRecord(val, test);
    if (cancelled())
        return false;
    QString error;
    // The path was checked before training: a failure now is the machine's (disk full, I/O error).
    if (!outModelFile.isEmpty() && !m_model.save(outModelFile, &error))
        return fail(error, false);
    return true;
}

// Temperature scaling on the validation split: the decisions stay, the probabilities shown become honest.
void TrainingRun::calibrate(Evaluation *validation, Evaluation *test)
{
    const TemperatureFit fit = Calibration::fit(validation->truth, validation->probs);
    m_result.calibration = fit;
    m_model.net->config().temperature = fit.temperature;
    validation->metrics.ece = fit.eceAfter;
    test->metrics.ece = Calibration::report(test->truth, Calibration::withTemperature(test->probs, fit.temperature)).ece;
}

QJsonObject TrainingRun::trainingRecord(const Dataset &dataset) const
{
    QJsonObject training;
    training[QStringLiteral("loss")] = lossName(m_config.loss);
    training[QStringLiteral("epochs")] = m_epochs;
    training[QStringLiteral("epochs_run")] = m_epochsRun;
    training[QStringLiteral("best_epoch")] = m_bestEpoch;
    training[QStringLiteral("learning_rate")] = m_peakLr;
    training[QStringLiteral("batch_size")] = m_batchSize;
    training[QStringLiteral("seed")] = QString::number(m_config.seed);
    training[QStringLiteral("modality_dropout")] = m_config.modalityDropout;
    training[QStringLiteral("train_encoders")] = m_config.trainEncoders;
    training[QStringLiteral("use_images")] = m_config.useImages;
    training[QStringLiteral("patience")] = m_config.patience;
    training[QStringLiteral("prior_correction")] =
        m_config.loss == LossKind::Weighted ? kWeightedPriorCorrection : m_config.priorCorrection;
    training[QStringLiteral("train_pairs")] = int(rows(Split::Train).size());
    training[QStringLiteral("validation_pairs")] = int(rows(Split::Validation).size());
    training[QStringLiteral("test_pairs")] = int(rows(Split::Test).size());
    training[QStringLiteral("source")] = dataset.sourceFile;
    if (!m_config.initFrom.isEmpty())
        training[QStringLiteral("init_from")] = m_config.initFrom;
    return training;
}

QJsonObject TrainingRun::metricsRecord(const Evaluation &validation, const Evaluation &test) const
{
    QJsonObject metrics;
    metrics[QStringLiteral("validation")] = MetricsJson::toJson(validation.metrics);
    metrics[QStringLiteral("test")] = MetricsJson::toJson(test.metrics);
    metrics[QStringLiteral("has_test")] = m_result.hasTest;
    metrics[QStringLiteral("calibration")] = MetricsJson::toJson(m_result.calibration);
    return metrics;
}

}  // namespace entail
