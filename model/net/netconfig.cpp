#include "model/net/netconfig.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace entail {

namespace {
class NetConfigText {
    Q_DECLARE_TR_FUNCTIONS(NetConfig)
};

template <size_t N, typename T>
QJsonArray toArray(const std::array<T, N> &values)
{
    QJsonArray a;
    for (const T &v : values)
        a.append(v);
    return a;
}

template <size_t N, typename T>
bool fromArray(const QJsonValue &value, std::array<T, N> *out)
{
    if (value.isUndefined())
        return true;
    const QJsonArray a = value.toArray();
    if (a.size() != int(N))
        return false;
    for (size_t i = 0; i < N; ++i) {
        if (!a.at(int(i)).isDouble())
            return false;
        (*out)[i] = T(a.at(int(i)).toDouble());
    }
    return true;
}
}  // namespace

QJsonObject NetConfig::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("image_encoder")] = imageEncoder;
    o[QStringLiteral("text_encoder")] = textEncoder;
    o[QStringLiteral("image_encoder_name")] = imageEncoderName;
    o[QStringLiteral("text_encoder_name")] = textEncoderName;
    o[QStringLiteral("vocab_size")] = vocabSize;
    o[QStringLiteral("max_length")] = maxLength;
    o[QStringLiteral("d_model")] = dModel;
    o[QStringLiteral("layers")] = layers;
    o[QStringLiteral("heads")] = heads;
    o[QStringLiteral("feed_forward")] = feedForward;
    o[QStringLiteral("cnn_channels")] = toArray(cnnChannels);
    o[QStringLiteral("image_dim")] = imageDim;
    o[QStringLiteral("text_dim")] = textDim;
    o[QStringLiteral("projection_dim")] = projectionDim;
    o[QStringLiteral("dropout")] = dropout;
    o[QStringLiteral("logit_bias")] = toArray(logitBias);
    o[QStringLiteral("use_images")] = useImages;
    o[QStringLiteral("temperature")] = temperature;
    return o;
}

bool NetConfig::fromJson(const QJsonObject &json, NetConfig *config, QString *error)
{
    NetConfig c;
    auto str = [&json](const char *key, QString *v) {
        const QJsonValue x = json.value(QLatin1String(key));
        if (x.isString())
            *v = x.toString();
    };
    auto num = [&json](const char *key, auto *v) {
        const QJsonValue x = json.value(QLatin1String(key));
        if (x.isDouble())
            *v = std::remove_pointer_t<decltype(v)>(x.toDouble());
    };
    str("image_encoder", &c.imageEncoder);
    str("text_encoder", &c.textEncoder);
    str("image_encoder_name", &c.imageEncoderName);
    str("text_encoder_name", &c.textEncoderName);
    num("vocab_size", &c.vocabSize);
    num("max_length", &c.maxLength);
    num("d_model", &c.dModel);
    num("layers", &c.layers);
    num("heads", &c.heads);
    num("feed_forward", &c.feedForward);
    num("image_dim", &c.imageDim);
    num("text_dim", &c.textDim);
    num("projection_dim", &c.projectionDim);
    num("dropout", &c.dropout);
    num("temperature", &c.temperature);
    if (json.value(QStringLiteral("use_images")).isBool())
        c.useImages = json.value(QStringLiteral("use_images")).toBool();
    const bool arraysOk = fromArray(json.value(QStringLiteral("cnn_channels")), &c.cnnChannels)
        && fromArray(json.value(QStringLiteral("logit_bias")), &c.logitBias);

    const bool encodersOk = (c.imageEncoder == QLatin1String("cnn") || c.imageEncoder == QLatin1String("torchscript"))
        && (c.textEncoder == QLatin1String("transformer") || c.textEncoder == QLatin1String("torchscript"));
    bool cnnOk = true;
    for (int ch : c.cnnChannels)
        cnnOk = cnnOk && ch > 0 && ch <= 4096;
    auto dim = [](int d) { return d > 0 && d <= NetConfig::kMaxEncoderDim; };
    const bool sizesOk = c.vocabSize > 4 && c.maxLength >= 4 && c.maxLength <= 4096 && dim(c.dModel)
        && c.layers >= 0 && c.heads > 0 && c.dModel % c.heads == 0 && dim(c.feedForward) && dim(c.imageDim)
        && dim(c.textDim) && dim(c.projectionDim) && c.dropout >= 0.0 && c.dropout < 1.0
        && c.temperature > 0.0 && c.temperature <= 1000.0;
    if (!arraysOk || !encodersOk || !cnnOk || !sizesOk) {
        if (error)
            *error = NetConfigText::tr("the network configuration is invalid");
        return false;
    }
    *config = c;
    return true;
}

}  // namespace entail
