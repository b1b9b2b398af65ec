#pragma once
// What the command line prints beside every accuracy/macro-F1: the majority-class baseline on the same pairs,
// a warning for each class the model never predicts, and a temperature fit.
#include "model/metrics/calibration.h"
#include "model/metrics/metrics.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace entail::cli {

class CliNotes final {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static void printBaseline(const Metrics &m, const QString &indent = {});  // stdout; warnings on stderr too
    static void printCalibration(const TemperatureFit &fit);
    // {"baseline": {label, accuracy, macro_f1}, "never_predicted": [names]} added to `o`.
    static void addToJson(const Metrics &m, QJsonObject *o);
};

}  // namespace entail::cli
