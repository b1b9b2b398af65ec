#pragma once
// What the pair-table tests share: the pair keys a proxy shows, in order, and a wait for its worker.
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"

#include <QtTest>

namespace entail::test {

inline QList<qint64> shownKeys(const QAbstractItemModel &proxy)
{
    QList<qint64> keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys << proxy.index(r, PairTableModel::Id).data(PairTableModel::KeyRole).toLongLong();
    return keys;
}

// Until the proxy's search or order by text is in (false after 20 s).
inline bool waitIdle(const PairFilterProxy &proxy)
{
    return QTest::qWaitFor([&proxy] { return !proxy.isWorking(); }, 20000);
}

}  // namespace entail::test
