#include "model/modelfile/versioncalibration.h"

#include "model/metrics/metricsjson.h"
#include "model/store/store.h"

#include <QHash>

namespace entail {

double VersionCalibration::temperatureOf(const CheckpointData &data)
{
    const double t = data.config.value(QStringLiteral("network")).toObject().value(QStringLiteral("temperature")).toDouble(1.0);
    return t > 0.0 ? t : 1.0;
}

TemperatureFit VersionCalibration::recordedFit(const CheckpointData &data)
{
    return MetricsJson::fitFromJson(data.metrics.value(QStringLiteral("calibration")).toObject());
}

bool VersionCalibration::rescaleFile(const QString &modelFile, double factor, const TemperatureFit &fit, QString *error)
{
    CheckpointData data;
    if (!Checkpoint::read(modelFile, &data, error))
        return false;
    QJsonObject network = data.config.value(QStringLiteral("network")).toObject();
    network[QStringLiteral("temperature")] = temperatureOf(data) * factor;
    data.config[QStringLiteral("network")] = network;
    data.metrics[QStringLiteral("calibration")] = MetricsJson::toJson(fit);
    return Checkpoint::write(modelFile, data, error);
}

std::optional<TemperatureFit> VersionCalibration::calibrate(ProjectStore &store, const ModelVersion &version,
                                                            QString *error)
{
    if (store.isReadOnly()) {
        *error = tr("%1: the project is read-only").arg(store.path());
        return std::nullopt;
    }
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    if (!store.loadPredictions(version.id, &keys, &predictions) || keys.empty()) {
        *error = tr("%1: model %2 has no stored predictions; predict all pairs with it first")
                     .arg(store.path(), version.name);
        return std::nullopt;
    }
    CheckpointData data;
    if (!Checkpoint::read(version.file, &data, error))
        return std::nullopt;
    QHash<qint64, const Pair *> byKey;
    const Dataset dataset = store.dataset();
    for (const Pair &p : dataset.pairs)
        byKey.insert(p.key, &p);
    std::vector<int> truth;
    std::vector<Probs> probs;
    for (size_t i = 0; i < keys.size(); ++i) {
        const Pair *p = byKey.value(keys[i]);
        if (p && p->split == Split::Validation && isValidLabel(p->currentLabel)) {
            truth.push_back(p->currentLabel);
            probs.push_back(predictions[i].both);
        }
    }
    if (truth.empty()) {
        *error = tr("%1: no labeled pair in the validation split to calibrate on").arg(store.path());
        return std::nullopt;
    }
    TemperatureFit fit = Calibration::fit(truth, probs);
    const double factor = fit.temperature;
    fit.temperature = temperatureOf(data) * factor;
    if (!rescaleFile(version.file, factor, fit, error))
        return std::nullopt;
    for (Prediction &p : predictions) {
        p.both = Calibration::withTemperature(p.both, factor);
        p.textOnly = Calibration::withTemperature(p.textOnly, factor);
        p.imageOnly = Calibration::withTemperature(p.imageOnly, factor);
    }
    if (!store.savePredictions(version.id, keys, predictions, error)) {
        QString ignored;  // the file goes back to what the stored predictions were made with
        rescaleFile(version.file, 1.0 / factor, recordedFit(data), &ignored);
        return std::nullopt;
    }
    return fit;
}

}  // namespace entail
