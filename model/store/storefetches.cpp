// ProjectStore's record of fetched images (the rest of the store: store.cpp). The table is not part of the
// schema every project has: it appears with the first fetch, so older projects and StoreCheck are unaffected.
#include "model/store/store.h"

#include "model/store/storeconnection.h"
#include "model/store/storeschema.h"

#include <QSqlQuery>

namespace entail {

bool ProjectStore::recordFetches(const std::vector<ImageFetchRecord> &records, QString *error)
{
    return d->transaction(error, [&] {
        if (!StoreSchema::ensure(*d, StoreSchema::Lazy::Fetches, error))
            return false;
        QSqlQuery q(d->db());
        for (const ImageFetchRecord &r : records) {
            const QVariantList values{StoreConnection::text(r.tweetId), StoreConnection::text(r.url),
                                      StoreConnection::text(r.time), r.bytes, StoreConnection::text(r.status),
                                      StoreConnection::text(r.reason)};
            if (!d->execPrepared(q,
                                 QStringLiteral("INSERT INTO image_fetches(tweet_id, url, ts, bytes, status, reason)"
                                                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tweet_id) DO UPDATE SET"
                                                " url = excluded.url, ts = excluded.ts, bytes = excluded.bytes,"
                                                " status = excluded.status, reason = excluded.reason"),
                                 values, StoreConnection::tr("cannot record fetched images"), error))
                return false;
        }
        return true;
    });
}

std::vector<ImageFetchRecord> ProjectStore::fetchRecords() const
{
    std::vector<ImageFetchRecord> records;
    if (!d->hasSchemaObject(QStringLiteral("image_fetches")))
        return records;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT tweet_id, url, ts, bytes, status, reason FROM image_fetches"
                               " ORDER BY tweet_id")))
        return records;
    while (q.next())
        records.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    return records;
}

}  // namespace entail
