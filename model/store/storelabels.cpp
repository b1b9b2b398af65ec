// ProjectStore::setLabels (the rest of the store: store.cpp): many pairs' labels in one transaction. Each pair's
// write compares with the stored label read inside the transaction (PairTable::changeLabel, as setLabel does).
#include "model/store/store.h"

#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"

namespace entail {

bool ProjectStore::setLabels(const std::vector<qint64> &keys, const std::vector<int> &labels,
                             const QString &annotator, const QString &source, QString *error,
                             std::vector<int> *previous, qint64 *lastLogSeq)
{
    if (keys.size() != labels.size())
        return d->refuse(error, StoreConnection::tr("%1 pairs but %2 labels").arg(keys.size()).arg(labels.size()));
    for (int label : labels)
        if (!isValidLabel(label) && label != kNoLabel)
            return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    std::vector<int> before(keys.size(), kNoLabel);
    const bool ok = d->transaction(error, [&] {
        for (size_t i = 0; i < keys.size(); ++i)
            if (!PairTable::changeLabel(*d, keys[i], labels[i], annotator, source, error, &before[i]))
                return false;
        // Inside the transaction, which holds the write lock since its first entry: no one else's entry
        // can lie between ours.
        size_t written = 0;
        for (size_t i = 0; i < keys.size(); ++i)
            written += before[i] != labels[i] ? 1 : 0;
        if (lastLogSeq)
            *lastLogSeq = written > 0 ? d->scalar(QStringLiteral("SELECT max(seq) FROM annotation_log"), 0) : 0;
        return true;
    });
    if (ok && previous)
        *previous = std::move(before);
    return ok;
}

}  // namespace entail
