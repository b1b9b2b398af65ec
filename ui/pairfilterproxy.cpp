#include "ui/pairfilterproxy.h"

#include "ui/pairtablemodel.h"

#include <numeric>

namespace entail {

PairFilterProxy::PairFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PairTableModel::SortRole);
}

void PairFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_pairs = qobject_cast<PairTableModel *>(model);
    Q_ASSERT(m_pairs || !model);
    m_rankColumn = -1;
    if (m_pairs) {
        // Connected before the base class connects: stale ranks are dropped before it re-sorts.
        auto stale = [this] { m_rankColumn = -1; };
        connect(m_pairs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            if (from.column() <= m_rankColumn && m_rankColumn <= to.column())
                m_rankColumn = -1;
        });
        connect(m_pairs, &QAbstractItemModel::modelAboutToBeReset, this, stale);
        connect(m_pairs, &QAbstractItemModel::rowsAboutToBeInserted, this, stale);
        connect(m_pairs, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale);
        connect(m_pairs, &QAbstractItemModel::layoutAboutToBeChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void PairFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_rankColumn = -1;  // rebuilt on the first comparison
    QSortFilterProxyModel::sort(column, order);
}

void PairFilterProxy::buildRank(int column) const
{
    const int n = m_pairs->rowCount();
    std::vector<int> rows(static_cast<size_t>(n), 0);
    std::iota(rows.begin(), rows.end(), 0);
    if (column == PairTableModel::Text1 || column == PairTableModel::Text2) {
        // Case-folded once: 100,000 folds are cheaper than 1.7 million case-insensitive comparisons.
        std::vector<QString> folded(static_cast<size_t>(n));
        for (int r = 0; r < n; ++r) {
            const Pair &p = m_pairs->pair(r);
            folded[size_t(r)] = (column == PairTableModel::Text1 ? p.first.text : p.second.text).toCaseFolded();
        }
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = QString::compare(folded[size_t(a)], folded[size_t(b)], Qt::CaseSensitive);
            return c < 0 || (c == 0 && m_pairs->pair(a).key < m_pairs->pair(b).key);
        });
    } else {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return rowLess(column, a, b); });
    }
    m_rank.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        m_rank[size_t(rows[size_t(i)])] = i;
    m_rankColumn = column;
}

bool PairFilterProxy::isFiltering() const
{
    return m_current != kAny || m_predicted != kAny || m_split != kAny || m_errorsOnly || m_correctedOnly
        || m_missingImagesOnly || !m_search.isEmpty();
}

void PairFilterProxy::setCurrentLabelFilter(int label)
{
    if (label == m_current)
        return;
    m_current = label;
    refilter();
}

void PairFilterProxy::setPredictedLabelFilter(int label)
{
    if (label == m_predicted)
        return;
    m_predicted = label;
    refilter();
}

void PairFilterProxy::setSplitFilter(int split)
{
    if (split == m_split)
        return;
    m_split = split;
    refilter();
}

void PairFilterProxy::setErrorsOnly(bool on)
{
    if (on == m_errorsOnly)
        return;
    m_errorsOnly = on;
    refilter();
}

void PairFilterProxy::setCorrectedOnly(bool on)
{
    if (on == m_correctedOnly)
        return;
    m_correctedOnly = on;
    refilter();
}

void PairFilterProxy::setMissingImagesOnly(bool on)
{
    if (on == m_missingImagesOnly)
        return;
    m_missingImagesOnly = on;
    refilter();
}

void PairFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void PairFilterProxy::showCell(int trueLabel, int predictedLabel, int split)
{
    m_current = trueLabel;
    m_predicted = predictedLabel;
    m_split = split;
    m_errorsOnly = m_correctedOnly = m_missingImagesOnly = false;
    m_search.clear();
    refilter();
}

void PairFilterProxy::clearFilters() { showCell(kAny, kAny, kAny); }

int PairFilterProxy::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

int PairFilterProxy::proxyRow(int sourceRow) const
{
    if (!sourceModel())
        return -1;
    return mapFromSource(sourceModel()->index(sourceRow, 0)).row();
}

void PairFilterProxy::refilter()
{
    // invalidate(), not invalidateFilter(): the latter inserts and removes the changed rows range by range,
    // which takes seconds on 100,000 sorted rows; a rebuilt mapping is one filter pass and one sort.
    invalidate();
    Q_EMIT filtersChanged();
}

bool PairFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!m_pairs || parent.isValid())
        return false;
    const Pair &p = m_pairs->pair(row);
    if (m_current != kAny && p.currentLabel != m_current)
        return false;
    if (m_predicted != kAny && m_pairs->predictedLabel(row) != m_predicted)
        return false;
    if (m_split != kAny && int(p.split) != m_split)
        return false;
    if (m_errorsOnly && !m_pairs->isError(row))
        return false;
    if (m_correctedOnly && !m_pairs->isCorrected(row))
        return false;
    if (m_missingImagesOnly && !m_pairs->hasMissingImage(row))
        return false;
    if (!m_search.isEmpty()) {
        return p.first.text.contains(m_search, Qt::CaseInsensitive)
            || p.second.text.contains(m_search, Qt::CaseInsensitive) || p.first.id == m_search
            || p.second.id == m_search || QString::number(p.key) == m_search;
    }
    return true;
}

bool PairFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_pairs)
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_rankColumn != left.column())
        buildRank(left.column());
    return m_rank[size_t(left.row())] < m_rank[size_t(right.row())];
}

bool PairFilterProxy::rowLess(int column, int a, int b) const
{
    const Pair &pa = m_pairs->pair(a), &pb = m_pairs->pair(b);
    auto tie = [&](auto x, auto y) { return x < y || (x == y && pa.key < pb.key); };
    switch (column) {
    case PairTableModel::Text1: {
        const int c = pa.first.text.compare(pb.first.text, Qt::CaseInsensitive);
        return c < 0 || (c == 0 && pa.key < pb.key);
    }
    case PairTableModel::Text2: {
        const int c = pa.second.text.compare(pb.second.text, Qt::CaseInsensitive);
        return c < 0 || (c == 0 && pa.key < pb.key);
    }
    case PairTableModel::OriginalLabel: return tie(pa.originalLabel, pb.originalLabel);
    case PairTableModel::CurrentLabel: return tie(pa.currentLabel, pb.currentLabel);
    case PairTableModel::PredictedLabel: return tie(m_pairs->predictedLabel(a), m_pairs->predictedLabel(b));
    case PairTableModel::Confidence: return tie(m_pairs->confidence(a), m_pairs->confidence(b));
    case PairTableModel::Correct:
    case PairTableModel::Flags: {
        const QModelIndex x = m_pairs->index(a, column), y = m_pairs->index(b, column);
        return tie(x.data(PairTableModel::SortRole).toInt(), y.data(PairTableModel::SortRole).toInt());
    }
    default: return pa.key < pb.key;
    }
}

}  // namespace entail
