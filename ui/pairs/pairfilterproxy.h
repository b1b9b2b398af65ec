#pragma once
// Filtering and sorting of the pair table. The filter state lives here (not in the filter widgets),
// so a click in the confusion matrix and the filter bar always agree.
#include <QPair>
#include <QSortFilterProxyModel>
#include <QThreadPool>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace entail {

class PairTableModel;
struct PairTexts;

class PairFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    static constexpr int kAny = -2;  // label/split filter off (kNoLabel = -1 selects unlabeled pairs)

    explicit PairFilterProxy(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;  // must be a PairTableModel

    int currentLabelFilter() const { return m_current; }
    int predictedLabelFilter() const { return m_predicted; }
    int splitFilter() const { return m_split; }  // kAny or int(Split)
    bool errorsOnly() const { return m_errorsOnly; }
    bool correctedOnly() const { return m_correctedOnly; }
    bool missingImagesOnly() const { return m_missingImagesOnly; }
    QString searchText() const { return m_search; }
    bool labelIssuesOnly() const { return m_issuesOnly; }
    QPair<int, int> noiseCell() const { return {m_noiseGiven, m_noiseSuggested}; }  // kAny, kAny when off
    bool isFiltering() const;

    void setCurrentLabelFilter(int label);
    void setPredictedLabelFilter(int label);
    void setSplitFilter(int split);
    void setErrorsOnly(bool on);
    void setCorrectedOnly(bool on);
    void setMissingImagesOnly(bool on);
    void setSearchText(const QString &text);
    // Filters that other rooms add (review state, duplicate groups), by name: `accept` gets a source row; an
    // empty function removes the filter. Cleared with the others (clearFilters, showCell).
    using RowFilter = std::function<bool(int sourceRow)>;
    void setRowFilter(const QString &name, RowFilter accept);
    bool hasRowFilter(const QString &name) const { return m_rowFilters.count(name) > 0; }
    void setLabelIssuesOnly(bool on);
    // Exactly the pairs of one noise-matrix cell (PairTableModel::inNoiseCell): every other filter is cleared.
    void showNoiseCell(int given, int suggested);
    // Exactly the pairs of one confusion-matrix cell: every other filter is cleared.
    void showCell(int trueLabel, int predictedLabel, int split);
    void clearFilters();

    // By a tweet's text on a large table the order is computed on a worker thread and applied when ready (the
    // header shows the new column at once, the rows follow); so is a search. Smaller tables do both in place.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static constexpr int kWorkerRows = 20000;  // from this many pairs on; tests lower it
    void setWorkerRows(int rows) { m_workerRows = rows; }
    bool isWorking() const { return m_working > 0; }

    int sourceRow(int proxyRow) const;
    int proxyRow(int sourceRow) const;  // -1 when filtered out

Q_SIGNALS:
    void filtersChanged();
    // A search or a sort by text is being computed off the GUI thread (`what` says which, for the filter bar).
    void workingChanged(bool working, const QString &what);
    // A search or an order by text could not be computed (a large project's texts could not be read): the
    // rows stayed as they were; `message` says why.
    void failed(const QString &message);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    template <typename T>
    void setFilter(T &field, const T &value);  // refilters only on a change
    void refilter();
    double sortKey(int column, int row) const;  // texts aside; ties are broken by the pair key
    void buildRank(int column) const;
    bool large() const;
    std::shared_ptr<const PairTexts> texts() const;  // taken once per set of rows
    void dropTexts();
    void startSearch();  // of m_search, in place or on the worker
    void applySearch(const QString &text, std::vector<uint8_t> found);
    void clearSearch();  // with the others, by showCell and showNoiseCell
    bool searchMatches(int row) const;
    void setWorking(int delta, const QString &what);
    static bool showsLabels(int column);  // its values follow the current label
    bool dependsOnLabels() const;         // which rows it shows, or their order

    // Rank of every source row in the sorted column, built once per sort (typed keys read once, one sort):
    // QSortFilterProxyModel's own sort then compares two ints instead of two cells.
    mutable std::vector<int> m_rank;
    mutable int m_rankColumn = -1;
    bool m_keepRank = false;  // the next layout change only changes labels, which m_rankColumn does not show
    bool m_idOrder = false;   // sorted by pair number, ascending: the source's own order (sort())
    // The texts as a worker reads them, and what it found: the applied search and its rows (m_found, for the
    // set of rows of m_textsVersion), and the requests still computing (a newer one makes older ones moot).
    mutable std::shared_ptr<const PairTexts> m_texts;
    quint64 m_textsVersion = 0;
    QString m_appliedSearch;
    qint64 m_searchKey = 0;  // the search read as a pair key, 0 when it is not one
    std::vector<uint8_t> m_found;
    quint64 m_foundVersion = 0;
    quint64 m_searchRequest = 0, m_sortRequest = 0;
    int m_working = 0;
    int m_workerRows = kWorkerRows;
    QThreadPool m_pool;  // one thread: the table's own work, in the order asked

    PairTableModel *m_pairs = nullptr;
    int m_current = kAny;
    int m_predicted = kAny;
    int m_split = kAny;
    bool m_errorsOnly = false;
    bool m_correctedOnly = false;
    bool m_missingImagesOnly = false;
    QString m_search;  // as asked; m_appliedSearch is the one the rows show
    std::map<QString, RowFilter> m_rowFilters;
    bool m_issuesOnly = false;
    int m_noiseGiven = kAny;
    int m_noiseSuggested = kAny;
};

}  // namespace entail
