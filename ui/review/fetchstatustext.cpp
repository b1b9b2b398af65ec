#include "ui/review/fetchstatustext.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace entail {

QString FetchStatusText::describe(const ImageFetchRecord *r)
{
    if (!r)
        return tr("not fetched yet");
    const QString status = r->status;
    if (status == QLatin1String("ok"))
        return tr("fetched, but the file is gone");
    if (status == QLatin1String("not_found")) {
        const QRegularExpressionMatch code = QRegularExpression(QStringLiteral("^HTTP (\\d+)")).match(r->reason);
        return code.hasMatch() ? tr("not found on the server (%1)").arg(code.captured(1))
                               : tr("not found on the server");
    }
    if (status == QLatin1String("not_an_image"))
        return tr("not an image");
    if (status == QLatin1String("too_large"))
        return tr("too large");
    if (status == QLatin1String("timeout"))
        return tr("timed out");
    if (status == QLatin1String("refused"))
        return tr("refused: %1").arg(r->reason);
    return tr("failed: %1").arg(r->reason);
}

QString FetchStatusText::placeholder(const ImageFetchRecord &record)
{
    // The end of a long source says most (the archive entry, the file name).
    const QString source = record.url.size() > 90 ? QStringLiteral("\u2026") + record.url.right(89) : record.url;
    return tr("Image not available: %1.\nSource: %2").arg(describe(&record), source);
}

QString FetchStatusText::notFetchedHint()
{
    return tr("Not fetched yet: File \u203a Get images... downloads it.");
}

std::vector<FetchStatusText::MissingImage> FetchStatusText::missingImages(const std::vector<Pair> &pairs)
{
    std::vector<MissingImage> missing;
    missing.reserve(pairs.size() * 2);
    for (const Pair &p : pairs)
        for (const Tweet *t : {&p.first, &p.second})
            if (t->imageMissing)
                missing.push_back({t->id, !t->imageUrl.isEmpty()});
    return missing;
}

QString FetchStatusText::summary(const std::vector<MissingImage> &missing,
                                 const QHash<QString, ImageFetchRecord> &records)
{
    QMap<QString, int> counts;
    QSet<QString> seen;
    for (const MissingImage &m : missing) {
        if ((!m.hasLink && !records.contains(m.tweetId)) || seen.contains(m.tweetId))
            continue;
        seen.insert(m.tweetId);
        const auto it = records.constFind(m.tweetId);
        const ImageFetchRecord *record = it == records.cend() ? nullptr : &*it;
        // Refusals and failures differ in their reasons: counted under their status only.
        const QString key = record && (record->status == QLatin1String("refused")) ? tr("refused")
                            : record && record->status == QLatin1String("failed") ? tr("failed")
                                                                                 : describe(record);
        ++counts[key];
    }
    if (counts.isEmpty())
        return {};
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return tr("Missing images: %1").arg(parts.join(QStringLiteral(", ")));
}

}  // namespace entail
