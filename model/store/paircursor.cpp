#include "model/store/paircursor.h"

#include "model/store/pairtable.h"
#include "model/store/storecheck.h"
#include "model/store/storeconnection.h"
#include "model/store/store.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace entail {

namespace {

constexpr qint32 kNotLogged = std::numeric_limits<qint32>::min();
// Keys are the pairs' rowids, 1..n in import order: below this bound the last logged labels live in a vector
// indexed by key (4 bytes a pair), any other key in a map.
constexpr qint64 kDenseKeys = qint64(1) << 26;

qint32 clampedLabel(qint64 label)
{
    return qint32(std::clamp<qint64>(label, qint64(kNotLogged) + 1, std::numeric_limits<qint32>::max()));
}

}  // namespace

PairCursor::PairCursor(const ProjectStore &store) : m_c(*store.d) {}

PairCursor::~PairCursor()
{
    sqlite3_finalize(m_statement);
    if (m_inTransaction)
        sqlite3_exec(m_c.handle(), "COMMIT", nullptr, nullptr, nullptr);  // it only read
}

qint64 PairCursor::scalar(const char *sql, qint64 fallback) const
{
    sqlite3_stmt *s = nullptr;
    qint64 value = fallback;
    if (sqlite3_prepare_v2(m_c.handle(), sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW
        && sqlite3_column_type(s, 0) != SQLITE_NULL)
        value = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return value;
}

bool PairCursor::failed(QString *error) const
{
    sqlite3 *db = m_c.handle();
    const int code = db ? sqlite3_errcode(db) : SQLITE_MISUSE;
    const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));  // SQLite's own words
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return StoreCheck::damaged(m_c, why, error);
    return m_c.refuse(error, StoreConnection::tr("%1: cannot read the project (%2)").arg(m_c.path(), why));
}

bool PairCursor::start(QString *error)
{
    sqlite3 *db = m_c.handle();
    if (!db || m_statement)
        return failed(error);
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed(error);
    m_inTransaction = true;
    m_v2 = m_c.schemaVersion() >= 2;
    const QByteArray sql = (PairTable::selectSql(m_v2) + QStringLiteral(" FROM pairs ORDER BY ord")).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_statement, nullptr) != SQLITE_OK)
        return failed(error);
    m_recordedCount = scalar("SELECT value FROM meta WHERE key = 'pair_count'", -1);
    return readLog(error);
}

// One pass over the log in its order (about 60 bytes an entry, read sequentially): far cheaper than looking
// up each pair's last entry through the index while the pairs are read.
bool PairCursor::readLog(QString *error)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_c.handle(), "SELECT pair_key, to_label FROM annotation_log ORDER BY seq", -1, &s,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return failed(error);
    }
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 key = sqlite3_column_int64(s, 0);
        const qint32 label = clampedLabel(sqlite3_column_int64(s, 1));
        if (key < 0 || key >= kDenseKeys) {
            m_loggedSparse[key] = label;
            continue;
        }
        if (size_t(key) >= m_logged.size())
            m_logged.resize(size_t(key) + 1 + m_logged.size() / 2, kNotLogged);
        m_logged[size_t(key)] = label;
    }
    sqlite3_finalize(s);
    return step == SQLITE_DONE || failed(error);
}

bool PairCursor::checkRow(QString *error) const
{
    const qint64 key = sqlite3_column_int64(m_statement, Key);
    const qint64 current = sqlite3_column_int64(m_statement, CurrentLabel);
    const qint64 original = sqlite3_column_int64(m_statement, OriginalLabel);
    for (const qint64 label : {current, original})
        if (label < kNoLabel || label >= kNumClasses)
            return StoreCheck::labelOutside(m_c, key, label, error);
    qint32 logged = kNotLogged;
    if (key >= 0 && key < qint64(m_logged.size())) {
        logged = m_logged[size_t(key)];
    } else if (const auto it = m_loggedSparse.find(key); it != m_loggedSparse.end()) {
        logged = it->second;
    }
    const qint64 expected = logged == kNotLogged ? original : logged;
    if (current != expected)
        return StoreCheck::logDisagrees(m_c, key, int(current), int(expected), error);
    return true;
}

bool PairCursor::next(QString *error)
{
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step == SQLITE_ROW) {
        ++m_rows;
        return checkRow(error);
    }
    if (step != SQLITE_DONE)
        return failed(error);
    if (m_recordedCount >= 0 && m_recordedCount != m_rows)
        return StoreCheck::countDiffers(m_c, m_recordedCount, m_rows, error);
    return false;
}

bool PairCursor::rewind(QString *error)
{
    m_rows = 0;
    if (m_statement && sqlite3_reset(m_statement) == SQLITE_OK)
        return true;
    return failed(error);
}

QByteArrayView PairCursor::utf8(Column column) const
{
    if (!m_v2 && column > CurrentLabel)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
}

int PairCursor::integer(Column column) const
{
    return m_v2 || column <= CurrentLabel ? sqlite3_column_int(m_statement, column) : 0;
}

QString PairCursor::text(Column column) const
{
    return m_v2 || column <= CurrentLabel ? PairTable::text(m_statement, column) : QString();
}

Pair PairCursor::pair() const { return PairTable::readRow(m_statement, m_v2); }

}  // namespace entail
