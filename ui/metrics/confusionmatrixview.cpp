#include "ui/metrics/confusionmatrixview.h"

#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/common/labeltext.h"
#include "ui/metrics/metricstracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace entail {

ConfusionMatrixView::ConfusionMatrixView(MetricsTracker *tracker, QWidget *parent)
    : QWidget(parent), m_tracker(tracker), m_split(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)), m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Split:"), this));
    m_split->addItem(LabelText::splitName(MetricsTracker::kAllSplits), MetricsTracker::kAllSplits);
    for (int s = 0; s < kNumSplits; ++s)
        m_split->addItem(LabelText::splitName(s), s);
    m_split->setCurrentIndex(m_split->findData(tracker->split()));
    top->addWidget(m_split);
    auto *axes = new QLabel(tr("Rows: label \u2022 columns: prediction"), this);
    axes->setForegroundRole(QPalette::PlaceholderText);
    axes->setWordWrap(true);  // two lines rather than a wider dock
    axes->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    axes->setToolTip(tr("Click a cell to list its pairs in the table"));
    top->addWidget(axes, 1);
    layout->addLayout(top);
    layout->addWidget(m_stack);

    m_table->setModel(tracker->confusionModel());
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setCornerButtonEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(3 * (2 * fontMetrics().height() + 12) + m_table->horizontalHeader()->sizeHint().height());
    m_table->setCursor(Qt::PointingHandCursor);
    m_stack->addWidget(m_table);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_hint);

    connect(m_split, &QComboBox::currentIndexChanged, this,
            [this] { m_tracker->setSplit(m_split->currentData().toInt()); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT cellClicked(index.row(), index.column(), m_tracker->split());
    });
    connect(tracker, &MetricsTracker::metricsChanged, this, &ConfusionMatrixView::refresh);
    refresh();
}

void ConfusionMatrixView::refresh()
{
    if (!m_tracker->hasPredictions()) {
        m_hint->setText(tr("No predictions yet.\nTrain a model (toolbar: Train\u2026) or load one (Model \u203a Load "
                           "model...) to compare its predictions with the labels."));
        m_stack->setCurrentWidget(m_hint);
    } else if (m_tracker->metrics().count == 0) {
        m_hint->setText(tr("No labeled pairs with a prediction in this split."));
        m_stack->setCurrentWidget(m_hint);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

}  // namespace entail
