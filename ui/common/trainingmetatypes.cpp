#include "ui/common/trainingmetatypes.h"

namespace entail {

void registerTrainingMetaTypes()
{
    qRegisterMetaType<TrainConfig>();
    qRegisterMetaType<TrainProgress>();
    qRegisterMetaType<EpochSummary>();
    qRegisterMetaType<TrainResult>();
    qRegisterMetaType<ModelVersion>();
    qRegisterMetaType<PairKeys>();
    qRegisterMetaType<Predictions>();
    qRegisterMetaType<PredictorPtr>();
}

}  // namespace entail
