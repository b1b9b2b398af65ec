#include "model/modelfile/trainednetwork.h"

#include "model/core/labels.h"

#include <QDateTime>

#include <sstream>

namespace entail {

namespace {
// A stored TorchScript encoder when the network says it has one (`encoder` "torchscript"); else none.
bool loadScript(const QString &encoder, const QByteArray &bytes, ScriptEncoder::Kind kind, const NetConfig &config,
                std::shared_ptr<ScriptEncoder> *script, QString *error)
{
    if (encoder != QLatin1String("torchscript"))
        return true;
    const QString &name = kind == ScriptEncoder::Kind::Image ? config.imageEncoderName : config.textEncoderName;
    *script = ScriptEncoder::load(bytes, kind, config.vocabSize, name, error);
    return *script != nullptr;
}

// Module::save with every tensor copied to the CPU first (free for tensors already there), so that a
// model trained on a GPU loads on a machine without one.
void saveOnCpu(const torch::nn::Module &module, torch::serialize::OutputArchive &archive)
{
    for (const auto &p : module.named_parameters(/*recurse=*/false))
        archive.write(p.key(), p.value().cpu());
    for (const auto &b : module.named_buffers(/*recurse=*/false))
        archive.write(b.key(), b.value().cpu(), /*is_buffer=*/true);
    for (const auto &child : module.named_children()) {
        if (!child.value()->is_serializable())
            continue;
        torch::serialize::OutputArchive childArchive(archive.compilation_unit());
        saveOnCpu(*child.value(), childArchive);
        archive.write(child.key(), childArchive);
    }
}
}  // namespace

std::unique_ptr<TrainedNetwork> TrainedNetwork::load(const QString &path, QString *error)
{
    CheckpointData data;
    if (!Checkpoint::read(path, &data, error))
        return nullptr;
    auto model = std::make_unique<TrainedNetwork>();
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
    if (!loadScript(config.imageEncoder, data.imageEncoder, ScriptEncoder::Kind::Image, config, &imageScript, &why)
        || !loadScript(config.textEncoder, data.textEncoder, ScriptEncoder::Kind::Text, config, &textScript, &why)) {
        *error = tr("%1: %2").arg(path, why);
        return nullptr;
    }
    try {
        model->net = EntailmentNet(config, imageScript, textScript);
        torch::serialize::InputArchive archive;
        std::istringstream in(std::string(data.weights.constData(), size_t(data.weights.size())));
        archive.load_from(in, torch::Device(torch::kCPU));  // whatever device the file was saved from
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

CheckpointData TrainedNetwork::toCheckpoint() const
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
    saveOnCpu(*net, archive);
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

bool TrainedNetwork::save(const QString &path, QString *error) const
{
    return Checkpoint::write(path, toCheckpoint(), error);
}

ModelInfo TrainedNetwork::info(const QString &path) const
{
    CheckpointData data;
    data.config[QStringLiteral("network")] = net->config().toJson();
    data.config[QStringLiteral("training")] = training;
    data.config[QStringLiteral("created_at")] = createdAt;
    data.metrics = metrics;
    return Checkpoint::infoFrom(path, data);
}

torch::Tensor TrainedNetwork::probabilities(const torch::Tensor &logits) const
{
    const auto &b = net->config().logitBias;
    const torch::Tensor bias = torch::tensor({float(b[0]), float(b[1]), float(b[2])}, logits.options());
    return torch::softmax((logits + bias) / net->config().temperature, 1);
}

}  // namespace entail
