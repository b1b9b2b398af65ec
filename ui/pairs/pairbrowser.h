#pragma once
// The pair table with its filter bar: a lazy QTableView over PairFilterProxy (fixed row height,
// no per-row widgets, so 100,000 rows scroll like 100), and navigation by proxy row. The search box is no
// keyboard trap: Esc clears it, Enter and Down apply it; all three hand the keys back to the table.
#include "ui/pairs/suspectfinder.h"

#include <QWidget>
#include <vector>

class QTableView;

namespace entail {

class FilterBar;
class PairFilterProxy;
class PairTableModel;

class PairBrowser final : public QWidget {
    Q_OBJECT

public:
    PairBrowser(PairTableModel *pairs, PairFilterProxy *proxy, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    int currentSourceRow() const;  // -1 when nothing is selected

public Q_SLOTS:
    bool selectSourceRow(int row);  // false when the row is filtered out
    void selectNext();
    void selectPrevious();
    // False when there is none among the shown pairs. Pairs whose label is in `skipped` are passed over
    // (the no-argument form skips SuspectFinder::blindSpots()).
    bool selectNextSuspect();
    bool selectNextSuspect(const std::vector<int> &skipped);
    void focusSearch();
    void focusTable();  // selects the first shown row when none is

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void currentPairChanged(int sourceRow);

private:
    void fitPairColumn();
    int m_keyDigits = 4;  // the Pair column's width, in digits
    bool handleSearchKey(QEvent *event);
    void selectProxyRow(int row);
    void onCurrentChanged();

    PairTableModel *m_pairs;
    PairFilterProxy *m_proxy;
    FilterBar *m_filterBar;
    QTableView *m_view;
    SuspectFinder::Position m_suspectCursor;
    int m_lastRow = -2;
};

}  // namespace entail
