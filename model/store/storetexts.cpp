// ProjectStore's texts on their own: a large project's window holds its pairs without texts
// (datasetWithoutTexts) and reads the texts of the pairs it shows (texts), and a worker reads all of them a
// page at a time for a search, an order by text or the duplicate groups (forEachText), so that the window's
// memory grows with what it shows and caches, not with the text of every pair.
#include "model/store/store.h"

#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <sqlite3.h>

namespace entail {

namespace {

// Keys per statement (a server's round trip each) and pairs per page of forEachText.
constexpr size_t kKeysPerStatement = 256;
constexpr qint64 kPagePairs = 10000;

using Visit = std::function<bool(const ProjectStore::PairText &)>;

// Runs `sql` (selecting key, text_1, text_2; `binds` bound in order) and visits its rows: through SQLite's own
// API in a file (the texts as stored, a leading byte order mark included), through Qt on a server.
// Returns the number of rows visited, -1 on failure (`failure` says why) or when `visit` stopped.
qint64 visitRows(const StoreConnection &c, const QString &sql, const std::vector<qint64> &binds, const Visit &visit,
                 QString *failure)
{
    qint64 rows = 0;
    ProjectStore::PairText row;
    if (c.isServer()) {
        QSqlQuery q(c.db());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (qint64 b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            *failure = q.lastError().text();
            return -1;
        }
        while (q.next()) {
            row.key = q.value(0).toLongLong();
            row.first = q.value(1).toString();
            row.second = q.value(2).toString();
            ++rows;
            if (!visit(row))
                return -1;
        }
        return rows;
    }
    sqlite3 *db = c.handle();
    sqlite3_stmt *s = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK) {
        *failure = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("closed");
        sqlite3_finalize(s);
        return -1;
    }
    for (size_t i = 0; i < binds.size(); ++i)
        sqlite3_bind_int64(s, int(i) + 1, binds[i]);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        row.key = sqlite3_column_int64(s, 0);
        row.first = PairTable::text(s, 1);
        row.second = PairTable::text(s, 2);
        ++rows;
        if (!visit(row)) {
            sqlite3_finalize(s);
            return -1;
        }
    }
    if (step != SQLITE_DONE) {
        *failure = QString::fromUtf8(sqlite3_errmsg(db));
        rows = -1;
    }
    sqlite3_finalize(s);
    return rows;
}

}  // namespace

std::vector<ProjectStore::PairText> ProjectStore::texts(const std::vector<qint64> &keys) const
{
    std::vector<PairText> out;
    out.reserve(keys.size());
    QString failure;
    for (size_t start = 0; start < keys.size(); start += kKeysPerStatement) {
        QStringList list;
        for (size_t i = start; i < std::min(keys.size(), start + kKeysPerStatement); ++i)
            list << QString::number(keys[i]);  // numbers: nothing to quote
        const QString sql = QStringLiteral("SELECT key, text_1, text_2 FROM pairs WHERE key IN (%1)").arg(list.join(u','));
        if (visitRows(*d, sql, {}, [&out](const PairText &t) { out.push_back(t); return true; }, &failure) < 0)
            break;
    }
    return out;
}

bool ProjectStore::forEachText(const std::function<bool(const PairText &)> &visit, QString *error) const
{
    const QString sql = QStringLiteral("SELECT key, text_1, text_2 FROM pairs WHERE key > ? ORDER BY key LIMIT ?");
    qint64 after = 0;
    bool stopped = false;
    for (;;) {
        QString failure;
        const qint64 rows = visitRows(*d, sql, {after, kPagePairs}, [&](const PairText &t) {
            after = t.key;
            stopped = !visit(t);
            return !stopped;
        }, &failure);
        if (stopped)
            return true;
        if (rows < 0) {
            if (error)
                *error = StoreConnection::tr("%1: cannot read the pairs' texts: %2").arg(path(), failure);
            return false;
        }
        if (rows < kPagePairs)
            return true;
    }
}

}  // namespace entail
