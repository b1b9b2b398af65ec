#pragma once
// The model's view of every pair as a CSV for analysis elsewhere: the label, the prediction and its three
// probabilities, and what the text alone and the image alone would say. Pairs without a prediction keep
// empty prediction columns. Label names as in the tweets schema; numbers in C notation.
#include "model/core/types.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace entail {

class PredictionExport final {
public:
    static QByteArray csv(const std::vector<Pair> &pairs, const std::vector<std::optional<Prediction>> &predictions);
    // Written atomically; false with "cannot write PATH: REASON" (a full disk named).
    static bool write(const QString &path, const std::vector<Pair> &pairs,
                      const std::vector<std::optional<Prediction>> &predictions, QString *error);
};

}  // namespace entail
