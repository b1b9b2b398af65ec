#include "model/training/trainer.h"

#include "model/core/outputpath.h"
#include "model/net/computedevice.h"
#include "model/training/trainingrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace entail {

namespace {
// A class lupdate understands: a free tr() helper made it record "entail::Trainer" while the runtime asked
// for "Trainer", so these messages were never translated.
class TrainerText {
    Q_DECLARE_TR_FUNCTIONS(Trainer)
};
}  // namespace

Trainer::Trainer(TrainConfig config) : m_config(std::move(config)) {}
Trainer::~Trainer() = default;

TrainResult Trainer::train(const Dataset &dataset, const QString &outModelFile, const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    TrainResult result;
    // The output is checked before the work, so that a mistyped folder does not cost a training run.
    if (!ComputeDevice::check(m_config.device, &result.error)
        || (!outModelFile.isEmpty() && !OutputPath::check(outModelFile, &result.error))) {
        result.inputError = true;
        return result;
    }
    try {
        TrainingRun run(m_config, *this, cancel);
        if (run.buildNetwork(dataset) && run.prepareData(dataset)) {
            run.setUpOptimization();
            run.result().ok = run.runEpochs() && run.finish(dataset, outModelFile);
        }
        result = std::move(run.result());
    } catch (const std::exception &e) {
        result.error = TrainerText::tr("training failed: %1")
                           .arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
    }
    result.seconds = clock.nsecsElapsed() / 1e9;
    return result;
}

}  // namespace entail
