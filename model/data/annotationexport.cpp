#include "model/data/annotationexport.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/csv.h"

#include <QHash>
#include <QStringList>

namespace entail {

QByteArray AnnotationExport::csv(const std::vector<AnnotatorLabelRecord> &labels, const std::vector<Pair> &pairs)
{
    QHash<qint64, const Pair *> byKey;
    byKey.reserve(qsizetype(pairs.size()));
    for (const Pair &p : pairs)
        byKey.insert(p.key, &p);
    QByteArray out = CsvWriter::row({QStringLiteral("id_1"), QStringLiteral("id_2"), QStringLiteral("annotator"),
                                     QStringLiteral("label"), QStringLiteral("time")});
    for (const AnnotatorLabelRecord &r : labels) {
        if (const Pair *p = byKey.value(r.pairKey, nullptr))  // the table refers to pairs: always found
            out += CsvWriter::row({p->first.id, p->second.id, r.annotator, labelName(r.label), r.time});
    }
    return out;
}

bool AnnotationExport::write(const QString &path, const std::vector<AnnotatorLabelRecord> &labels,
                             const std::vector<Pair> &pairs, QString *error)
{
    return OutputPath::writeAtomically(path, csv(labels, pairs), error);
}

}  // namespace entail
