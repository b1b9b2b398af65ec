// What a connection needs to follow changes that others commit to the same project (the window's live
// refresh), and the checkpoint that keeps the file alone holding committed corrections.
#include "model/store/store.h"

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
    return q.exec() ? readLog(q) : std::vector<LogEntry>{};
}

std::vector<LogEntry> ProjectStore::readLog(QSqlQuery &q)
{
    std::vector<LogEntry> out;
    while (q.next()) {
        LogEntry e;
        e.seq = q.value(0).toLongLong();
        e.pairKey = q.value(1).toLongLong();
        e.annotator = q.value(2).toString();
        e.timestamp = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.fromLabel = q.value(4).toInt();
        e.toLabel = q.value(5).toInt();
        e.source = q.value(6).toString();
        out.push_back(std::move(e));
    }
    return out;
}

qint64 ProjectStore::lastLogSeq() const
{
    return d->scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM annotation_log"), 0);
}

qint64 ProjectStore::dataVersion() const
{
    if (!isOpen())
        return -1;
    // A server has no data_version: the newest log entries and label revisions of committed rows, and the count
    // of assignment changes (read in one snapshot, each an index lookup) change with every commit that a
    // window shows.
    return d->scalar(d->dialect("PRAGMA data_version",
                                "SELECT (SELECT COALESCE(MAX(seq), 0) FROM annotation_log)"
                                " + 1000003 * (SELECT COALESCE(MAX(seq), 0) FROM review_log)"
                                " + 7919 * (SELECT COALESCE(MAX(rev), 0) FROM annotator_labels)"
                                " + 104729 * (SELECT COALESCE(MAX(rev), 0) FROM adjudications)"
                                " + 15485863 * (SELECT COALESCE(MAX(CAST(value AS BIGINT)), 0) FROM meta"
                                " WHERE key = 'assignments_rev')"),
                     -1);
}

bool ProjectStore::checkpoint(QString *error)
{
    if (d->isReadOnly() || d->isServer())  // a server keeps its own write-ahead log
        return true;
    QSqlQuery q(d->db());
    return d->exec(q, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), error);
}

}  // namespace entail
