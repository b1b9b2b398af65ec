#pragma once
// Metrics <-> JSON, shared by the checkpoint and `entail evaluate --json`.
// Keys: count, accuracy, macro_f1, weighted_f1, ece, per_class {<label name>: {precision, recall, f1,
// support, predicted}}, confusion [[...]] (rows = true label, columns = predicted, in label id order).
#include "model/metrics/metrics.h"

#include <QJsonObject>

namespace entail {

class MetricsJson final {
public:
    static QJsonObject toJson(const Metrics &m);
    static bool fromJson(const QJsonObject &json, Metrics *m);
};

}  // namespace entail
