#include "model/data/predictionexport.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/csv.h"

#include <QStringList>

namespace entail {

namespace {
QString number(float p) { return QString::number(double(p), 'f', 6); }
}  // namespace

QByteArray PredictionExport::csv(const std::vector<Pair> &pairs,
                                 const std::vector<std::optional<Prediction>> &predictions)
{
    QByteArray out = CsvWriter::row({QStringLiteral("id_1"), QStringLiteral("id_2"), QStringLiteral("label"),
                                     QStringLiteral("predicted_label"), QStringLiteral("p_contradictory"),
                                     QStringLiteral("p_implies"), QStringLiteral("p_noentailment"),
                                     QStringLiteral("text_only_label"), QStringLiteral("image_only_label")});
    for (size_t i = 0; i < pairs.size(); ++i) {
        const Pair &p = pairs[i];
        QStringList row{p.first.id, p.second.id, isValidLabel(p.currentLabel) ? labelName(p.currentLabel) : QString()};
        const std::optional<Prediction> &pred = i < predictions.size() ? predictions[i] : std::nullopt;
        if (pred) {
            row << labelName(pred->label()) << number(pred->both[0]) << number(pred->both[1]) << number(pred->both[2])
                << labelName(argmax(pred->textOnly)) << labelName(argmax(pred->imageOnly));
        } else {
            row << QString() << QString() << QString() << QString() << QString() << QString();
        }
        out += CsvWriter::row(row);
    }
    return out;
}

bool PredictionExport::write(const QString &path, const std::vector<Pair> &pairs,
                             const std::vector<std::optional<Prediction>> &predictions, QString *error)
{
    return OutputPath::writeAtomically(path, csv(pairs, predictions), error);
}

}  // namespace entail
