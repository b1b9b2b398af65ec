#include "ui/review/historypanel.h"

#include "ui/review/annotationlogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace entail {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new AnnotationLogModel(this)), m_title(new QLabel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // A pair has a handful of entries: measuring them all is cheap.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    setEntries(0, {});
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
}

}  // namespace entail
