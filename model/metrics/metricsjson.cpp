#include "model/metrics/metricsjson.h"

#include "model/core/labels.h"

#include <QJsonArray>

namespace entail {

namespace {

// One table of fields serves both directions, so a key can never differ between writing and reading.
template <typename Struct>
struct Field {
    const char *key;
    double Struct::*real;  // exactly one of the two is set
    int Struct::*whole;
};

const Field<Metrics> kMetricsFields[] = {
    {"count", nullptr, &Metrics::count},
    {"accuracy", &Metrics::accuracy, nullptr},
    {"macro_f1", &Metrics::macroF1, nullptr},
    {"weighted_f1", &Metrics::weightedF1, nullptr},
    {"ece", &Metrics::ece, nullptr},
};

const Field<ClassMetrics> kClassFields[] = {
    {"precision", &ClassMetrics::precision, nullptr},
    {"recall", &ClassMetrics::recall, nullptr},
    {"f1", &ClassMetrics::f1, nullptr},
    {"support", nullptr, &ClassMetrics::support},
    {"predicted", nullptr, &ClassMetrics::predicted},
};

const Field<TemperatureFit> kFitFields[] = {
    {"temperature", &TemperatureFit::temperature, nullptr},
    {"count", nullptr, &TemperatureFit::count},
    {"nll_before", &TemperatureFit::nllBefore, nullptr},
    {"nll_after", &TemperatureFit::nllAfter, nullptr},
    {"ece_before", &TemperatureFit::eceBefore, nullptr},
    {"ece_after", &TemperatureFit::eceAfter, nullptr},
};

template <typename Struct, size_t N>
void writeFields(const Struct &from, const Field<Struct> (&fields)[N], QJsonObject *to)
{
    for (const Field<Struct> &f : fields) {
        const QString key = QString::fromLatin1(f.key);
        if (f.real)
            (*to)[key] = from.*f.real;
        else
            (*to)[key] = from.*f.whole;
    }
}

template <typename Struct, size_t N>
void readFields(const QJsonObject &from, const Field<Struct> (&fields)[N], Struct *to)
{
    for (const Field<Struct> &f : fields) {
        const QJsonValue value = from.value(QString::fromLatin1(f.key));
        if (f.real)
            to->*f.real = value.toDouble();
        else
            to->*f.whole = value.toInt();
    }
}

}  // namespace

QJsonObject MetricsJson::toJson(const Metrics &m)
{
    QJsonObject o;
    writeFields(m, kMetricsFields, &o);
    QJsonObject perClass;
    QJsonArray confusion;
    for (int c = 0; c < kNumClasses; ++c) {
        QJsonObject k;
        writeFields(m.perClass[size_t(c)], kClassFields, &k);
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
    readFields(o, kMetricsFields, &m);
    const QJsonObject perClass = o.value(QStringLiteral("per_class")).toObject();
    const QJsonArray confusion = o.value(QStringLiteral("confusion")).toArray();
    if (confusion.size() != kNumClasses)
        return false;
    for (int c = 0; c < kNumClasses; ++c) {
        readFields(perClass.value(labelName(c)).toObject(), kClassFields, &m.perClass[size_t(c)]);
        const QJsonArray row = confusion.at(c).toArray();
        if (row.size() != kNumClasses)
            return false;
        for (int p = 0; p < kNumClasses; ++p)
            m.confusion[size_t(c)][size_t(p)] = row.at(p).toInt();
    }
    *out = m;
    return true;
}

QJsonObject MetricsJson::toJson(const TemperatureFit &fit)
{
    QJsonObject o;
    writeFields(fit, kFitFields, &o);
    return o;
}

TemperatureFit MetricsJson::fitFromJson(const QJsonObject &json)
{
    TemperatureFit fit;
    if (!json.contains(QStringLiteral("temperature")))
        return fit;
    readFields(json, kFitFields, &fit);
    if (!(fit.temperature > 0.0))
        fit.temperature = 1.0;
    return fit;
}

}  // namespace entail
