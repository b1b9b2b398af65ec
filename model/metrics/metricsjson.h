#pragma once
// Metrics <-> JSON, shared by the checkpoint and `entail evaluate --json`.
// Keys: count, accuracy, macro_f1, weighted_f1, ece, per_class {<label name>: {precision, recall, f1,
// support, predicted}}, confusion [[...]] (rows = true label, columns = predicted, in label id order).
#include "model/metrics/calibration.h"
#include "model/metrics/metrics.h"

#include <QJsonObject>

namespace entail {

class MetricsJson final {
public:
    static QJsonObject toJson(const Metrics &m);
    static bool fromJson(const QJsonObject &json, Metrics *m);
    // Keys: temperature, count, nll_before, nll_after, ece_before, ece_after. Absent (an older file): T = 1.
    static QJsonObject toJson(const TemperatureFit &fit);
    static TemperatureFit fitFromJson(const QJsonObject &json);
};

}  // namespace entail
