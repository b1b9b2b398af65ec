#include "ui/pairs/pairbrowser.h"

#include "ui/common/labeltext.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"
#include "ui/pairs/pairtableview.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace entail {

namespace {
// The tweets share whatever width there is; the other columns are as wide as their header and values need
// in this language (label names differ in length: "NoEntailment", "Keine Folgerung", "Sin implicación").
// `digits`: of the largest pair number, which the Pair column shows whole (a 100,000-pair project's); with
// `only` set, that column alone is sized (the others keep what the user made of them).
void sizeColumns(QHeaderView *columns, int digits = 4, int only = -1)
{
    const QFontMetrics fm = columns->fontMetrics();
    const int pad = fm.horizontalAdvance(QLatin1Char('M'));
    int labels = 0;
    for (int label = 0; label < kNumClasses; ++label)
        labels = std::max(labels, fm.horizontalAdvance(LabelText::name(label)));
    const QAbstractItemModel *model = columns->model();
    columns->setStretchLastSection(false);
    for (int c = only < 0 ? 0 : only; c < (only < 0 ? int(PairTableModel::ColumnCount) : only + 1); ++c) {
        const int header = fm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 2 * pad;
        int values = fm.horizontalAdvance(QString(c == PairTableModel::Id ? digits : 4, QLatin1Char('0')));
        if (c == PairTableModel::OriginalLabel || c == PairTableModel::CurrentLabel || c == PairTableModel::PredictedLabel)
            values = labels;
        if (c == PairTableModel::Flags)  // one flag readable, such as a team's state (the tooltip has them all)
            values = fm.horizontalAdvance(QStringLiteral("team: disagreement"));
        const bool tweet = c == PairTableModel::Text1 || c == PairTableModel::Text2;
        columns->setSectionResizeMode(c, tweet ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (!tweet)
            columns->resizeSection(c, std::max(header, values + pad));
    }
}
}  // namespace

PairBrowser::PairBrowser(PairTableModel *pairs, PairFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_pairs(pairs), m_proxy(proxy), m_filterBar(new FilterBar(proxy, this)),
      m_view(new PairTableView(this))
{
    setObjectName(QStringLiteral("pairBrowser"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    m_filterBar->searchEdit()->installEventFilter(this);

    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PairTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights and column widths: the view never measures rows it does not show.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    sizeColumns(columns);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PairBrowser::onCurrentChanged);
    // A correction may filter the current row out; Qt then moves the current index to a neighbour, which
    // is what an annotator expects ("next"), but it does not select it.
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && !m_view->selectionModel()->isRowSelected(current.row(), {}))
            selectProxyRow(current.row());
        onCurrentChanged();
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, &PairBrowser::onCurrentChanged);
    connect(pairs, &QAbstractItemModel::modelReset, this, &PairBrowser::fitPairColumn);
    // Another project (setPairs emits it too) or another model's predictions: the suspect walk starts
    // again at the most confident one.
    connect(pairs, &PairTableModel::predictionsChanged, this, [this] { m_suspectCursor = {}; });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        // After a filter change: keep the pair on screen if it still passes, else show the first that does.
        // The view lays out its rows later by itself: until then its scroll range is the old (filtered)
        // one, and after "Show all" the pair on screen would stay out of view.
        if (m_view->currentIndex().isValid()) {
            m_view->doItemsLayout();
            m_view->scrollTo(m_view->currentIndex());
        } else
            selectProxyRow(0);
        onCurrentChanged();
    });
}

int PairBrowser::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

// Another project: the Pair column as wide as its largest number (rows are in key order as a rule).
void PairBrowser::fitPairColumn()
{
    qint64 largest = 0;
    if (m_pairs->keysAscending() && m_pairs->rowCount() > 0)
        largest = m_pairs->pair(m_pairs->rowCount() - 1).key;
    else
        for (int row = 0; row < m_pairs->rowCount(); ++row)
            largest = std::max(largest, m_pairs->pair(row).key);
    const int digits = std::max(4, int(QString::number(largest).size()));
    if (digits != m_keyDigits) {
        m_keyDigits = digits;
        sizeColumns(m_view->horizontalHeader(), digits, PairTableModel::Id);
    }
}

void PairBrowser::onCurrentChanged()
{
    const int row = currentSourceRow();
    if (row == m_lastRow)
        return;
    m_lastRow = row;
    Q_EMIT currentPairChanged(row);
}

void PairBrowser::selectProxyRow(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return;
    const QModelIndex index = m_proxy->index(row, PairTableModel::Id);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool PairBrowser::selectSourceRow(int row)
{
    const int proxyRow = m_proxy->proxyRow(row);
    if (proxyRow < 0)
        return false;
    selectProxyRow(proxyRow);
    return true;
}

void PairBrowser::selectNext()
{
    const QModelIndex current = m_view->currentIndex();
    selectProxyRow(current.isValid() ? std::min(current.row() + 1, m_proxy->rowCount() - 1) : 0);
}

void PairBrowser::selectPrevious()
{
    const QModelIndex current = m_view->currentIndex();
    selectProxyRow(current.isValid() ? std::max(current.row() - 1, 0) : 0);
}

bool PairBrowser::selectNextSuspect() { return selectNextSuspect(SuspectFinder::blindSpots(*m_pairs)); }

bool PairBrowser::selectNextSuspect(const std::vector<int> &skipped)
{
    const int current = currentSourceRow();
    // Continue from the pair on screen when it is a suspect (or was one until just corrected).
    if (current >= 0 && (m_pairs->isError(current) || m_suspectCursor.row == current))
        m_suspectCursor = SuspectFinder::positionOf(*m_pairs, current);
    const int row = SuspectFinder::next(*m_pairs, m_suspectCursor, [&](int r) {
        const int label = m_pairs->pair(r).currentLabel;
        return m_proxy->proxyRow(r) >= 0 && std::find(skipped.begin(), skipped.end(), label) == skipped.end();
    });
    if (row < 0)
        return false;
    m_suspectCursor = SuspectFinder::positionOf(*m_pairs, row);
    return selectSourceRow(row);
}

void PairBrowser::focusTable()
{
    if (!m_view->currentIndex().isValid())
        selectProxyRow(0);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

bool PairBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterBar->searchEdit() && handleSearchKey(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool PairBrowser::handleSearchKey(QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool escape = key->key() == Qt::Key_Escape;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!(escape || enter || key->key() == Qt::Key_Down) || (key->modifiers() & ~Qt::KeypadModifier))
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();  // Esc here leaves the search; it does not reach the window's Esc (cancel training)
        return true;
    }
    if (escape)
        m_filterBar->searchEdit()->clear();
    m_filterBar->applySearchNow();
    focusTable();
    return true;
}

void PairBrowser::focusSearch()
{
    m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchEdit()->selectAll();
}

}  // namespace entail
