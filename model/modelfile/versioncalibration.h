#pragma once
// "Calibrate" for a model version that exists already: a temperature fitted on the version's stored
// predictions of the validation split (current labels), written into its model file (metrics section:
// "calibration"; network: "temperature", multiplied, so that calibrating twice stays right), and every stored
// prediction of the version re-scaled to match. No Torch: the probabilities are enough (calibration.h).
#include "model/metrics/calibration.h"
#include "model/modelfile/checkpoint.h"

#include <QCoreApplication>
#include <optional>

namespace entail {

class ProjectStore;
struct ModelVersion;

class VersionCalibration final {
    Q_DECLARE_TR_FUNCTIONS(VersionCalibration)

public:
    // The temperature a model file applies (1 for files written before calibration existed).
    static double temperatureOf(const CheckpointData &data);
    // The fit recorded in a model file; temperature 1 and count 0 when it has none.
    static TemperatureFit recordedFit(const CheckpointData &data);
    // Multiplies the file's temperature by `factor` and records `fit` (whose temperature is the new total).
    // Atomic: the old file stays on failure.
    static bool rescaleFile(const QString &modelFile, double factor, const TemperatureFit &fit, QString *error);
    // The whole step, on `store`'s thread. Fails with a message when the version has no stored predictions or
    // the validation split has no labeled pair.
    static std::optional<TemperatureFit> calibrate(ProjectStore &store, const ModelVersion &version, QString *error);
};

}  // namespace entail
