#include "model/labelissues/labelissuestore.h"

#include "model/store/store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace entail {
namespace {

QJsonArray matrixToJson(const ClassMatrix &m)
{
    QJsonArray rows;
    for (const auto &row : m)
        rows.append(QJsonArray{row[0], row[1], row[2]});
    return rows;
}

ClassMatrix matrixFromJson(const QJsonArray &rows)
{
    ClassMatrix m{};
    for (int i = 0; i < kNumClasses && i < rows.size(); ++i)
        for (int j = 0; j < kNumClasses; ++j)
            m[size_t(i)][size_t(j)] = rows.at(i).toArray().at(j).toDouble();
    return m;
}

// The ranking column by column: a third of the size of one object per pair.
QJsonObject rankingToJson(const std::vector<PairScore> &ranking)
{
    QJsonArray key, id1, id2, given, suggested, quality, issue, p0, p1, p2;
    for (const PairScore &s : ranking) {
        key.append(s.key);
        id1.append(s.id1);
        id2.append(s.id2);
        given.append(s.given);
        suggested.append(s.suggested);
        quality.append(s.quality);
        issue.append(s.isIssue ? 1 : 0);
        p0.append(double(s.probs[0]));
        p1.append(double(s.probs[1]));
        p2.append(double(s.probs[2]));
    }
    return {{QStringLiteral("key"), key},         {QStringLiteral("id_1"), id1},
            {QStringLiteral("id_2"), id2},        {QStringLiteral("given"), given},
            {QStringLiteral("suggested"), suggested}, {QStringLiteral("quality"), quality},
            {QStringLiteral("issue"), issue},     {QStringLiteral("p0"), p0},
            {QStringLiteral("p1"), p1},           {QStringLiteral("p2"), p2}};
}

bool rankingFromJson(const QJsonObject &o, std::vector<PairScore> *ranking)
{
    const auto column = [&o](const char *name) { return o.value(QLatin1String(name)).toArray(); };
    const QJsonArray key = column("key"), id1 = column("id_1"), id2 = column("id_2"), given = column("given"),
                     suggested = column("suggested"), quality = column("quality"), issue = column("issue"),
                     p0 = column("p0"), p1 = column("p1"), p2 = column("p2");
    const qsizetype n = key.size();
    for (const QJsonArray *a : {&id1, &id2, &given, &suggested, &quality, &issue, &p0, &p1, &p2})
        if (a->size() != n)
            return false;
    ranking->clear();
    for (qsizetype i = 0; i < n; ++i) {
        PairScore s;
        s.key = key.at(i).toInteger();
        s.id1 = id1.at(i).toString();
        s.id2 = id2.at(i).toString();
        s.given = given.at(i).toInt(kNoLabel);
        s.suggested = suggested.at(i).toInt(kNoLabel);
        if (!isValidLabel(s.given) || !isValidLabel(s.suggested))
            return false;
        s.quality = quality.at(i).toDouble();
        s.isIssue = issue.at(i).toInt() != 0;
        s.probs = {float(p0.at(i).toDouble()), float(p1.at(i).toDouble()), float(p2.at(i).toDouble())};
        ranking->push_back(s);
    }
    return true;
}

}  // namespace

QString LabelIssueStore::labelsDigest(const std::vector<Pair> &pairs)
{
    QStringList lines;
    lines.reserve(qsizetype(pairs.size()));
    for (const Pair &p : pairs)
        lines << QStringLiteral("%1,%2,%3,%4").arg(p.key).arg(p.first.id, p.second.id).arg(p.currentLabel);
    std::sort(lines.begin(), lines.end());
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool LabelIssueStore::isStale(const LabelIssueResult &result, const std::vector<Pair> &currentPairs)
{
    return result.labelsDigest != labelsDigest(currentPairs);
}

QJsonObject LabelIssueStore::toJson(const LabelIssueResult &r)
{
    return {{QStringLiteral("folds"), r.folds},
            {QStringLiteral("repeats"), r.repeats},
            {QStringLiteral("seed"), QString::number(r.seed)},
            {QStringLiteral("score"), r.score == QualityScore::SelfConfidence ? QStringLiteral("self_confidence")
                                                                              : QStringLiteral("normalized_margin")},
            {QStringLiteral("labels_sha256"), r.labelsDigest},
            {QStringLiteral("created_at"), r.createdAt},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("thresholds"), QJsonArray{r.thresholds[0], r.thresholds[1], r.thresholds[2]}},
            {QStringLiteral("confident_joint"), matrixToJson(r.confidentJoint)},
            {QStringLiteral("noise_matrix"), matrixToJson(r.noiseMatrix)},
            {QStringLiteral("issues_per_label"),
             QJsonArray{r.issuesPerLabel[0], r.issuesPerLabel[1], r.issuesPerLabel[2]}},
            {QStringLiteral("ranking"), rankingToJson(r.ranking)}};
}

bool LabelIssueStore::fromJson(const QJsonObject &o, LabelIssueResult *result)
{
    LabelIssueResult r;
    r.folds = o.value(QStringLiteral("folds")).toInt();
    r.repeats = o.value(QStringLiteral("repeats")).toInt();
    r.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    r.score = o.value(QStringLiteral("score")).toString() == QStringLiteral("normalized_margin")
                  ? QualityScore::NormalizedMargin
                  : QualityScore::SelfConfidence;
    r.labelsDigest = o.value(QStringLiteral("labels_sha256")).toString();
    r.createdAt = o.value(QStringLiteral("created_at")).toString();
    r.seconds = o.value(QStringLiteral("seconds")).toDouble();
    const QJsonArray t = o.value(QStringLiteral("thresholds")).toArray();
    const QJsonArray issues = o.value(QStringLiteral("issues_per_label")).toArray();
    for (int j = 0; j < kNumClasses; ++j) {
        r.thresholds[size_t(j)] = t.at(j).toDouble();
        r.issuesPerLabel[size_t(j)] = issues.at(j).toInt();
    }
    r.confidentJoint = matrixFromJson(o.value(QStringLiteral("confident_joint")).toArray());
    r.noiseMatrix = matrixFromJson(o.value(QStringLiteral("noise_matrix")).toArray());
    if (r.folds < 2 || r.labelsDigest.isEmpty()
        || !rankingFromJson(o.value(QStringLiteral("ranking")).toObject(), &r.ranking))
        return false;
    *result = std::move(r);
    return true;
}

bool LabelIssueStore::save(ProjectStore &store, const LabelIssueResult &result, QString *error)
{
    const QByteArray json = QJsonDocument(toJson(result)).toJson(QJsonDocument::Compact);
    return store.setMeta(QString::fromLatin1(kMetaKey), QString::fromUtf8(json), error);
}

bool LabelIssueStore::load(const ProjectStore &store, LabelIssueResult *result, QString *error)
{
    const QString text = store.meta(QString::fromLatin1(kMetaKey)).toString();
    if (text.isEmpty())
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject() || !fromJson(doc.object(), result)) {
        if (error)
            *error = tr("%1: the stored label-issue scores cannot be read").arg(store.path());
        return false;
    }
    return true;
}

}  // namespace entail
