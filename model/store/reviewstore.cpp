// ReviewStore and ReviewBook (see reviewstore.h). The table is not part of the schema every project has: it
// appears with the first review, so older projects and readers stay as they were.
#include "model/store/reviewstore.h"

#include "model/store/store.h"
#include "model/store/storeconnection.h"
#include "model/store/storeschema.h"

#include <QSqlQuery>

namespace entail {

namespace {
const char *const kStateNames[] = {"", "skipped", "unsure", "confirmed"};

bool hasTable(const StoreConnection &c)
{
    return c.hasSchemaObject(QStringLiteral("review_log"));
}

}  // namespace

void ReviewBook::apply(const ReviewEntry &entry) { m_latest.insert(entry.pairKey, entry); }

ReviewState ReviewBook::state(qint64 pairKey, int currentLabel) const
{
    const auto it = m_latest.constFind(pairKey);
    // A label set after the entry closes it: a labelled pair is no longer "skipped", and "label is right"
    // vouches only for the label it saw. The history keeps the entry either way.
    if (it == m_latest.cend() || it->label != currentLabel)
        return ReviewState::None;
    return it->state;
}

QString ReviewBook::comment(qint64 pairKey) const
{
    const auto it = m_latest.constFind(pairKey);
    return it == m_latest.cend() ? QString() : it->comment;
}

const ReviewEntry *ReviewBook::latest(qint64 pairKey) const
{
    const auto it = m_latest.constFind(pairKey);
    return it == m_latest.cend() ? nullptr : &*it;
}

QString ReviewStore::stateName(ReviewState state) { return QLatin1String(kStateNames[int(state)]); }

bool ReviewStore::stateFromName(const QString &name, ReviewState *state)
{
    for (int i = 0; i < int(std::size(kStateNames)); ++i)
        if (name == QLatin1String(kStateNames[i])) {
            *state = ReviewState(i);
            return true;
        }
    return false;
}

bool ReviewStore::append(ProjectStore &store, ReviewEntry &entry, QString *error)
{
    const StoreConnection &c = *store.d;
    entry.time = StoreConnection::timestampNow();
    if (c.isServer())  // the server accepts only its session's own name
        entry.annotator = c.serverIdentity();
    return c.transaction(error, [&] {
        if (!StoreSchema::ensure(c, StoreSchema::Lazy::Reviews, error))
            return false;
        QSqlQuery q(c.db());
        if (!c.execPrepared(q, QStringLiteral("SELECT 1 FROM pairs WHERE key = ?"), {entry.pairKey},
                            tr("cannot record the review"), error))
            return false;
        if (!q.next())
            return c.refuse(error, tr("%1: there is no pair %2").arg(c.path()).arg(entry.pairKey));
        if (!c.execPrepared(q,
                            QStringLiteral("INSERT INTO review_log(pair_key, annotator, ts, state, comment, label)"
                                           " VALUES (?, ?, ?, ?, ?, ?)"),
                            {entry.pairKey, StoreConnection::text(entry.annotator), entry.time,
                             stateName(entry.state), StoreConnection::text(entry.comment), entry.label},
                            tr("cannot record the review"), error))
            return false;
        entry.seq = q.lastInsertId().toLongLong();
        return true;
    });
}

qint64 ReviewStore::lastSeq(const ProjectStore &store)
{
    const StoreConnection &c = *store.d;
    return hasTable(c) ? c.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM review_log"), 0) : 0;
}

std::vector<ReviewEntry> ReviewStore::history(const ProjectStore &store, qint64 pairKey, qint64 afterSeq)
{
    std::vector<ReviewEntry> entries;
    const StoreConnection &c = *store.d;
    if (!hasTable(c))
        return entries;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, pair_key, annotator, ts, state, comment, label FROM review_log WHERE seq > ?")
              + (pairKey >= 0 ? QStringLiteral(" AND pair_key = ?") : QString()) + QStringLiteral(" ORDER BY seq"));
    q.addBindValue(afterSeq);
    if (pairKey >= 0)
        q.addBindValue(pairKey);
    if (!q.exec())
        return entries;
    while (q.next()) {
        ReviewEntry e{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(), ReviewState::None, q.value(5).toString(), q.value(6).toInt()};
        stateFromName(q.value(4).toString(), &e.state);
        entries.push_back(e);
    }
    return entries;
}

ReviewBook ReviewStore::book(const ProjectStore &store)
{
    ReviewBook book;
    for (const ReviewEntry &e : history(store))
        book.apply(e);
    return book;
}

}  // namespace entail
