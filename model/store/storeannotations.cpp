// ProjectStore's per-annotator labels and adjudications (the rest of the store: store.cpp). In a project file
// the tables are not part of every project's schema: they appear with the first label, so older projects and
// StoreCheck are unaffected; a server's schema has them from the start (storepgschema.cpp), and there the
// server itself derives the current label (entail_derive_label), so that no annotator can set it otherwise.
#include "model/store/store.h"

#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"
#include "model/store/storepgschema.h"
#include "model/store/storeschema.h"
#include "model/team/projectlocator.h"
#include "model/team/consensus.h"

#include <QSqlQuery>

namespace entail {

namespace {

// The value of the first column of `sql`'s first row for `key`, or `fallback`.
int firstInt(const StoreConnection &c, const QString &sql, qint64 key, int fallback)
{
    QSqlQuery q(c.db());
    q.prepare(sql);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toInt() : fallback;
}

// `who`'s own label of the pair, kNoLabel when none.
int ownLabel(const StoreConnection &c, qint64 key, const QString &who)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT label FROM annotator_labels WHERE pair_key = ? AND annotator = ?"));
    q.addBindValue(key);
    q.addBindValue(StoreConnection::text(who));
    return q.exec() && q.next() ? q.value(0).toInt() : kNoLabel;
}

// Re-derives the pair's current label in a file (a server does it in its trigger) inside the caller's
// transaction; a change is logged as `who`'s.
bool derive(const ProjectStore &store, const StoreConnection &c, qint64 key, const QString &who, QString *error)
{
    std::vector<int> labels;
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT label FROM annotator_labels WHERE pair_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return c.fail(error, StoreConnection::tr("cannot read the annotators' labels"), q.lastError());
    while (q.next())
        labels.push_back(q.value(0).toInt());
    const int adjudication =
        firstInt(c, QStringLiteral("SELECT label FROM adjudications WHERE pair_key = ?"), key, kNoLabel);
    const Consensus consensus = ConsensusRule::derive(labels, adjudication, store.labelsPerPair());
    q.prepare(QStringLiteral("SELECT current_label, original_label FROM pairs WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return c.fail(error, StoreConnection::tr("cannot read the pair"), q.lastError());
    if (!q.next())  // no such pair: nothing to derive
        return true;
    const int current = q.value(0).toInt(), original = q.value(1).toInt();
    const int label = ConsensusRule::currentLabel(consensus, current, original);
    return label == current || PairTable::changeLabel(c, key, label, who, QStringLiteral("human"), error, nullptr);
}

}  // namespace

bool ProjectStore::isServer() const { return d->isServer(); }

QString ProjectStore::serverIdentity() const { return d->isServer() ? d->serverIdentity() : QString(); }

bool ProjectStore::addTeamMember(const QString &name, TeamRole role, QString *error)
{
    const std::optional<ServerLocation> location = ProjectLocator::parse(d->path(), nullptr);
    if (!d->isServer() || !location)
        return d->refuse(error, StoreConnection::tr("%1: annotator roles exist on a server project only; in a "
                                                    "project file annotators are names").arg(d->path()));
    return StorePgSchema::addMember(*d, location->database, name, StorePgSchema::Role(int(role)), error);
}

int ProjectStore::labelsPerPair() const
{
    const int n = meta(QStringLiteral("labels_per_pair")).toInt();
    return n >= 1 ? n : ConsensusRule::kDefaultLabelsPerPair;
}

bool ProjectStore::recordAnnotatorLabel(qint64 key, int label, const QString &annotator, QString *error,
                                        int *previous)
{
    if (!isValidLabel(label))
        return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    const QString who = d->isServer() ? d->serverIdentity() : annotator.trimmed();
    if (who.isEmpty())
        return d->refuse(error, StoreConnection::tr("an annotator label needs the annotator's name"));
    return d->transaction(error, [&] {
        if (!StoreSchema::ensure(*d, StoreSchema::Lazy::Team, error))
            return false;
        if (firstInt(*d, QStringLiteral("SELECT 1 FROM pairs WHERE key = ?"), key, 0) != 1)
            return d->refuse(error, StoreConnection::tr("%1: no pair with key %2").arg(d->path()).arg(key));
        if (previous)
            *previous = ownLabel(*d, key, who);
        QSqlQuery q(d->db());
        return d->execPrepared(q,
                               QStringLiteral("INSERT INTO annotator_labels(pair_key, annotator, label, ts)"
                                              " VALUES (?, ?, ?, ?) ON CONFLICT (pair_key, annotator)"
                                              " DO UPDATE SET label = excluded.label, ts = excluded.ts"),
                               {key, StoreConnection::text(who), label, StoreConnection::timestampNow()},
                               StoreConnection::tr("cannot record the annotator's label"), error)
            && (d->isServer() || derive(*this, *d, key, who, error));
    });
}

bool ProjectStore::withdrawAnnotatorLabel(qint64 key, const QString &annotator, QString *error, int *previous)
{
    const QString who = d->isServer() ? d->serverIdentity() : annotator.trimmed();
    return d->transaction(error, [&] {
        if (!StoreSchema::ensure(*d, StoreSchema::Lazy::Team, error))
            return false;
        if (previous)
            *previous = ownLabel(*d, key, who);
        QSqlQuery q(d->db());
        return d->execPrepared(q, QStringLiteral("DELETE FROM annotator_labels WHERE pair_key = ? AND annotator = ?"),
                               {key, StoreConnection::text(who)},
                               StoreConnection::tr("cannot take back the annotator's label"), error)
            && (d->isServer() || derive(*this, *d, key, who, error));
    });
}

bool ProjectStore::adjudicate(qint64 key, int label, const QString &reviewer, QString *error)
{
    if (!isValidLabel(label) && label != kNoLabel)
        return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    const QString who = d->isServer() ? d->serverIdentity() : reviewer.trimmed();
    if (who.isEmpty())
        return d->refuse(error, StoreConnection::tr("an adjudication needs the reviewer's name"));
    return d->transaction(error, [&] {
        if (!StoreSchema::ensure(*d, StoreSchema::Lazy::Team, error))
            return false;
        QSqlQuery q(d->db());
        const bool written = isValidLabel(label)
            ? d->execPrepared(q,
                              QStringLiteral("INSERT INTO adjudications(pair_key, reviewer, label, ts) VALUES (?, ?, ?, ?)"
                                             " ON CONFLICT (pair_key) DO UPDATE SET reviewer = excluded.reviewer,"
                                             " label = excluded.label, ts = excluded.ts"),
                              {key, StoreConnection::text(who), label, StoreConnection::timestampNow()},
                              StoreConnection::tr("cannot record the adjudication"), error)
            : d->execPrepared(q, QStringLiteral("DELETE FROM adjudications WHERE pair_key = ?"), {key},
                              StoreConnection::tr("cannot take back the adjudication"), error);
        return written && (d->isServer() || derive(*this, *d, key, who, error));
    });
}

std::vector<AnnotatorLabelRecord> ProjectStore::annotatorLabels() const
{
    std::vector<AnnotatorLabelRecord> out;
    if (!d->hasSchemaObject(QStringLiteral("annotator_labels")))
        return out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pair_key, annotator, label, ts FROM annotator_labels"
                               " ORDER BY pair_key, annotator")))
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

bool ProjectStore::hasAnnotatorLabels() const
{
    if (!d->hasSchemaObject(QStringLiteral("annotator_labels")))
        return false;
    QSqlQuery q(d->db());
    return q.exec(QStringLiteral("SELECT 1 FROM annotator_labels LIMIT 1")) && q.next();
}

std::vector<AdjudicationRecord> ProjectStore::adjudications() const
{
    std::vector<AdjudicationRecord> out;
    if (!d->hasSchemaObject(QStringLiteral("adjudications")))
        return out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pair_key, reviewer, label, ts FROM adjudications ORDER BY pair_key")))
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

}  // namespace entail
