#include "model/modelfile/trainedmodel.h"

#include "model/core/labels.h"

#include <QDateTime>

#include <sstream>

namespace entail {

std::unique_ptr<TrainedModel> TrainedModel::load(const QString &path, QString *error)
{
    CheckpointData data;
    if (!Checkpoint::read(path, &data, error))
        return nullptr;
    auto model = std::make_unique<TrainedModel>();
    NetConfig config;
    QString why;
    if (!NetConfig::fromJson(data.config.value(QStringLiteral("network")).toObject(), &config, &why)) {
        *error = tr("%1: %2").arg(path, why);
        return nullptr;
    }
    if (!model->tokenizer.load(data.tokenizer, &why)) {
        *error = tr("%1: the tokenizer cannot be loaded: %2").arg(path, why);
        return nullptr;
    }
    if (model->tokenizer.vocabSize() > config.vocabSize) {
        *error = tr("%1: the tokenizer does not match the network").arg(path);
        return nullptr;
    }
    std::shared_ptr<ScriptEncoder> imageScript, textScript;
    if (config.imageEncoder == QLatin1String("torchscript")) {
        imageScript = ScriptEncoder::load(data.imageEncoder, ScriptEncoder::Kind::Image, config.vocabSize,
                                          config.imageEncoderName, &why);
        if (!imageScript) {
            *error = tr("%1: %2").arg(path, why);
            return nullptr;
        }
    }
    if (config.textEncoder == QLatin1String("torchscript")) {
        textScript = ScriptEncoder::load(data.textEncoder, ScriptEncoder::Kind::Text, config.vocabSize,
                                         config.textEncoderName, &why);
        if (!textScript) {
            *error = tr("%1: %2").arg(path, why);
            return nullptr;
        }
    }
    try {
        model->net = EntailmentNet(config, imageScript, textScript);
        torch::serialize::InputArchive archive;
        std::istringstream in(std::string(data.weights.constData(), size_t(data.weights.size())));
        archive.load_from(in);
        model->net->load(archive);
    } catch (const std::exception &e) {
        *error = tr("%1: the stored weights do not match the network configuration (%2)")
                     .arg(path, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
        return nullptr;
    }
    model->net->eval();
    model->training = data.config.value(QStringLiteral("training")).toObject();
    model->createdAt = data.config.value(QStringLiteral("created_at")).toString();
    model->metrics = data.metrics;
    return model;
}

CheckpointData TrainedModel::toCheckpoint() const
{
    CheckpointData data;
    NetConfig config = net->config();
    data.config[QStringLiteral("network")] = config.toJson();
    data.config[QStringLiteral("training")] = training;
    data.config[QStringLiteral("created_at")] =
        createdAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : createdAt;
    data.config[QStringLiteral("app_version")] = QStringLiteral(ENTAIL_VERSION);
    for (int c = 0; c < kNumClasses; ++c)
        data.labels << labelName(c);
    data.tokenizer = tokenizer.serialized();
    std::ostringstream out;
    torch::serialize::OutputArchive archive;
    net->save(archive);
    archive.save_to(out);
    const std::string w = out.str();
    data.weights = QByteArray(w.data(), qsizetype(w.size()));
    if (net->imageScript())
        data.imageEncoder = net->imageScript()->serialized();
    if (net->textScript())
        data.textEncoder = net->textScript()->serialized();
    data.metrics = metrics;
    return data;
}

bool TrainedModel::save(const QString &path, QString *error) const
{
    return Checkpoint::write(path, toCheckpoint(), error);
}

ModelInfo TrainedModel::info(const QString &path) const
{
    CheckpointData data;
    data.config[QStringLiteral("network")] = net->config().toJson();
    data.config[QStringLiteral("training")] = training;
    data.config[QStringLiteral("created_at")] = createdAt;
    data.metrics = metrics;
    return Checkpoint::infoFrom(path, data);
}

torch::Tensor TrainedModel::probabilities(const torch::Tensor &logits) const
{
    const auto &b = net->config().logitBias;
    const torch::Tensor bias = torch::tensor({float(b[0]), float(b[1]), float(b[2])});
    return torch::softmax(logits + bias, 1);
}

}  // namespace entail
