#include "model/store/pairimport.h"

#include "model/store/pairtable.h"
#include "model/store/store.h"
#include "model/store/storeconnection.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <array>
#include <iterator>
#include <sqlite3.h>

namespace entail {

namespace {

const char *const kBulkStart[] = {
    "PRAGMA journal_mode = OFF",
    "PRAGMA synchronous = OFF",
    "PRAGMA cache_size = -16384",  // 16 MB: the rows are appended, pages are written once
    "DROP INDEX IF EXISTS annotation_log_pair",
};

const char *const kBulkEnd[] = {
    "CREATE INDEX IF NOT EXISTS annotation_log_pair ON annotation_log(pair_key, seq)",
};

const char *const kDurable[] = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
};

// As UTF-8, the file's encoding (SQLite's own conversion from UTF-16 cost more); never NULL, the schema wants
// empty strings. SQLITE_STATIC: `buffer` lives until the statement has run.
void bindText(sqlite3_stmt *statement, int index, const QString &text, QByteArray &buffer)
{
    buffer = text.toUtf8();
    sqlite3_bind_text(statement, index, buffer.isNull() ? "" : buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

}  // namespace

PairImport::~PairImport() { release(); }

void PairImport::release()
{
    sqlite3_finalize(m_pair);
    sqlite3_finalize(m_log);
    m_pair = m_log = nullptr;
}

bool PairImport::fail(QString *error, const QString &what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
    return m_store.d->fail(error, what, QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)));
}

bool PairImport::begin(QString *error)
{
    const QVariant handle = m_store.d->db().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        return fail(error, StoreConnection::tr("cannot add pairs"));
    const QByteArray pairSql = PairTable::insertPairSql().toUtf8(), logSql = PairTable::insertLogSql().toUtf8();
    if (sqlite3_prepare_v2(m_db, pairSql.constData(), -1, &m_pair, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, logSql.constData(), -1, &m_log, nullptr) != SQLITE_OK)
        return fail(error, StoreConnection::tr("cannot add pairs"));
    return m_store.d->execAll(kBulkStart, std::size(kBulkStart), error);
}

bool PairImport::insert(Pair &p, const QString &annotator, const QString &timestamp)
{
    std::array<QByteArray, 10> utf8;
    sqlite3_reset(m_pair);
    sqlite3_bind_int(m_pair, 1, m_nextOrd++);
    int i = 2;
    for (const Tweet *t : {&p.first, &p.second})
        for (const QString *text : {&t->id, &t->text, &t->imageUrl, &t->imagePathColumn})
            bindText(m_pair, i, *text, utf8[size_t(i - 2)]), ++i;
    sqlite3_bind_int(m_pair, 10, p.originalLabel);
    sqlite3_bind_int(m_pair, 11, p.currentLabel);
    sqlite3_bind_int(m_pair, 12, int(p.split));
    bindText(m_pair, 13, p.first.imageFile, utf8[8]);
    sqlite3_bind_int(m_pair, 14, p.first.imageMissing);
    bindText(m_pair, 15, p.second.imageFile, utf8[9]);
    sqlite3_bind_int(m_pair, 16, p.second.imageMissing);
    if (sqlite3_step(m_pair) != SQLITE_DONE)
        return false;
    p.key = sqlite3_last_insert_rowid(m_db);
    if (!isValidLabel(p.currentLabel))
        return true;
    static const QString import = QStringLiteral("import");
    sqlite3_reset(m_log);
    sqlite3_bind_int64(m_log, 1, p.key);
    bindText(m_log, 2, annotator, utf8[0]);
    bindText(m_log, 3, timestamp, utf8[1]);
    sqlite3_bind_int(m_log, 4, kNoLabel);
    sqlite3_bind_int(m_log, 5, p.currentLabel);
    bindText(m_log, 6, import, utf8[2]);
    return sqlite3_step(m_log) == SQLITE_DONE;
}

bool PairImport::add(std::vector<Pair> &pairs, const QString &annotator, QString *error)
{
    const QString now = StoreConnection::timestampNow();  // one moment for the whole batch
    return m_store.d->transaction(error, [&] {
        for (Pair &p : pairs)
            if (!insert(p, annotator, now))
                return fail(error, StoreConnection::tr("cannot add pairs"));
        return true;
    });
}

bool PairImport::sameIds(qint64 key, const Pair &pair) const
{
    QSqlQuery q(m_store.d->db());
    q.prepare(QStringLiteral("SELECT id_1, id_2 FROM pairs WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() && q.value(0).toString() == pair.first.id && q.value(1).toString() == pair.second.id;
}

bool PairImport::finish(const std::vector<qint64> &keys, const std::vector<Split> &splits, const Dataset &description,
                        QString *error)
{
    release();  // the connection closes soon after: no statement may stay open
    const StoreConnection &c = *m_store.d;
    const bool ok = c.transaction(error, [&] {
        QSqlQuery q(c.db());
        q.prepare(QStringLiteral("UPDATE pairs SET split = ? WHERE key = ?"));
        for (size_t i = 0; i < keys.size(); ++i) {
            if (splits[i] == Split::Train)
                continue;  // the column's default
            q.bindValue(0, int(splits[i]));
            q.bindValue(1, keys[i]);
            if (!q.exec())
                return c.fail(error, StoreConnection::tr("cannot save splits"), q.lastError());
        }
        return c.writeMeta(QStringLiteral("source_file"), description.sourceFile, error)
            && c.writeMeta(QStringLiteral("has_path_columns"), int(description.hasPathColumns), error)
            && c.writeMeta(QStringLiteral("has_label_idx"), int(description.hasLabelIdx), error)
            && c.writeMeta(QStringLiteral("pair_count"), qint64(keys.size()), error)
            && c.execAll(kBulkEnd, std::size(kBulkEnd), error);
    });
    return ok && c.execAll(kDurable, std::size(kDurable), error);
}

}  // namespace entail
