#include "model/training/trainingrecord.h"

#include "model/metrics/metricsjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>
#include <algorithm>
#include <set>
#include <tuple>

namespace entail {

namespace {
QString str(const char *key) { return QString::fromLatin1(key); }

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
}  // namespace

QString TrainingRecord::machineId()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QSysInfo::machineUniqueId());
    hash.addData(QSysInfo::machineHostName().toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QJsonObject TrainingRecord::configToJson(const TrainConfig &c)
{
    QJsonObject o;
    o[str("loss")] = lossName(c.loss);
    o[str("epochs")] = c.epochs;
    o[str("learning_rate")] = c.learningRate;
    o[str("batch_size")] = c.batchSize;
    o[str("seed")] = QString::number(c.seed);  // JSON numbers are doubles: a 64-bit seed would be rounded
    o[str("modality_dropout")] = c.modalityDropout;
    o[str("train_encoders")] = c.trainEncoders;
    o[str("use_images")] = c.useImages;
    o[str("image_encoder_file")] = c.imageEncoderFile;
    o[str("text_encoder_file")] = c.textEncoderFile;
    o[str("init_from")] = c.initFrom;
    o[str("vocab_size")] = c.vocabSize;
    o[str("patience")] = c.patience;
    o[str("prior_correction")] = c.priorCorrection;
    return o;
}

TrainConfig TrainingRecord::configFromJson(const QJsonObject &o)
{
    TrainConfig c;
    lossFromName(o.value(str("loss")).toString(), &c.loss);  // an unknown name keeps the default
    c.epochs = o.value(str("epochs")).toInt(c.epochs);
    c.learningRate = o.value(str("learning_rate")).toDouble(c.learningRate);
    c.batchSize = o.value(str("batch_size")).toInt(c.batchSize);
    bool ok = false;
    const quint64 seed = o.value(str("seed")).toString().toULongLong(&ok);
    if (ok)
        c.seed = seed;
    c.modalityDropout = o.value(str("modality_dropout")).toDouble(c.modalityDropout);
    c.trainEncoders = o.value(str("train_encoders")).toBool(c.trainEncoders);
    c.useImages = o.value(str("use_images")).toBool(c.useImages);
    c.imageEncoderFile = o.value(str("image_encoder_file")).toString();
    c.textEncoderFile = o.value(str("text_encoder_file")).toString();
    c.initFrom = o.value(str("init_from")).toString();
    c.vocabSize = o.value(str("vocab_size")).toInt(c.vocabSize);
    c.patience = o.value(str("patience")).toInt(c.patience);
    c.priorCorrection = o.value(str("prior_correction")).toDouble(0.0);  // records before the option had none
    return c;
}

QString TrainingRecord::labelsSha256(const Dataset &snapshot)
{
    std::vector<std::tuple<qint64, int, int>> rows;
    rows.reserve(snapshot.pairs.size());
    for (const Pair &p : snapshot.pairs)
        rows.emplace_back(p.key, p.currentLabel, int(p.split));
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[key, label, split] : rows)
        hash.addData(QStringLiteral("%1:%2:%3;").arg(key).arg(label).arg(split).toLatin1());
    return QString::fromLatin1(hash.result().toHex());
}

QString TrainingRecord::configJson(const TrainConfig &config, const Dataset &snapshot)
{
    QJsonArray labels;  // [key, label, split] per pair: compact, and enough to rebuild the training set
    std::array<int, kNumSplits> labeled{};
    for (const Pair &p : snapshot.pairs) {
        labels.append(QJsonArray{double(p.key), p.currentLabel, int(p.split)});
        if (isValidLabel(p.currentLabel))
            ++labeled[size_t(p.split)];
    }
    QJsonObject snap;
    snap[str("pairs")] = int(snapshot.pairs.size());
    snap[str("labeled_train")] = labeled[size_t(Split::Train)];
    snap[str("labeled_validation")] = labeled[size_t(Split::Validation)];
    snap[str("labeled_test")] = labeled[size_t(Split::Test)];
    snap[str("sha256")] = labelsSha256(snapshot);
    snap[str("labels")] = labels;
    QJsonObject o;
    o[str("train_config")] = configToJson(config);
    o[str("label_snapshot")] = snap;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString TrainingRecord::metricsJson(const TrainResult &result, const std::vector<EpochSummary> &history)
{
    QJsonObject o;
    o[str("validation")] = MetricsJson::toJson(result.validation);
    o[str("test")] = MetricsJson::toJson(result.test);
    o[str("has_test")] = result.hasTest;
    o[str("best_epoch")] = result.bestEpoch;
    o[str("seconds")] = result.seconds;
    // What the Train dialog estimates the next run's duration from (runs of this computer only).
    QJsonObject timing;
    timing[str("batch_seconds")] = result.batchSeconds;
    timing[str("batches")] = result.batchesRun;
    timing[str("machine")] = machineId();
    o[str("timing")] = timing;
    QJsonArray epochs;
    for (const EpochSummary &s : history) {
        QJsonObject e;
        e[str("epoch")] = s.epoch;
        e[str("train_loss")] = s.trainLoss;
        e[str("validation_loss")] = s.validationLoss;
        e[str("validation_macro_f1")] = s.validation.macroF1;
        e[str("validation_accuracy")] = s.validation.accuracy;
        epochs.append(e);
    }
    o[str("history")] = epochs;
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

VersionRecord TrainingRecord::read(const ModelVersion &version)
{
    VersionRecord r;
    const QJsonObject config = parseObject(version.configJson);
    if (config.contains(str("train_config"))) {
        r.hasConfig = true;
        r.config = configFromJson(config.value(str("train_config")).toObject());
    }
    const QJsonObject snap = config.value(str("label_snapshot")).toObject();
    r.labeled[size_t(Split::Train)] = snap.value(str("labeled_train")).toInt();
    r.labeled[size_t(Split::Validation)] = snap.value(str("labeled_validation")).toInt();
    r.labeled[size_t(Split::Test)] = snap.value(str("labeled_test")).toInt();
    r.labelsSha256 = snap.value(str("sha256")).toString();
    const QJsonArray labels = snap.value(str("labels")).toArray();
    for (const QJsonValue &row : labels) {
        const QJsonArray a = row.toArray();
        if (a.size() >= 2)
            r.labels[qint64(a.at(0).toDouble())] = a.at(1).toInt(kNoLabel);
    }

    const QJsonObject metrics = parseObject(version.metricsJson);
    r.hasMetrics = MetricsJson::fromJson(metrics.value(str("validation")).toObject(), &r.validation);
    r.hasTest = metrics.value(str("has_test")).toBool()
        && MetricsJson::fromJson(metrics.value(str("test")).toObject(), &r.test);
    r.bestEpoch = metrics.value(str("best_epoch")).toInt();
    r.seconds = metrics.value(str("seconds")).toDouble();
    const QJsonObject timing = metrics.value(str("timing")).toObject();
    r.batchSeconds = timing.value(str("batch_seconds")).toDouble();
    r.batchesRun = timing.value(str("batches")).toInt();
    r.machine = timing.value(str("machine")).toString();
    const QJsonArray history = metrics.value(str("history")).toArray();
    for (const QJsonValue &v : history) {
        const QJsonObject e = v.toObject();
        EpochSummary s;
        s.epoch = e.value(str("epoch")).toInt();
        s.trainLoss = e.value(str("train_loss")).toDouble();
        s.validationLoss = e.value(str("validation_loss")).toDouble();
        s.validation.macroF1 = e.value(str("validation_macro_f1")).toDouble();
        s.validation.accuracy = e.value(str("validation_accuracy")).toDouble();
        r.history.push_back(s);
    }
    return r;
}

QString TrainingRecord::nextVersionName(const ProjectStore &store, const QString &modelsDir)
{
    std::set<QString> taken;
    for (const ModelVersion &v : store.models())
        taken.insert(v.name);
    for (int n = int(taken.size()) + 1;; ++n) {
        const QString name = QStringLiteral("v%1").arg(n);
        if (!taken.count(name) && !QFileInfo::exists(QDir(modelsDir).filePath(name + QLatin1String(kModelSuffix))))
            return name;
    }
}

bool TrainingRecord::prepareVersion(const ProjectStore &store, const TrainConfig &config, const Dataset &snapshot,
                                    ModelVersion *version, QString *error)
{
    const QString modelsDir = QDir(store.modelsDir()).absolutePath();
    if (!QDir().mkpath(modelsDir)) {
        if (error)
            *error = tr("Cannot create the models folder %1.").arg(QDir::toNativeSeparators(modelsDir));
        return false;
    }
    removeStaleTempFiles(modelsDir);
    removeOrphanCheckpoints(store, modelsDir);
    *version = ModelVersion();
    version->name = nextVersionName(store, modelsDir);
    version->file = QDir(modelsDir).filePath(version->name + QLatin1String(kModelSuffix));
    version->configJson = configJson(config, snapshot);
    return true;
}

bool TrainingRecord::recordVersion(ProjectStore *store, ModelVersion *version, const TrainResult &result,
                                   const std::vector<EpochSummary> &history, QString *error)
{
    version->created = QDateTime::currentDateTimeUtc();
    version->metricsJson = metricsJson(result, history);
    QString why;
    if (!QFileInfo::exists(version->file)) {
        why = tr("The training finished but its model file %1 is missing.").arg(QDir::toNativeSeparators(version->file));
    } else if (!store || !store->addModel(*version, &why)) {
        QFile::remove(version->file);
        if (why.isEmpty())
            why = tr("The project was closed before the new version could be recorded.");
    }
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

int TrainingRecord::removeStaleTempFiles(const QString &modelsDir, int minAgeSeconds)
{
    // QSaveFile writes "<target>.XXXXXX" next to the target and renames it on commit.
    static const QRegularExpression pattern(QStringLiteral("^.+\\.entailmodel\\.[A-Za-z0-9]{6}$"));
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    int removed = 0;
    const QFileInfoList files = QDir(modelsDir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : files) {
        if (pattern.match(info.fileName()).hasMatch() && info.lastModified().toUTC() <= limit
            && QFile::remove(info.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

QStringList TrainingRecord::removeOrphanCheckpoints(const ProjectStore &store, const QString &modelsDir,
                                                    int minAgeSeconds)
{
    static const QRegularExpression pattern(QStringLiteral("^v[0-9]+\\.entailmodel$"));
    std::set<QString> recorded;
    for (const ModelVersion &v : store.models())
        recorded.insert(QFileInfo(v.file).absoluteFilePath());
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    QStringList removed;
    const QFileInfoList files = QDir(modelsDir).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files) {
        if (!pattern.match(info.fileName()).hasMatch() || recorded.count(info.absoluteFilePath())
            || info.lastModified().toUTC() > limit || !QFile::remove(info.absoluteFilePath()))
            continue;
        removed << info.absoluteFilePath();
        qWarning("%s", qPrintable(tr("%1: removed, as no version of the project records it (a training run was "
                                     "stopped after saving it and before recording it)")
                                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()))));
    }
    return removed;
}

}  // namespace entail
