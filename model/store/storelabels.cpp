// ProjectStore's label writes (the rest of the store: store.cpp): one pair, or many pairs in one transaction.
// Each pair's write compares with the stored label read inside the transaction, never with a caller's view.
#include "model/store/store.h"

#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"

#include <QSqlQuery>

namespace entail {

namespace {

// Inside an open transaction: sets one pair's label and logs it unless it is stored already.
bool writeLabel(const StoreConnection &d, qint64 key, int label, const QString &annotator, const QString &source,
                QString *error, int *previous)
{
    QSqlQuery q(d.db());
    if (!d.execPrepared(q, QStringLiteral("SELECT current_label FROM pairs WHERE key = ?"), {key},
                        StoreConnection::tr("cannot read the pair"), error))
        return false;
    if (!q.next())
        return d.refuse(error, StoreConnection::tr("%1: no pair with key %2").arg(d.path()).arg(key));
    const int from = q.value(0).toInt();
    if (previous)
        *previous = from;
    if (from == label)
        return true;
    QSqlQuery u(d.db());
    return d.execPrepared(u, QStringLiteral("UPDATE pairs SET current_label = ? WHERE key = ?"), {label, key},
                          StoreConnection::tr("cannot change the label"), error)
        && PairTable::appendLog(d, key, annotator, from, label, source, error);
}

}  // namespace

bool ProjectStore::setLabel(qint64 key, int label, const QString &annotator, const QString &source,
                            QString *error, int *previous)
{
    if (!isValidLabel(label) && label != kNoLabel)
        return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    return d->transaction(error, [&] { return writeLabel(*d, key, label, annotator, source, error, previous); });
}

bool ProjectStore::setLabels(const std::vector<qint64> &keys, const std::vector<int> &labels,
                             const QString &annotator, const QString &source, QString *error,
                             std::vector<int> *previous)
{
    if (keys.size() != labels.size())
        return d->refuse(error, StoreConnection::tr("%1 pairs but %2 labels").arg(keys.size()).arg(labels.size()));
    for (int label : labels)
        if (!isValidLabel(label) && label != kNoLabel)
            return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    std::vector<int> before(keys.size(), kNoLabel);
    const bool ok = d->transaction(error, [&] {
        for (size_t i = 0; i < keys.size(); ++i)
            if (!writeLabel(*d, keys[i], labels[i], annotator, source, error, &before[i]))
                return false;
        return true;
    });
    if (ok && previous)
        *previous = std::move(before);
    return ok;
}

}  // namespace entail
