#include "model/data/reviewexport.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/csv.h"

#include <QHash>
#include <QStringList>

namespace entail {

QByteArray ReviewExport::csv(const std::vector<ReviewEntry> &entries, const std::vector<Pair> &pairs)
{
    QHash<qint64, const Pair *> byKey;
    byKey.reserve(qsizetype(pairs.size()));
    for (const Pair &p : pairs)
        byKey.insert(p.key, &p);
    QByteArray out = CsvWriter::row({QStringLiteral("id_1"), QStringLiteral("id_2"), QStringLiteral("state"),
                                     QStringLiteral("comment"), QStringLiteral("label"), QStringLiteral("annotator"),
                                     QStringLiteral("time")});
    for (const ReviewEntry &e : entries) {
        const Pair *p = byKey.value(e.pairKey, nullptr);
        out += CsvWriter::row({p ? p->first.id : QString(), p ? p->second.id : QString(),
                               ReviewStore::stateName(e.state), e.comment,
                               isValidLabel(e.label) ? labelName(e.label) : QString(), e.annotator, e.time});
    }
    return out;
}

bool ReviewExport::write(const QString &path, const std::vector<ReviewEntry> &entries, const std::vector<Pair> &pairs,
                         QString *error)
{
    return OutputPath::writeAtomically(path, csv(entries, pairs), error);
}

}  // namespace entail
