#include "ui/review/historypanel.h"

#include "ui/review/annotationlogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QEvent>
#include <algorithm>

namespace entail {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new AnnotationLogModel(this)), m_title(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    m_title->setWordWrap(true);  // "hidden until you label it" must not widen the dock
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // A pair has a handful of entries: measuring them all is cheap.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->viewport()->installEventFilter(this);
    setEntries(0, {});
}

// Every column as wide as its contents, the last one taking the rest. When the dock is narrower than that,
// the time (its tooltip has it whole) gives up width, so that the later columns, "How" last, are never cut.
void HistoryPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    int needed = 0;
    for (int c = 0; c < AnnotationLogModel::ColumnCount; ++c)
        needed += std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c), header->sectionSizeHint(c));
    const bool narrow = needed > m_view->viewport()->width();
    header->setSectionResizeMode(AnnotationLogModel::Time, narrow ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    header->setStretchLastSection(!narrow);
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::setHidden(qint64 pairKey)
{
    setEntries(pairKey, {});
    m_title->setText(tr("The label history of pair %1 is hidden until you label it (blind mode).").arg(pairKey));
}

void HistoryPanel::setEntries(qint64 pairKey, std::vector<LogEntry> entries)
{
    if (pairKey == 0)
        m_title->setText(tr("No pair selected."));
    else if (entries.empty())
        m_title->setText(tr("Pair %1 has no recorded label changes.").arg(pairKey));
    else
        m_title->setText(tr("Label history of pair %1:").arg(pairKey));
    m_model->setEntries(std::move(entries));
    fitColumns();
}

}  // namespace entail
