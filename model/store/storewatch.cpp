// What a connection needs to follow changes that others commit to the same project (the window's live
// refresh), and the checkpoint that keeps the file alone holding committed corrections.
#include "model/store/store.h"

#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"

#include <QSqlQuery>

namespace entail {

std::vector<LogEntry> ProjectStore::logSince(qint64 seq, int limit) const
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    // seq is the log's primary key: this reads only the entries asked for, however large the project.
    q.prepare(QStringLiteral("SELECT seq, pair_key, annotator, ts, from_label, to_label, source FROM annotation_log"
                             " WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    return q.exec() ? PairTable::readLog(q) : std::vector<LogEntry>{};
}

qint64 ProjectStore::lastLogSeq() const
{
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM annotation_log")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 ProjectStore::dataVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool ProjectStore::checkpoint(QString *error)
{
    if (d->isReadOnly())
        return true;
    QSqlQuery q(d->db());
    return d->exec(q, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), error);
}

}  // namespace entail
