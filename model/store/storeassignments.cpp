// ProjectStore's assignments: which annotator is to label which pair ("my queue" holds the pairs assigned to me).
// In a project file the table is one of the team tables that appear with their first use (storeschema.cpp);
// a server's schema has it from the start (storepgschema.cpp), where the server's grants let only reviewers
// and owners write it. A server project created before assignments existed reads as having none, and gains
// the table, with its grants, with its creator's first assignment.
#include "model/store/store.h"

#include "model/store/storeconnection.h"
#include "model/store/storepgschema.h"
#include "model/store/storeschema.h"
#include "model/team/projectlocator.h"

#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <unordered_set>

namespace entail {

namespace {

// Rows per statement: one round trip to a server for each.
constexpr size_t kBatch = 256;

const QString kTable = QStringLiteral("assignments");

// Refuses, naming the first, a key that is no pair of the project.
bool checkKeys(const StoreConnection &c, const std::vector<qint64> &keys, QString *error)
{
    std::unordered_set<qint64> known;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key FROM pairs")))
        return c.fail(error, StoreConnection::tr("cannot read the pairs"), q.lastError());
    while (q.next())
        known.insert(q.value(0).toLongLong());
    for (qint64 key : keys)
        if (!known.count(key))
            return c.refuse(error, StoreConnection::tr("%1: no pair with key %2").arg(c.path()).arg(key));
    return true;
}

// Inside the caller's transaction: the table exists (created if missing) and this role may write it.
bool writableTable(const StoreConnection &c, QString *error)
{
    if (!c.isServer())
        return StoreSchema::ensure(c, StoreSchema::Lazy::Team, error);
    const std::optional<ServerLocation> location = ProjectLocator::parse(c.path(), nullptr);
    if (!location)
        return c.refuse(error, StoreConnection::tr("%1: not a server project").arg(c.path()));
    if (!StorePgSchema::ensureAssignments(c, location->database, error))
        return false;
    QSqlQuery q(c.db());
    if (q.exec(QStringLiteral("SELECT has_table_privilege('assignments', 'INSERT')"
                              " AND has_table_privilege('assignments', 'DELETE')"))
        && q.next() && q.value(0).toBool())
        return true;
    return c.refuse(error, StoreConnection::tr("%1: only the project's reviewers and owners may assign pairs "
                                               "(%2 is an annotator)").arg(c.path(), c.serverIdentity()));
}

// `sql` with `rows` copies of `row` in place of %1, joined by `separator`.
QString repeated(const char *sql, const char *row, size_t rows, const char *separator)
{
    return QString::fromLatin1(sql).arg(QStringList(int(rows), QLatin1String(row)).join(QLatin1String(separator)));
}

// Runs `sql` once per batch of keys, binding `before`, then each key followed by `after`; counts the rows changed.
bool inBatches(const StoreConnection &c, const std::vector<qint64> &keys, const char *sql, const char *row,
               const char *separator, const QVariantList &before, const QVariantList &after, const QString &what,
               int *changed, QString *error)
{
    QSqlQuery full(c.db());
    full.prepare(repeated(sql, row, kBatch, separator));
    for (size_t start = 0; start < keys.size(); start += kBatch) {
        const size_t n = std::min(kBatch, keys.size() - start);
        QSqlQuery partial(c.db());
        QSqlQuery &q = n == kBatch ? full : partial;
        if (&q == &partial)
            q.prepare(repeated(sql, row, n, separator));
        int i = 0;
        for (const QVariant &v : before)
            q.bindValue(i++, v);
        for (size_t k = start; k < start + n; ++k) {
            q.bindValue(i++, keys[k]);
            for (const QVariant &v : after)
                q.bindValue(i++, v);
        }
        if (!q.exec())
            return c.fail(error, what, q.lastError());
        *changed += std::max(0, q.numRowsAffected());
    }
    return true;
}

}  // namespace

bool ProjectStore::assignPairs(const std::vector<qint64> &keys, const QString &annotator, QString *error,
                               int *changed)
{
    const QString who = annotator.trimmed();
    if (who.isEmpty())
        return d->refuse(error, StoreConnection::tr("an assignment needs the annotator's name"));
    int count = 0;
    const bool ok = d->transaction(error, [&] {
        return writableTable(*d, error) && checkKeys(*d, keys, error)
            && inBatches(*d, keys, "INSERT INTO assignments(pair_key, annotator, ts) VALUES %1"
                                   " ON CONFLICT (pair_key, annotator) DO NOTHING",
                         "(?, ?, ?)", ", ", {},
                         {StoreConnection::text(who), StoreConnection::timestampNow()},
                         StoreConnection::tr("cannot assign the pairs"), &count, error);
    });
    if (changed)
        *changed = ok ? count : 0;
    return ok;
}

bool ProjectStore::unassignPairs(const std::vector<qint64> &keys, const QString &annotator, QString *error,
                                 int *changed)
{
    const QString who = annotator.trimmed();
    if (who.isEmpty())
        return d->refuse(error, StoreConnection::tr("an assignment needs the annotator's name"));
    if (changed)
        *changed = 0;
    if (!d->hasSchemaObject(kTable))  // nothing was ever assigned
        return true;
    int count = 0;
    const bool ok = d->transaction(error, [&] {
        if (!writableTable(*d, error))
            return false;
        if (!keys.empty())
            return inBatches(*d, keys, "DELETE FROM assignments WHERE annotator = ? AND pair_key IN (%1)", "?",
                             ", ", {StoreConnection::text(who)}, {},
                             StoreConnection::tr("cannot take back the assignments"), &count, error);
        QSqlQuery q(d->db());
        if (!d->execPrepared(q, QStringLiteral("DELETE FROM assignments WHERE annotator = ?"),
                             {StoreConnection::text(who)}, StoreConnection::tr("cannot take back the assignments"),
                             error))
            return false;
        count = std::max(0, q.numRowsAffected());
        return true;
    });
    if (changed)
        *changed = ok ? count : 0;
    return ok;
}

std::vector<AssignmentRecord> ProjectStore::assignments() const
{
    std::vector<AssignmentRecord> out;
    if (!d->hasSchemaObject(kTable))
        return out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pair_key, annotator, ts FROM assignments ORDER BY pair_key, annotator")))
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

}  // namespace entail
