#include "app/clinotes.h"

#include "app/commands.h"
#include "model/core/labels.h"

#include <QJsonArray>

namespace entail::cli {

void CliNotes::printBaseline(const Metrics &m, const QString &indent)
{
    const Baseline b = majorityBaseline(m);
    if (b.label < 0)
        return;
    out() << indent
          << tr("majority baseline (always %1): accuracy %2, macro-F1 %3")
                 .arg(labelName(b.label)).arg(b.accuracy, 0, 'f', 3).arg(b.macroF1, 0, 'f', 3)
          << "\n";
    for (int label : neverPredicted(m)) {
        const QString warning = tr("warning: the model never predicts %1 (%2 such pairs): it misses every one")
                                    .arg(labelName(label)).arg(m.perClass[size_t(label)].support);
        out() << indent << warning << "\n";
    }
}

void CliNotes::printCalibration(const TemperatureFit &fit)
{
    if (fit.count == 0)
        return;
    out() << tr("calibration: temperature %1 on %2 validation pairs; NLL %3 -> %4, ECE %5 -> %6")
                 .arg(fit.temperature, 0, 'f', 3).arg(fit.count).arg(fit.nllBefore, 0, 'f', 4)
                 .arg(fit.nllAfter, 0, 'f', 4).arg(fit.eceBefore, 0, 'f', 4).arg(fit.eceAfter, 0, 'f', 4)
          << "\n";
}

void CliNotes::addToJson(const Metrics &m, QJsonObject *o)
{
    const Baseline b = majorityBaseline(m);
    QJsonObject baseline;
    baseline[QStringLiteral("label")] = b.label >= 0 ? labelName(b.label) : QString();
    baseline[QStringLiteral("accuracy")] = b.accuracy;
    baseline[QStringLiteral("macro_f1")] = b.macroF1;
    (*o)[QStringLiteral("baseline")] = baseline;
    QJsonArray never;
    for (int label : neverPredicted(m))
        never.append(labelName(label));
    (*o)[QStringLiteral("never_predicted")] = never;
}

}  // namespace entail::cli
