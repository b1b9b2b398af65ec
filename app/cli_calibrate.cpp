// entail calibrate: temperature scaling of a project's model version after the fact (fitted on the
// validation split's predictions, stored in the model file; the version's stored predictions follow).
#include "app/clinotes.h"
#include "app/predictioninput.h"
#include "model/inference/predictor.h"
#include "model/modelfile/versioncalibration.h"
#include "model/store/store.h"

#include <QCoreApplication>

namespace entail::cli {
namespace {

class CalibrateCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // The version named (v3) or numbered by `id`, or the active one when `id` is empty.
    static std::optional<ModelVersion> findVersion(const ProjectStore &store, const QString &id)
    {
        if (id.isEmpty())
            return store.activeModel();
        for (const ModelVersion &v : store.models())
            if (v.name == id || QString::number(v.id) == id)
                return v;
        return std::nullopt;
    }

    // A version that was never predicted (a project trained on the command line) is predicted first.
    static bool ensurePredictions(ProjectStore &store, const ModelVersion &version, QString *error)
    {
        std::vector<qint64> keys;
        std::vector<Prediction> predictions;
        if (store.loadPredictions(version.id, &keys, &predictions) && !keys.empty())
            return true;
        std::unique_ptr<Predictor> predictor = Predictor::load(version.file, error);
        if (!predictor)
            return false;
        const std::vector<Pair> pairs = store.dataset().pairs;
        predictions = predictWithProgress(*predictor, pairs);
        for (const Pair &p : pairs)
            keys.push_back(p.key);
        return store.savePredictions(version.id, keys, predictions, error);
    }

    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Fit a temperature on the validation split and store it in the model file."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file."), tr("FILE"));
        const QCommandLineOption model(QStringLiteral("model"), tr("Model version (name such as v3, or id); "
                                                                   "default: the active one."), tr("ID"));
        parser.addOptions({project, model});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (!parser.isSet(project)) {
            err() << tr("usage: entail calibrate --project FILE [--model ID]") << "\n";
            return BadInput;
        }
        ProjectStore store;
        QString error;
        if (!store.open(parser.value(project), &error)) {
            err() << error << "\n";
            return BadInput;
        }
        if (store.isReadOnly()) {
            err() << tr("%1: the project is read-only").arg(parser.value(project)) << "\n";
            return BadInput;
        }
        const std::optional<ModelVersion> version = findVersion(store, parser.value(model));
        if (!version) {
            err() << (parser.isSet(model) ? tr("%1: no model version %2").arg(parser.value(project), parser.value(model))
                                          : tr("%1: no active model version").arg(parser.value(project)))
                  << "\n";
            return BadInput;
        }
        std::optional<TemperatureFit> fit;
        if (ensurePredictions(store, *version, &error))
            fit = VersionCalibration::calibrate(store, *version, &error);
        if (!fit) {
            err() << error << "\n";
            return BadInput;
        }
        out() << tr("%1: model %2 calibrated").arg(parser.value(project), version->name) << "\n";
        CliNotes::printCalibration(*fit);
        return Ok;
    }
};

const Registration calibrateCommand({QStringLiteral("calibrate"),
                                     CalibrateCli::tr("fit a model version's temperature on the validation split"),
                                     &CalibrateCli::run});

}  // namespace
}  // namespace entail::cli
