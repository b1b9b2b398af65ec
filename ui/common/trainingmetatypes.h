#pragma once
// The types that queued signals carry between the training/prediction threads and the GUI thread.
#include "model/inference/predictor.h"
#include "model/store/store.h"
#include "model/training/trainer.h"

#include <QMetaType>
#include <memory>
#include <vector>

namespace entail {

using PairKeys = std::vector<qint64>;
using Predictions = std::vector<Prediction>;
using PredictorPtr = std::shared_ptr<const Predictor>;

// Registers the types below for queued connections; cheap and idempotent.
void registerTrainingMetaTypes();

}  // namespace entail

Q_DECLARE_METATYPE(entail::TrainConfig)
Q_DECLARE_METATYPE(entail::TrainProgress)
Q_DECLARE_METATYPE(entail::EpochSummary)
Q_DECLARE_METATYPE(entail::TrainResult)
Q_DECLARE_METATYPE(entail::ModelVersion)
Q_DECLARE_METATYPE(entail::PairKeys)
Q_DECLARE_METATYPE(entail::Predictions)
Q_DECLARE_METATYPE(entail::PredictorPtr)
