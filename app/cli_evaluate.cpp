// entail evaluate: metrics of a model on a labeled CSV (text table or --json).
#include "app/clinotes.h"
#include "app/predictioninput.h"
#include "model/core/labels.h"
#include "model/metrics/metricsjson.h"
#include "model/inference/predictor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace entail::cli {
namespace {

class EvaluateCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static void printTable(const QString &model, const Metrics &m)
    {
        constexpr int kNameWidth = 14, kColumn = 13;
        out() << tr("model: %1").arg(model) << "\n"
              << tr("pairs: %1").arg(m.count) << "\n"
              << tr("accuracy: %1").arg(m.accuracy, 0, 'f', 4) << "\n"
              << tr("macro-F1: %1").arg(m.macroF1, 0, 'f', 4) << "\n"
              << tr("weighted-F1: %1").arg(m.weightedF1, 0, 'f', 4) << "\n"
              << tr("expected calibration error: %1").arg(m.ece, 0, 'f', 4) << "\n";
        CliNotes::printBaseline(m);
        out() << "\n";
        out() << QString().leftJustified(kNameWidth) << tr("precision").rightJustified(kColumn)
              << tr("recall").rightJustified(kColumn) << tr("F1").rightJustified(kColumn)
              << tr("support").rightJustified(kColumn) << "\n";
        for (int c = 0; c < kNumClasses; ++c) {
            const ClassMetrics &k = m.perClass[size_t(c)];
            out() << labelName(c).leftJustified(kNameWidth)
                  << QString::number(k.precision, 'f', 4).rightJustified(kColumn)
                  << QString::number(k.recall, 'f', 4).rightJustified(kColumn)
                  << QString::number(k.f1, 'f', 4).rightJustified(kColumn)
                  << QString::number(k.support).rightJustified(kColumn) << "\n";
        }
        out() << "\n" << tr("confusion matrix (rows = true label, columns = predicted):") << "\n";
        printClassMatrix(out(), kNameWidth, kColumn,
                         [&m](int t, int p) { return QString::number(m.confusion[size_t(t)][size_t(p)]); });
    }

    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Evaluate a model on a labeled CSV."));
        PredictionInput input(tr("Labeled CSV (tweets schema)."),
                              tr("usage: entail evaluate --model MODEL --data FILE.csv [--images DIR] "
                                 "[--device cpu|cuda] [--json]"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (accuracy, macro_f1, per_class, confusion)."));
        int code = Ok;
        if (!input.parseAndLoad(parser, arguments, {json}, {}, &code))
            return code;
        const Dataset &ds = input.dataset;
        std::vector<Pair> labeled;
        for (const Pair &p : ds.pairs)
            if (isValidLabel(p.currentLabel))
                labeled.push_back(p);
        if (labeled.empty()) {
            err() << tr("%1: no labeled pairs to evaluate").arg(parser.value(input.data)) << "\n";
            return BadInput;
        }
        const std::vector<Prediction> predictions = predictWithProgress(*input.predictor, labeled);
        std::vector<int> truth, predicted;
        std::vector<Probs> probs;
        for (size_t i = 0; i < labeled.size(); ++i) {
            truth.push_back(labeled[i].currentLabel);
            predicted.push_back(predictions[i].label());
            probs.push_back(predictions[i].both);
        }
        const Metrics m = computeMetrics(truth, predicted, &probs);
        if (parser.isSet(json)) {
            QJsonObject o = MetricsJson::toJson(m);
            CliNotes::addToJson(m, &o);
            o[QStringLiteral("model")] = parser.value(input.model);
            o[QStringLiteral("data")] = parser.value(input.data);
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            printTable(parser.value(input.model), m);
        }
        return Ok;
    }
};

const Registration evaluateCommand({QStringLiteral("evaluate"),
                                    EvaluateCli::tr("metrics of a model on a labeled CSV"), &EvaluateCli::run});

}  // namespace
}  // namespace entail::cli
