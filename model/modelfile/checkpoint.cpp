#include "model/modelfile/checkpoint.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/core/safefile.h"
#include "model/metrics/metricsjson.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace entail {

namespace {
const QByteArray kMagic = QByteArrayLiteral("ENTAILMD");
constexpr int kHashSize = 32;
constexpr int kHeaderSize = 8 + 4 + 4;
constexpr int kSectionHeaderSize = 4 + 8;
// Far above any real model (the largest built-in one is tens of MB); the limit is checked before reading.
constexpr qint64 kMaxModelBytes = 4 * SafeFile::kGigabyte;
// The format has seven sections; a header announcing more is not ours.
constexpr quint32 kMaxSections = 64;

QByteArray sectionTag(const char *tag) { return QByteArray(tag, 4); }

void appendSection(QByteArray &out, const char *tag, const QByteArray &bytes)
{
    QDataStream s(&out, QIODevice::Append);
    s.setByteOrder(QDataStream::BigEndian);
    s.writeRawData(tag, 4);
    s << quint64(bytes.size());
    s.writeRawData(bytes.constData(), int(bytes.size()));
}

QStringList programLabels()
{
    QStringList l;
    for (int c = 0; c < kNumClasses; ++c)
        l << labelName(c);
    return l;
}
}  // namespace

bool Checkpoint::write(const QString &path, const CheckpointData &data, QString *error)
{
    QJsonArray labels;
    for (const QString &l : data.labels)
        labels.append(l);
    std::vector<std::pair<const char *, QByteArray>> sections{
        {"CONF", QJsonDocument(data.config).toJson(QJsonDocument::Compact)},
        {"LABL", QJsonDocument(labels).toJson(QJsonDocument::Compact)},
        {"TOKN", data.tokenizer},
        {"WGTS", data.weights},
        {"METR", QJsonDocument(data.metrics).toJson(QJsonDocument::Compact)},
    };
    if (!data.imageEncoder.isEmpty() || !data.textEncoder.isEmpty()) {
        sections.emplace_back("IENC", data.imageEncoder);
        sections.emplace_back("TENC", data.textEncoder);
    }
    QByteArray out = kMagic;
    {
        QDataStream s(&out, QIODevice::Append);
        s.setByteOrder(QDataStream::BigEndian);
        s << quint32(kFormatVersion) << quint32(sections.size());
    }
    for (const auto &[tag, bytes] : sections)
        appendSection(out, tag, bytes);
    out += QCryptographicHash::hash(out, QCryptographicHash::Sha256);

    return OutputPath::writeAtomically(path, out, error);
}

bool Checkpoint::read(const QString &path, CheckpointData *data, QString *error)
{
    QFile f(path);
    QString reason;
    if (!SafeFile::open(f, kMaxModelBytes, &reason)) {
        *error = tr("%1: cannot open the model file: %2").arg(path, reason);
        return false;
    }
    // The header and the section lengths are checked against the file's size before the body is read, so
    // that a huge file of zeros or a lying length is refused without allocating its size.
    if (!checkLayout(path, f, error))
        return false;
    f.seek(0);
    const QByteArray all = f.read(f.size());
    quint32 count = 0;
    if (all.size() != f.size()) {
        *error = tr("%1: cannot open the model file: %2").arg(path, f.errorString());
        return false;
    }
    if (!checkContainer(path, all, &count, error))
        return false;
    QHash<QByteArray, QByteArray> sections;
    const bool complete = splitSections(all.left(all.size() - kHashSize), count, &sections);
    return readSections(path, sections, complete, data, error);
}

bool Checkpoint::checkLayout(const QString &path, QFile &file, QString *error)
{
    quint32 count = 0;
    if (!checkHeader(path, file.read(kHeaderSize), file.size(), &count, error))
        return false;
    QDataStream s(&file);
    s.setByteOrder(QDataStream::BigEndian);
    const qint64 bodyEnd = file.size() - kHashSize;
    qint64 pos = kHeaderSize;
    for (quint32 i = 0; i < count && count <= kMaxSections; ++i) {
        quint64 len = 0;
        if (pos + kSectionHeaderSize > bodyEnd || !file.seek(pos + 4))
            break;
        s >> len;
        pos += kSectionHeaderSize;
        if (len > quint64(bodyEnd - pos))
            break;
        pos += qint64(len);
    }
    if (count > kMaxSections || pos != bodyEnd) {
        *error = tr("%1: the model file is corrupt or truncated (its sections do not match its size)").arg(path);
        return false;
    }
    return true;
}

bool Checkpoint::checkHeader(const QString &path, const QByteArray &header, qint64 fileSize, quint32 *count,
                             QString *error)
{
    if (!header.startsWith(kMagic)) {
        *error = tr("%1: not an Entail Studio model file").arg(path);
        return false;
    }
    if (fileSize < kHeaderSize + kHashSize) {
        *error = tr("%1: the model file is truncated").arg(path);
        return false;
    }
    QDataStream s(header);
    s.setByteOrder(QDataStream::BigEndian);
    s.skipRawData(int(kMagic.size()));
    quint32 version = 0;
    s >> version >> *count;
    if (version != kFormatVersion) {
        *error = tr("%1: model file format %2 is not supported by this version (it reads format %3); "
                    "retrain the model or use a matching version of Entail Studio")
                     .arg(path).arg(version).arg(kFormatVersion);
        return false;
    }
    return true;
}

bool Checkpoint::checkContainer(const QString &path, const QByteArray &all, quint32 *count, QString *error)
{
    if (!checkHeader(path, all.left(kHeaderSize), all.size(), count, error))
        return false;
    const QByteArray body = all.left(all.size() - kHashSize);
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != all.right(kHashSize)) {
        *error = tr("%1: the model file is corrupt or truncated (checksum mismatch)").arg(path);
        return false;
    }
    return true;
}

bool Checkpoint::splitSections(const QByteArray &body, quint32 count, QHash<QByteArray, QByteArray> *sections)
{
    qint64 pos = kHeaderSize;
    for (quint32 i = 0; i < count; ++i) {
        if (pos + kSectionHeaderSize > body.size())
            break;
        const QByteArray tag = body.mid(pos, 4);
        QDataStream ls(body.mid(pos + 4, 8));
        ls.setByteOrder(QDataStream::BigEndian);
        quint64 len = 0;
        ls >> len;
        pos += kSectionHeaderSize;
        if (len > quint64(body.size() - pos))
            return false;
        sections->insert(tag, body.mid(pos, qsizetype(len)));
        pos += qint64(len);
    }
    return pos == body.size();
}

bool Checkpoint::readSections(const QString &path, const QHash<QByteArray, QByteArray> &sections, bool complete,
                              CheckpointData *data, QString *error)
{
    for (const char *tag : {"CONF", "LABL", "TOKN", "WGTS", "METR"})
        complete = complete && sections.contains(sectionTag(tag));
    QJsonParseError confError, labelError, metricsError;
    const QJsonDocument conf = QJsonDocument::fromJson(sections.value(sectionTag("CONF")), &confError);
    const QJsonDocument labels = QJsonDocument::fromJson(sections.value(sectionTag("LABL")), &labelError);
    const QJsonDocument metrics = QJsonDocument::fromJson(sections.value(sectionTag("METR")), &metricsError);
    if (!complete || !conf.isObject() || !labels.isArray() || !metrics.isObject()) {
        *error = tr("%1: the model file is damaged (missing or malformed sections)").arg(path);
        return false;
    }
    QStringList names;
    for (const QJsonValue &v : labels.array())
        names << v.toString();
    if (names != programLabels()) {
        *error = tr("%1: the model's labels (%2) differ from this program's (%3)")
                     .arg(path, names.join(QStringLiteral(", ")), programLabels().join(QStringLiteral(", ")));
        return false;
    }
    data->config = conf.object();
    data->labels = names;
    data->tokenizer = sections.value(sectionTag("TOKN"));
    data->weights = sections.value(sectionTag("WGTS"));
    data->imageEncoder = sections.value(sectionTag("IENC"));
    data->textEncoder = sections.value(sectionTag("TENC"));
    data->metrics = metrics.object();
    return true;
}

ModelInfo Checkpoint::infoFrom(const QString &path, const CheckpointData &data)
{
    ModelInfo info;
    info.file = path;
    const QJsonObject net = data.config.value(QStringLiteral("network")).toObject();
    const QJsonObject training = data.config.value(QStringLiteral("training")).toObject();
    auto encoder = [&net](const char *kind, const char *name) {
        const QString k = net.value(QLatin1String(kind)).toString();
        const QString n = net.value(QLatin1String(name)).toString();
        return k == QLatin1String("torchscript") ? QStringLiteral("torchscript:%1").arg(n) : k;
    };
    info.imageEncoder = encoder("image_encoder", "image_encoder_name");
    info.textEncoder = encoder("text_encoder", "text_encoder_name");
    info.loss = training.value(QStringLiteral("loss")).toString();
    info.epochs = training.value(QStringLiteral("epochs_run")).toInt();
    info.createdAt = data.config.value(QStringLiteral("created_at")).toString();
    MetricsJson::fromJson(data.metrics.value(QStringLiteral("validation")).toObject(), &info.validation);
    info.hasTest = data.metrics.value(QStringLiteral("has_test")).toBool();
    if (info.hasTest)
        MetricsJson::fromJson(data.metrics.value(QStringLiteral("test")).toObject(), &info.test);
    return info;
}

std::optional<ModelInfo> Checkpoint::readInfo(const QString &path, QString *error)
{
    CheckpointData data;
    if (!read(path, &data, error))
        return std::nullopt;
    return infoFrom(path, data);
}

}  // namespace entail
