// entail predict: probabilities and predicted label of every pair of a CSV, written as CSV.
#include "app/commands.h"
#include "model/core/labels.h"
#include "model/data/csv.h"
#include "model/data/importer.h"
#include "model/inference/predictor.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace entail::cli {
namespace {

class PredictCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Predict every pair of a CSV; writes id_1, id_2, one probability per label and the predicted label."));
        const QCommandLineOption model(QStringLiteral("model"), tr("Model file."), tr("MODEL"));
        const QCommandLineOption data(QStringLiteral("data"), tr("CSV (tweets schema; labels optional)."), tr("FILE"));
        const QCommandLineOption images(QStringLiteral("images"), tr("Folder holding <id>.<ext> images."), tr("DIR"));
        const QCommandLineOption output(QStringLiteral("out"), tr("Predictions CSV to write."), tr("FILE"));
        parser.addOptions({model, data, images, output});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (!parser.isSet(model) || !parser.isSet(data) || !parser.isSet(output)) {
            err() << tr("usage: entail predict --model MODEL --data FILE.csv [--images DIR] --out preds.csv") << "\n";
            return BadInput;
        }
        std::unique_ptr<Predictor> predictor;
        Dataset ds;
        if (!loadModelAndCsv(parser.value(model), parser.value(data), parser.value(images), &predictor, &ds))
            return BadInput;
        const std::vector<Prediction> predictions = predictor->predictAll(ds.pairs, [](int done, int total) {
            err() << "\r" << tr("predicted %1/%2").arg(done).arg(total);
            err().flush();
        });
        err() << "\n";
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
        QSaveFile f(parser.value(output));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            err() << tr("%1: cannot write: %2").arg(parser.value(output), f.errorString()) << "\n";
            return BadInput;
        }
        out() << tr("%1: %2 predictions written").arg(parser.value(output)).arg(ds.pairs.size()) << "\n";
        return Ok;
    }
};

const Registration predictCommand({QStringLiteral("predict"), PredictCli::tr("predict the pairs of a CSV"),
                                   &PredictCli::run});

}  // namespace
}  // namespace entail::cli
