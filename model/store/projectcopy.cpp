#include "model/store/projectcopy.h"

#include "model/store/filemove.h"
#include "model/store/store.h"
#include "model/store/storeconnection.h"
#include "model/store/storeschema.h"
#include "model/team/projectlocator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cerrno>
#include <cstring>

namespace entail {

namespace {

struct Table {
    const char *name;
    const char *order;
};
// In an order that keeps every reference valid.
const Table kTables[] = {{"meta", "key"},
                         {"pairs", "key"},
                         {"models", "id"},
                         {"annotation_log", "seq"},
                         {"predictions", "model_id, pair_key"},
                         {"annotator_labels", "pair_key, annotator"},
                         {"adjudications", "pair_key"},
                         {"assignments", "pair_key, annotator"},
                         {"review_log", "seq"},
                         {"image_fetches", "tweet_id"}};

// A server's serial columns continue after the copied keys.
const char *const kServerSequences[] = {
    "SELECT setval(pg_get_serial_sequence('pairs', 'key'), COALESCE(MAX(key), 0) + 1, false) FROM pairs",
    "SELECT setval(pg_get_serial_sequence('models', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM models",
    "SELECT setval(pg_get_serial_sequence('annotation_log', 'seq'), COALESCE(MAX(seq), 0) + 1, false)"
    " FROM annotation_log",
    "SELECT setval(pg_get_serial_sequence('review_log', 'seq'), COALESCE(MAX(seq), 0) + 1, false) FROM review_log",
    "SELECT setval('label_rev', GREATEST((SELECT COALESCE(MAX(rev), 0) FROM annotator_labels),"
    " (SELECT COALESCE(MAX(rev), 0) FROM adjudications)) + 1, false)",
};
// The copied current labels are the source's: the server must not derive them again row by row.
const char *const kServerTriggersOff[] = {
    "ALTER TABLE annotator_labels DISABLE TRIGGER annotator_labels_derive",
    "ALTER TABLE adjudications DISABLE TRIGGER adjudications_derive",
};
const char *const kServerTriggersOn[] = {
    "ALTER TABLE annotator_labels ENABLE TRIGGER annotator_labels_derive",
    "ALTER TABLE adjudications ENABLE TRIGGER adjudications_derive",
};

QStringList columns(const QSqlRecord &r)
{
    QStringList out;
    for (int i = 0; i < r.count(); ++i)
        out << r.fieldName(i);
    return out;
}

// Rows go in batches of this many per INSERT: one round trip to a server for each (row by row, 100,000
// pairs took 87 s to a local server under load).
constexpr int kBatchRows = 256;

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString one = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
        + QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")))
        + QStringList(rows, one).join(QLatin1Char(','));
    if (table == QLatin1String("meta"))  // the target's own "created" gives way
        sql += QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return sql;
}

bool flush(const StoreConnection &to, const QString &table, const QStringList &columns, QVariantList &values,
           QSqlQuery &full, QString *error)
{
    const int rows = int(values.size() / columns.size());
    if (rows == 0)
        return true;
    QSqlQuery partial(to.db());
    QSqlQuery &q = rows == kBatchRows ? full : partial;
    if (&q == &partial)
        q.prepare(insertSql(table, columns, rows));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    values.clear();
    if (!q.exec())
        return to.fail(error, ProjectCopy::tr("cannot copy the table %1").arg(table), q.lastError());
    return true;
}

// The columns both sides have (a server's label revisions exist only there) are copied as they are.
bool copyTable(const StoreConnection &from, const StoreConnection &to, const Table &t, qint64 *rows,
               QString *error)
{
    const QString name = QString::fromLatin1(t.name);
    *rows = 0;
    if (!from.hasSchemaObject(name))
        return true;
    QSqlQuery probe(to.db());
    if (!to.exec(probe, QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(name), error))
        return false;
    const QStringList targetColumns = columns(probe.record());
    QSqlQuery src(from.db());
    src.setForwardOnly(true);
    if (!from.exec(src, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, QLatin1String(t.order)), error))
        return false;
    QStringList common;
    QList<int> sourceIndex;
    const QSqlRecord sourceRecord = src.record();
    for (int i = 0; i < sourceRecord.count(); ++i)
        if (targetColumns.contains(sourceRecord.fieldName(i))) {
            common << sourceRecord.fieldName(i);
            sourceIndex << i;
        }
    QSqlQuery full(to.db());
    full.prepare(insertSql(name, common, kBatchRows));
    QVariantList values;
    while (src.next()) {
        if (name == QLatin1String("meta") && src.value(0).toString() == QLatin1String("schema_version"))
            continue;
        for (int i : sourceIndex) {
            const QVariant v = src.value(i);
            values << (v.typeId() == QMetaType::QString ? StoreConnection::text(v.toString()) : v);
        }
        if (++*rows % kBatchRows == 0 && !flush(to, name, common, values, full, error))
            return false;
    }
    return flush(to, name, common, values, full, error);
}

bool copyAll(const StoreConnection &from, const StoreConnection &to, QString *error,
             const std::function<void(const QString &, qint64)> &progress)
{
    if (to.isServer() && !to.execAll(kServerTriggersOff, std::size(kServerTriggersOff), error))
        return false;
    if (!to.isServer())
        for (StoreSchema::Lazy lazy : {StoreSchema::Lazy::Fetches, StoreSchema::Lazy::Reviews, StoreSchema::Lazy::Team})
            if (!StoreSchema::ensure(to, lazy, error))
                return false;
    for (const Table &t : kTables) {
        qint64 rows = 0;
        if (!copyTable(from, to, t, &rows, error))
            return false;
        if (progress)
            progress(QString::fromLatin1(t.name), rows);
    }
    return !to.isServer()
        || (to.execAll(kServerSequences, std::size(kServerSequences), error)
            && to.execAll(kServerTriggersOn, std::size(kServerTriggersOn), error));
}

}  // namespace

bool ProjectCopy::copy(const QString &source, const QString &target, QString *error,
                       const std::function<void(const QString &, qint64)> &progress)
{
    ProjectStore from, to;
    if (!from.open(source, error))
        return false;
    if (ProjectLocator::isServerUrl(target)) {
        QString database;
        if (!to.connectServer(target, false, ProjectStore::Access::ReadWrite, error, &database))
            return false;
        return to.d->transaction(error, [&] {
            return to.createServerSchema(database, error) && copyAll(*from.d, *to.d, error, progress);
        });
    }
    const QFileInfo info(target);
    if (info.exists()) {
        if (error)
            *error = tr("%1: a file of that name exists already").arg(info.absoluteFilePath());
        return false;
    }
    const QString partial = info.absoluteDir().filePath(
        QStringLiteral(".%1.copy-%2").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(partial);
    bool ok = to.create(partial, error)
        && to.d->transaction(error, [&] { return copyAll(*from.d, *to.d, error, progress); });
    to.close();
    if (ok && !FileMove::syncAndRename(partial, info.absoluteFilePath())) {
        ok = false;
        if (error)
            *error = tr("%1: cannot write the copy (%2)").arg(target, QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!ok) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
    }
    return ok;
}

}  // namespace entail
