// ProjectStore's per-annotator labels (the rest of the store: store.cpp). Like image_fetches, the table is
// not part of every project's schema: it appears with the first annotator label, so older projects and
// StoreCheck are unaffected. The label domain is enforced by the table itself.
#include "model/store/store.h"

#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"

#include <QSqlQuery>

namespace entail {

namespace {
const char *const kAnnotatorTable[] = {
    "CREATE TABLE IF NOT EXISTS annotator_labels(pair_key INTEGER NOT NULL REFERENCES pairs(key),"
    " annotator TEXT NOT NULL, label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 2), ts TEXT NOT NULL,"
    " PRIMARY KEY (pair_key, annotator))",
};
}  // namespace

bool ProjectStore::recordAnnotatorLabel(qint64 key, int label, const QString &annotator, QString *error,
                                        int *previous)
{
    if (!isValidLabel(label))
        return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    if (annotator.trimmed().isEmpty())
        return d->refuse(error, StoreConnection::tr("an annotator label needs the annotator's name"));
    return d->transaction(error, [&] {
        if (!d->execAll(kAnnotatorTable, std::size(kAnnotatorTable), error)
            || !PairTable::changeLabel(*d, key, label, annotator, QStringLiteral("human"), error, previous))
            return false;
        QSqlQuery q(d->db());
        return d->execPrepared(q,
                               QStringLiteral("INSERT OR REPLACE INTO annotator_labels(pair_key, annotator, label, ts)"
                                              " VALUES (?, ?, ?, ?)"),
                               {key, StoreConnection::text(annotator), label, StoreConnection::timestampNow()},
                               StoreConnection::tr("cannot record the annotator's label"), error);
    });
}

std::vector<AnnotatorLabelRecord> ProjectStore::annotatorLabels() const
{
    std::vector<AnnotatorLabelRecord> out;
    if (!d->hasSchemaObject(QStringLiteral("annotator_labels")))
        return out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pair_key, annotator, label, ts FROM annotator_labels"
                               " ORDER BY pair_key, annotator")))
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

}  // namespace entail
