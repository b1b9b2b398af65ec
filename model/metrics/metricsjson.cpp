#include "model/metrics/metricsjson.h"

#include "model/core/labels.h"

#include <QJsonArray>

namespace entail {

QJsonObject MetricsJson::toJson(const Metrics &m)
{
    QJsonObject o;
    o[QStringLiteral("count")] = m.count;
    o[QStringLiteral("accuracy")] = m.accuracy;
    o[QStringLiteral("macro_f1")] = m.macroF1;
    o[QStringLiteral("weighted_f1")] = m.weightedF1;
    o[QStringLiteral("ece")] = m.ece;
    QJsonObject perClass;
    QJsonArray confusion;
    for (int c = 0; c < kNumClasses; ++c) {
        const ClassMetrics &cm = m.perClass[size_t(c)];
        QJsonObject k;
        k[QStringLiteral("precision")] = cm.precision;
        k[QStringLiteral("recall")] = cm.recall;
        k[QStringLiteral("f1")] = cm.f1;
        k[QStringLiteral("support")] = cm.support;
        k[QStringLiteral("predicted")] = cm.predicted;
        perClass[labelName(c)] = k;
        QJsonArray row;
        for (int p = 0; p < kNumClasses; ++p)
            row.append(m.confusion[size_t(c)][size_t(p)]);
        confusion.append(row);
    }
    o[QStringLiteral("per_class")] = perClass;
    o[QStringLiteral("confusion")] = confusion;
    return o;
}

bool MetricsJson::fromJson(const QJsonObject &o, Metrics *out)
{
    Metrics m;
    m.count = o.value(QStringLiteral("count")).toInt();
    m.accuracy = o.value(QStringLiteral("accuracy")).toDouble();
    m.macroF1 = o.value(QStringLiteral("macro_f1")).toDouble();
    m.weightedF1 = o.value(QStringLiteral("weighted_f1")).toDouble();
    m.ece = o.value(QStringLiteral("ece")).toDouble();
    const QJsonObject perClass = o.value(QStringLiteral("per_class")).toObject();
    const QJsonArray confusion = o.value(QStringLiteral("confusion")).toArray();
    if (confusion.size() != kNumClasses)
        return false;
    for (int c = 0; c < kNumClasses; ++c) {
        const QJsonObject k = perClass.value(labelName(c)).toObject();
        ClassMetrics &cm = m.perClass[size_t(c)];
        cm.precision = k.value(QStringLiteral("precision")).toDouble();
        cm.recall = k.value(QStringLiteral("recall")).toDouble();
        cm.f1 = k.value(QStringLiteral("f1")).toDouble();
        cm.support = k.value(QStringLiteral("support")).toInt();
        cm.predicted = k.value(QStringLiteral("predicted")).toInt();
        const QJsonArray row = confusion.at(c).toArray();
        if (row.size() != kNumClasses)
            return false;
        for (int p = 0; p < kNumClasses; ++p)
            m.confusion[size_t(c)][size_t(p)] = row.at(p).toInt();
    }
    *out = m;
    return true;
}

}  // namespace entail
