#include "ui/session/modelfilecopy.h"

#include "model/metrics/metricsjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace entail {

namespace {

QString modelConfigJson(const ModelInfo &info)
{
    QJsonObject o;
    o.insert(QStringLiteral("image_encoder"), info.imageEncoder);
    o.insert(QStringLiteral("text_encoder"), info.textEncoder);
    o.insert(QStringLiteral("loss"), info.loss);
    o.insert(QStringLiteral("epochs"), info.epochs);
    o.insert(QStringLiteral("created_at"), info.createdAt);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString modelMetricsJson(const ModelInfo &info)
{
    QJsonObject o;
    o.insert(QStringLiteral("validation"), MetricsJson::toJson(info.validation));
    if (info.hasTest)
        o.insert(QStringLiteral("test"), MetricsJson::toJson(info.test));
    o.insert(QStringLiteral("has_test"), info.hasTest);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

ModelFileCopy::Result ModelFileCopy::load(const QString &file, const QString &modelsDir)
{
    Result out;
    std::unique_ptr<Predictor> predictor = Predictor::load(file, &out.error);
    if (!predictor)
        return out;
    const QFileInfo source(file);
    const QString dir = QDir(modelsDir).absolutePath();
    if (source.absolutePath() == dir) {
        out.file = source.absoluteFilePath();
    } else {
        QDir().mkpath(dir);
        QString target = QDir(dir).filePath(source.fileName());
        for (int i = 2; QFileInfo::exists(target); ++i)
            target = QDir(dir).filePath(QStringLiteral("%1-%2.%3").arg(source.completeBaseName()).arg(i)
                                            .arg(source.suffix()));
        if (!QFile::copy(file, target)) {
            // The session's message before this class existed: its translations stay.
            out.error = QCoreApplication::translate("entail::ProjectSession", "%1: cannot copy the model into %2")
                            .arg(file, dir);
            return out;
        }
        out.file = target;
    }
    out.predictor = std::move(predictor);
    return out;
}

ModelVersion ModelFileCopy::version(const Result &loaded)
{
    const ModelInfo info = loaded.predictor->info();
    ModelVersion version;
    version.file = loaded.file;
    version.configJson = modelConfigJson(info);
    version.metricsJson = modelMetricsJson(info);
    return version;
}

}  // namespace entail
