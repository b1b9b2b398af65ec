#include "ui/pairs/pairfilterproxy.h"

#include "ui/common/poolrun.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/pairtexts.h"

#include <numeric>

namespace entail {

namespace {
// What a worker computed, or why it could not (the texts could not be read from the store).
template <typename T>
struct Computed {
    T value;
    QString error;
};
}  // namespace

PairFilterProxy::PairFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setObjectName(QStringLiteral("pairFilter"));
    setSortRole(PairTableModel::SortRole);
    m_pool.setMaxThreadCount(1);
}

void PairFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    m_pairs = qobject_cast<PairTableModel *>(model);
    Q_ASSERT(m_pairs || !model);
    m_rankColumn = -1;
    dropTexts();
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
            dropTexts();
        };
        connect(m_pairs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
            if (from.column() <= m_rankColumn && m_rankColumn <= to.column())
                m_rankColumn = -1;
        });
        connect(m_pairs, &QAbstractItemModel::modelAboutToBeReset, this, reset);
        connect(m_pairs, &QAbstractItemModel::modelReset, this, [this] {
            if (m_idOrder && !m_pairs->keysAscending() && sortColumn() < 0)  // after the base class's reset
                QMetaObject::invokeMethod(this, [this] { sort(PairTableModel::Id, Qt::AscendingOrder); }, Qt::QueuedConnection);
            if (!m_search.isEmpty() && large())  // unless another search or none is asked for meanwhile
                QMetaObject::invokeMethod(this, [this, request = m_searchRequest] {
                    if (request == m_searchRequest && !m_search.isEmpty())
                        startSearch();
                }, Qt::QueuedConnection);
        });
        connect(m_pairs, &QAbstractItemModel::rowsAboutToBeInserted, this, reset);
        connect(m_pairs, &QAbstractItemModel::rowsAboutToBeRemoved, this, reset);
        connect(m_pairs, &QAbstractItemModel::layoutAboutToBeChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void PairFilterProxy::dropTexts()
{
    m_texts.reset();
    ++m_textsVersion;  // a search's rows and a text order computed before are for other rows
}

// A table that holds no texts reads them from the store: always on the worker.
bool PairFilterProxy::large() const
{
    return m_pairs && (m_pairs->rowCount() >= m_workerRows || !m_pairs->holdsTexts());
}

std::shared_ptr<const PairTexts> PairFilterProxy::texts() const
{
    if (!m_texts || m_texts->size() != m_pairs->rowCount())
        m_texts = PairTexts::of(*m_pairs);
    return m_texts;
}

void PairFilterProxy::setWorking(int delta, const QString &what)
{
    m_working += delta;
    Q_EMIT workingChanged(m_working > 0, m_working > 0 ? what : QString());
}

void PairFilterProxy::sort(int column, Qt::SortOrder order)
{
    const quint64 request = ++m_sortRequest;  // a text order still computing is moot now
    // By pair number ascending, the rows' own order when their keys ascend (as the store gives them): no sort
    // at all, which a project's opening would otherwise pay on the GUI thread (100,000 pairs: ~40 ms).
    m_idOrder = column == PairTableModel::Id && order == Qt::AscendingOrder;
    const bool text = column == PairTableModel::Text1 || column == PairTableModel::Text2;
    if (!text || m_rankColumn != column)
        m_rankColumn = -1;  // rebuilt on the first comparison; a text order stays valid until the rows change
    if (text && m_rankColumn != column && large()) {
        // Folding and sorting 100,000 texts takes ~75 ms: a worker does it, the sort then compares ranks.
        std::shared_ptr<const PairTexts> all = texts();
        setWorking(1, tr("Sorting %L1 pairs...").arg(all->size()));
        runOnPool(&m_pool, this, [all, tweet = column == PairTableModel::Text1 ? 0 : 1] {
            Computed<std::vector<int>> out;
            out.value = PairTexts::rankBy(*all, tweet, &out.error);
            return out;
        }, [this, request, version = m_textsVersion, column, order](Computed<std::vector<int>> &ranked) {
            setWorking(-1, QString());
            if (request != m_sortRequest)
                return;
            if (version != m_textsVersion) {  // the rows changed meanwhile: order the new ones
                sort(column, order);
                return;
            }
            if (!ranked.error.isEmpty()) {  // the rows keep their order
                Q_EMIT failed(tr("Cannot order the pairs by their texts: %1").arg(ranked.error));
                return;
            }
            m_rank = std::move(ranked.value);
            m_rankColumn = column;
            // Already by this column (new rows kept their own order meanwhile, buildRank): the base class
            // sorts only for another column or order.
            if (sortColumn() == column && sortOrder() == order)
                QSortFilterProxyModel::sort(-1, order);
            QSortFilterProxyModel::sort(column, order);
        });
        return;
    }
    QSortFilterProxyModel::sort(m_idOrder && m_pairs && m_pairs->keysAscending() ? -1 : column, order);
}

void PairFilterProxy::buildRank(int column) const
{
    m_rankColumn = column;
    if (column == PairTableModel::Text1 || column == PairTableModel::Text2) {
        if (large()) {
            // The rows changed under an order by text (a reset re-sorts at once): they keep their own order
            // until the worker's is in (the filter bar says Sorting meanwhile).
            m_rank.resize(size_t(m_pairs->rowCount()));
            std::iota(m_rank.begin(), m_rank.end(), 0);
            auto *self = const_cast<PairFilterProxy *>(this);
            self->setWorking(1, tr("Sorting %L1 pairs...").arg(m_pairs->rowCount()));
            QMetaObject::invokeMethod(self, [self, column] {
                self->setWorking(-1, QString());
                if (self->sortColumn() == column && self->m_rankColumn == column) {
                    self->m_rankColumn = -1;
                    self->sort(column, self->sortOrder());
                }
            }, Qt::QueuedConnection);
            return;
        }
        std::shared_ptr<const PairTexts> all = texts();
        m_rank = PairTexts::rankBy(*all, column == PairTableModel::Text1 ? 0 : 1);
        return;
    }
    // One typed key per row, read once: the sort then compares plain numbers.
    const int n = m_pairs->rowCount();
    std::vector<int> rows(static_cast<size_t>(n), 0);
    std::iota(rows.begin(), rows.end(), 0);
    std::vector<std::pair<double, qint64>> keys(static_cast<size_t>(n));
    for (int r = 0; r < n; ++r)
        keys[size_t(r)] = {sortKey(column, r), m_pairs->pair(r).key};
    std::sort(rows.begin(), rows.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    m_rank.assign(size_t(n), 0);
    for (int i = 0; i < n; ++i)
        m_rank[size_t(rows[size_t(i)])] = i;
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
void PairFilterProxy::setSearchText(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted == m_search)
        return;
    m_search = wanted;
    startSearch();
}

void PairFilterProxy::startSearch()
{
    const QString wanted = m_search;
    const quint64 request = ++m_searchRequest;  // a search still computing is moot now
    if (wanted.isEmpty()) {
        applySearch(QString(), {});
        return;
    }
    std::shared_ptr<const PairTexts> all = texts();
    if (!large()) {
        applySearch(wanted, PairTexts::search(*all, wanted));
        return;
    }
    // Two case-folded substring tests per pair: ~100 ms at 100,000 pairs, on a worker; the rows follow.
    setWorking(1, tr("Searching %L1 pairs...").arg(all->size()));
    runOnPool(&m_pool, this, [all, wanted] {
        Computed<std::vector<uint8_t>> out;
        out.value = PairTexts::search(*all, wanted, &out.error);
        return out;
    }, [this, request, version = m_textsVersion, wanted](Computed<std::vector<uint8_t>> &found) {
        setWorking(-1, QString());
        if (request != m_searchRequest)
            return;
        if (version != m_textsVersion)
            startSearch();  // the rows changed meanwhile: the same search over the new ones
        else if (!found.error.isEmpty())  // never "no pair matches": the rows stay as they were
            Q_EMIT failed(tr("Cannot search the pairs' texts: %1").arg(found.error));
        else
            applySearch(wanted, std::move(found.value));
    });
}

void PairFilterProxy::applySearch(const QString &text, std::vector<uint8_t> found)
{
    m_appliedSearch = text;
    m_found = std::move(found);
    m_foundVersion = m_textsVersion;
    bool number = false;
    const qint64 key = text.toLongLong(&number);
    m_searchKey = number && QString::number(key) == text ? key : 0;
    refilter();
}

void PairFilterProxy::clearSearch()
{
    m_search.clear();
    m_appliedSearch.clear();
    m_found.clear();
    m_searchKey = 0;
    ++m_searchRequest;
}

bool PairFilterProxy::searchMatches(int row) const
{
    const Pair &p = m_pairs->pair(row);
    if (p.first.id == m_appliedSearch || p.second.id == m_appliedSearch || (m_searchKey > 0 && p.key == m_searchKey))
        return true;
    if (m_foundVersion == m_textsVersion && size_t(row) < m_found.size())
        return m_found[size_t(row)] != 0;
    // The rows changed since the search was computed (another project, an import): on a large table the
    // worker searches them again (startSearch after the reset), here the same test.
    if (large())
        return false;
    return PairTexts::matches(m_pairs->text(row, 0), m_pairs->text(row, 1), m_appliedSearch);
}
void PairFilterProxy::setLabelIssuesOnly(bool on) { setFilter(m_issuesOnly, on); }

void PairFilterProxy::showNoiseCell(int given, int suggested)
{
    m_current = m_predicted = m_split = kAny;
    m_errorsOnly = m_correctedOnly = m_missingImagesOnly = m_issuesOnly = false;
    clearSearch();
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
    clearSearch();
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
    if (!m_appliedSearch.isEmpty())
        return searchMatches(row);
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
