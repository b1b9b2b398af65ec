#include "ui/pairs/pairfilterproxy.h"

#include "ui/pairs/pairtablemodel.h"

#include <numeric>

namespace entail {

PairFilterProxy::PairFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setObjectName(QStringLiteral("pairFilter"));
    setSortRole(PairTableModel::SortRole);
}

void PairFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_pairs = qobject_cast<PairTableModel *>(model);
    Q_ASSERT(m_pairs || !model);
    m_rankColumn = -1;
    dropTextKeys();
    if (m_pairs) {
        // Connected before the base class connects: stale ranks are dropped before it re-sorts. A layout change
        // for new labels keeps the ranks of a column that does not show labels (a sort by text stays valid).
        connect(m_pairs, &PairTableModel::labelsAboutToChange, this, [this](bool *needsLayout) {
            if (!dependsOnLabels())
                return;  // one dataChanged follows, which changes neither rows nor order here
            *needsLayout = true;
            m_keepRank = !showsLabels(m_rankColumn);
        }, Qt::DirectConnection);
        auto stale = [this] {
            if (!m_keepRank)
                m_rankColumn = -1;
            m_keepRank = false;
        };
        auto reset = [this] {
            m_rankColumn = -1;
            dropTextKeys();
        };
        connect(m_pairs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            if (from.column() <= m_rankColumn && m_rankColumn <= to.column())
                m_rankColumn = -1;
        });
        connect(m_pairs, &QAbstractItemModel::modelAboutToBeReset, this, reset);
        connect(m_pairs, &QAbstractItemModel::modelReset, this, [this] {
            if (m_idOrder && !m_pairs->keysAscending() && sortColumn() < 0)  // after the base class's reset
                QMetaObject::invokeMethod(this, [this] { sort(PairTableModel::Id, Qt::AscendingOrder); }, Qt::QueuedConnection);
        });
        connect(m_pairs, &QAbstractItemModel::rowsAboutToBeInserted, this, reset);
        connect(m_pairs, &QAbstractItemModel::rowsAboutToBeRemoved, this, reset);
        connect(m_pairs, &QAbstractItemModel::layoutAboutToBeChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void PairFilterProxy::dropTextKeys()
{
    for (FoldedTexts &texts : m_folded)
        texts = {};
}

const PairFilterProxy::FoldedTexts &PairFilterProxy::foldedTexts(int tweet) const
{
    FoldedTexts &folded = m_folded[tweet];
    const int n = m_pairs->rowCount();
    if (folded.offsets.size() == size_t(n) + 1)
        return folded;
    // One buffer for all texts, folded character by character: QString::toCaseFolded allocates a string
    // per text and costs five times as much on 100,000 rows.
    auto textOf = [this, tweet](int row) -> const QString & {
        return tweet == 0 ? m_pairs->pair(row).first.text : m_pairs->pair(row).second.text;
    };
    size_t total = 0;
    for (int r = 0; r < n; ++r)
        total += size_t(textOf(r).size());
    folded.chars.resize(total);
    folded.offsets.resize(size_t(n) + 1);
    folded.offsets[0] = 0;
    char16_t *out = folded.chars.data();
    for (int r = 0; r < n; ++r) {
        const QString &text = textOf(r);
        const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t u = in[i];
            if (u < 0x80)
                *out++ = u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
            else if (QChar::isSurrogate(u))
                *out++ = u;  // letters with case outside the BMP are too rare to matter for an order
            else
                *out++ = char16_t(QChar::toCaseFolded(char32_t(u)));  // simple folding stays in the BMP
        }
        folded.offsets[size_t(r) + 1] = size_t(out - folded.chars.data());
    }
    return folded;
}

void PairFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_rankColumn = -1;  // rebuilt on the first comparison
    // By pair number ascending, the rows' own order when their keys ascend (as the store gives them): no sort
    // at all, which a project's opening would otherwise pay on the GUI thread (100,000 pairs: ~40 ms).
    m_idOrder = column == PairTableModel::Id && order == Qt::AscendingOrder;
    QSortFilterProxyModel::sort(m_idOrder && m_pairs && m_pairs->keysAscending() ? -1 : column, order);
}

void PairFilterProxy::buildRank(int column) const
{
    const int n = m_pairs->rowCount();
    std::vector<int> rows(static_cast<size_t>(n), 0);
    std::iota(rows.begin(), rows.end(), 0);
    if (column == PairTableModel::Text1 || column == PairTableModel::Text2) {
        const FoldedTexts &folded = foldedTexts(column == PairTableModel::Text1 ? 0 : 1);
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = folded.text(a).compare(folded.text(b));
            return c < 0 || (c == 0 && m_pairs->pair(a).key < m_pairs->pair(b).key);
        });
    } else {
        // One typed key per row, read once: the sort then compares plain numbers.
        std::vector<std::pair<double, qint64>> keys(static_cast<size_t>(n));
        for (int r = 0; r < n; ++r)
            keys[size_t(r)] = {sortKey(column, r), m_pairs->pair(r).key};
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    }
    m_rank.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        m_rank[size_t(rows[size_t(i)])] = i;
    m_rankColumn = column;
}

bool PairFilterProxy::showsLabels(int column)
{
    return column == PairTableModel::CurrentLabel || column == PairTableModel::Correct
        || column == PairTableModel::Flags || column == PairTableModel::LabelQuality;
}

bool PairFilterProxy::dependsOnLabels() const
{
    // Row filters of other rooms (review states, duplicate groups) may follow labels: counted in.
    return (sortColumn() >= 0 && showsLabels(sortColumn())) || m_current != kAny || m_errorsOnly || m_correctedOnly
        || !m_rowFilters.empty() || m_issuesOnly || m_noiseGiven != kAny;
}

bool PairFilterProxy::isFiltering() const
{
    return m_current != kAny || m_predicted != kAny || m_split != kAny || m_errorsOnly || m_correctedOnly
        || m_missingImagesOnly || !m_search.isEmpty() || !m_rowFilters.empty() || m_issuesOnly
        || m_noiseGiven != kAny;
}

template <typename T>
void PairFilterProxy::setFilter(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    refilter();
}

void PairFilterProxy::setCurrentLabelFilter(int label) { setFilter(m_current, label); }
void PairFilterProxy::setPredictedLabelFilter(int label) { setFilter(m_predicted, label); }
void PairFilterProxy::setSplitFilter(int split) { setFilter(m_split, split); }
void PairFilterProxy::setErrorsOnly(bool on) { setFilter(m_errorsOnly, on); }
void PairFilterProxy::setCorrectedOnly(bool on) { setFilter(m_correctedOnly, on); }
void PairFilterProxy::setMissingImagesOnly(bool on) { setFilter(m_missingImagesOnly, on); }
void PairFilterProxy::setSearchText(const QString &text) { setFilter(m_search, text.trimmed()); }
void PairFilterProxy::setLabelIssuesOnly(bool on) { setFilter(m_issuesOnly, on); }

void PairFilterProxy::showNoiseCell(int given, int suggested)
{
    m_current = m_predicted = m_split = kAny;
    m_errorsOnly = m_correctedOnly = m_missingImagesOnly = m_issuesOnly = false;
    m_search.clear();
    m_noiseGiven = given;
    m_noiseSuggested = suggested;
    refilter();
}

void PairFilterProxy::showCell(int trueLabel, int predictedLabel, int split)
{
    m_current = trueLabel;
    m_predicted = predictedLabel;
    m_split = split;
    m_errorsOnly = m_correctedOnly = m_missingImagesOnly = m_issuesOnly = false;
    m_noiseGiven = m_noiseSuggested = kAny;
    m_search.clear();
    m_rowFilters.clear();
    refilter();
}

void PairFilterProxy::setRowFilter(const QString &name, RowFilter accept)
{
    if (accept)
        m_rowFilters[name] = std::move(accept);
    else if (m_rowFilters.erase(name) == 0)
        return;
    refilter();
}

void PairFilterProxy::clearFilters()
{
    // Nothing to clear (a project just opened): no re-filter of every row.
    if (!isFiltering() && m_noiseSuggested == kAny)
        return;
    showCell(kAny, kAny, kAny);
}

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
    for (const auto &[name, accept] : m_rowFilters)
        if (!accept(row))
            return false;
    if ((m_issuesOnly && !m_pairs->isLabelIssue(row))
        || (m_noiseGiven != kAny && !m_pairs->inNoiseCell(row, m_noiseGiven, m_noiseSuggested)))
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

double PairFilterProxy::sortKey(int column, int row) const
{
    const Pair &p = m_pairs->pair(row);
    switch (column) {
    case PairTableModel::OriginalLabel: return p.originalLabel;
    case PairTableModel::CurrentLabel: return p.currentLabel;
    case PairTableModel::PredictedLabel: return m_pairs->predictedLabel(row);
    case PairTableModel::Confidence: return m_pairs->confidence(row);
    case PairTableModel::LabelQuality: return m_pairs->sortableQuality(row);
    case PairTableModel::Correct:
    case PairTableModel::Flags: return m_pairs->index(row, column).data(PairTableModel::SortRole).toDouble();
    default: return 0.0;  // Id: the pair key decides
    }
}

}  // namespace entail
