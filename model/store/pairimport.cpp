#include "model/store/pairimport.h"

#include "model/store/pairtable.h"
#include "model/store/store.h"
#include "model/store/storeconnection.h"

#include <QSqlQuery>
#include <QStringEncoder>
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
    // Every read of the pairs is in import order: without it each open sorts the whole table (0.36 s of a
    // 0.66 s read at 100,000 pairs).
    "CREATE INDEX IF NOT EXISTS pairs_ord ON pairs(ord)",
};

const char *const kDurable[] = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
};

const char *const kBatchLog =
    "INSERT INTO annotation_log(pair_key, annotator, ts, from_label, to_label, source)"
    " SELECT key, ?1, ?2, -1, current_label, 'import' FROM pairs"
    " WHERE key BETWEEN ?3 AND ?4 AND current_label BETWEEN 0 AND 2 ORDER BY key";

const char *const kSetSplit = "UPDATE pairs SET split = ?1 WHERE key = ?2";

}  // namespace

// Texts as UTF-8, the file's encoding (SQLite's own conversion from UTF-16 cost more), all of one row in
// one buffer that keeps its capacity from row to row: no allocation per value. Never NULL: the schema wants
// empty strings. SQLITE_STATIC: the buffer is left alone until the statement has run.
class Utf8Row {
public:
    void encode(std::initializer_list<const QString *> texts)
    {
        qsizetype space = 0;
        for (const QString *t : texts)
            space += m_encoder.requiredSpace(t->size());
        if (qsizetype(m_buffer.size()) < space)
            m_buffer.resize(size_t(space));
        m_ends.clear();
        char *out = m_buffer.data();
        for (const QString *t : texts) {
            out = m_encoder.appendToBuffer(out, *t);
            m_ends.push_back(out - m_buffer.data());
        }
    }
    void bind(sqlite3_stmt *statement, int parameter, size_t text) const
    {
        const qsizetype start = text == 0 ? 0 : m_ends[text - 1];
        sqlite3_bind_text(statement, parameter, m_buffer.data() + start, int(m_ends[text] - start), SQLITE_STATIC);
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<char> m_buffer = std::vector<char>(1);
    std::vector<qsizetype> m_ends;
};

PairImport::~PairImport() { release(); }

void PairImport::release()
{
    sqlite3_finalize(m_pair);
    sqlite3_finalize(m_log);
    sqlite3_finalize(m_split);
    m_pair = m_log = m_split = nullptr;
}

bool PairImport::fail(QString *error, const QString &what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString text = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
    return m_store.d->fail(error, what, QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)));
}

bool PairImport::begin(QString *error)
{
    m_db = m_store.d->handle();
    if (!m_db)
        return fail(error, StoreConnection::tr("cannot add pairs"));
    const QByteArray pairSql = PairTable::insertPairSql().toUtf8();
    if (sqlite3_prepare_v2(m_db, pairSql.constData(), -1, &m_pair, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, kBatchLog, -1, &m_log, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, kSetSplit, -1, &m_split, nullptr) != SQLITE_OK)
        return fail(error, StoreConnection::tr("cannot add pairs"));
    return m_store.d->execAll(kBulkStart, std::size(kBulkStart), error);
}

bool PairImport::insert(Pair &p, Utf8Row &row)
{
    const Tweet &a = p.first, &b = p.second;
    row.encode({&a.id, &a.text, &a.imageUrl, &a.imagePathColumn, &b.id, &b.text, &b.imageUrl, &b.imagePathColumn,
                &a.imageFile, &b.imageFile});
    sqlite3_reset(m_pair);
    sqlite3_bind_int(m_pair, 1, m_nextOrd++);
    for (int i = 0; i < 8; ++i)
        row.bind(m_pair, i + 2, size_t(i));
    sqlite3_bind_int(m_pair, 10, p.originalLabel);
    sqlite3_bind_int(m_pair, 11, p.currentLabel);
    sqlite3_bind_int(m_pair, 12, int(p.split));
    row.bind(m_pair, 13, 8);
    sqlite3_bind_int(m_pair, 14, a.imageMissing);
    row.bind(m_pair, 15, 9);
    sqlite3_bind_int(m_pair, 16, b.imageMissing);
    if (sqlite3_step(m_pair) != SQLITE_DONE)
        return false;
    p.key = sqlite3_last_insert_rowid(m_db);
    return true;
}

bool PairImport::add(std::vector<Pair> &pairs, const QString &annotator, QString *error)
{
    if (pairs.empty())
        return true;
    const QString now = StoreConnection::timestampNow();  // one moment for the whole batch
    Utf8Row logTexts, row;
    logTexts.encode({&annotator, &now});
    return m_store.d->transaction(error, [&] {
        for (Pair &p : pairs)
            if (!insert(p, row))
                return fail(error, StoreConnection::tr("cannot add pairs"));
        // The batch's log entries in one statement, in key order as one insert per pair would give them
        // (an AUTOINCREMENT table reads and writes its counter once per statement).
        sqlite3_reset(m_log);
        logTexts.bind(m_log, 1, 0);
        logTexts.bind(m_log, 2, 1);
        sqlite3_bind_int64(m_log, 3, pairs.front().key);
        sqlite3_bind_int64(m_log, 4, pairs.back().key);
        return sqlite3_step(m_log) == SQLITE_DONE || fail(error, StoreConnection::tr("cannot add pairs"));
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
    const StoreConnection &c = *m_store.d;
    const bool ok = c.transaction(error, [&] {
        for (size_t i = 0; i < keys.size(); ++i) {
            if (splits[i] == Split::Train)
                continue;  // the column's default
            sqlite3_reset(m_split);
            sqlite3_bind_int(m_split, 1, int(splits[i]));
            sqlite3_bind_int64(m_split, 2, keys[i]);
            if (sqlite3_step(m_split) != SQLITE_DONE)
                return fail(error, StoreConnection::tr("cannot save splits"));
        }
        release();  // the connection closes soon after: no statement may stay open
        return c.writeMeta(QStringLiteral("source_file"), description.sourceFile, error)
            && c.writeMeta(QStringLiteral("has_path_columns"), int(description.hasPathColumns), error)
            && c.writeMeta(QStringLiteral("has_label_idx"), int(description.hasLabelIdx), error)
            && c.writeMeta(QStringLiteral("pair_count"), qint64(keys.size()), error)
            && c.execAll(kBulkEnd, std::size(kBulkEnd), error);
    });
    return ok && c.execAll(kDurable, std::size(kDurable), error);
}

}  // namespace entail
