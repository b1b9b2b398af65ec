// entail predict: probabilities and predicted label of every pair of a CSV, written as CSV; with --project,
// every pair of a project predicted and stored in it (cli_predictproject.cpp).
#include "app/predictioninput.h"
#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/csv.h"
#include "model/inference/predictor.h"

#include <QCoreApplication>

namespace entail::cli {
namespace {

class PredictCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments)
    {
        if (wantsProjectPrediction(arguments))
            return predictProject(arguments);
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Predict every pair of a CSV; writes id_1, id_2, one probability per label and the predicted label."));
        PredictionInput input(tr("CSV (tweets schema; labels optional)."),
                              tr("usage: entail predict --model MODEL --data FILE.csv [--images DIR] "
                                 "[--device cpu|cuda] --out preds.csv\n"
                                 "       entail predict --project FILE.entail [--device cpu|cuda]"));
        const QCommandLineOption output(QStringLiteral("out"), tr("Predictions CSV to write."), tr("FILE"));
        const QCommandLineOption project(
            QStringLiteral("project"),
            tr("Instead of --model, --data and --out: predict every pair of this project with its active model, "
               "in batches, and store the predictions in it."),
            tr("FILE"));
        int code = Ok;
        if (!input.parseAndLoad(parser, arguments, {output, project}, {output}, &code, &output))
            return code;
        const Dataset &ds = input.dataset;
        const std::vector<Prediction> predictions = predictWithProgress(*input.predictor, ds.pairs);
        QByteArray bytes = CsvWriter::row({QStringLiteral("id_1"), QStringLiteral("id_2"),
                                           QStringLiteral("p_contradictory"), QStringLiteral("p_implies"),
                                           QStringLiteral("p_noentailment"), QStringLiteral("predicted")});
        for (size_t i = 0; i < ds.pairs.size(); ++i) {
            const Prediction &p = predictions[i];
            bytes += CsvWriter::row({ds.pairs[i].first.id, ds.pairs[i].second.id,
                                     QString::number(p.both[Contradictory], 'f', 6),
                                     QString::number(p.both[Implies], 'f', 6),
                                     QString::number(p.both[NoEntailment], 'f', 6), labelName(p.label())});
        }
        QString error;
        bool byMachine = false;
        if (!OutputPath::writeAtomically(parser.value(output), bytes, &error, &byMachine)) {
            err() << error << "\n";
            return byMachine ? Internal : BadInput;
        }
        out() << tr("%1: %2 predictions written").arg(parser.value(output)).arg(ds.pairs.size()) << "\n";
        return Ok;
    }
};

const Registration predictCommand({QStringLiteral("predict"), PredictCli::tr("predict the pairs of a CSV or a project"),
                                   &PredictCli::run});

}  // namespace
}  // namespace entail::cli
