#include "ui/labelissues/noisematrixview.h"

#include "ui/common/labeltext.h"
#include "model/labelissues/labelissuetypes.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace entail {

NoiseMatrixView::NoiseMatrixView(QWidget *parent)
    : QWidget(parent), m_explanation(new QLabel(this)), m_table(new QTableWidget(kNumClasses, kNumClasses, this))
{
    setObjectName(QStringLiteral("noiseMatrix"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_explanation->setText(tr("Estimated pairs per given label (rows) and probable true label (columns). "
                              "Off the diagonal: likely wrong labels. Click a cell to list its pairs."));
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_explanation);
    QStringList names;
    for (int label = 0; label < kNumClasses; ++label)
        names << LabelText::shortName(label);
    m_table->setVerticalHeaderLabels(names);
    m_table->setHorizontalHeaderLabels(names);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    for (QHeaderView *header : {m_table->horizontalHeader(), m_table->verticalHeader()})
        header->setSectionResizeMode(QHeaderView::Stretch);
    const int rowHeight = fontMetrics().height() + 10;
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + kNumClasses * rowHeight + 4);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellClicked, this, &NoiseMatrixView::cellClicked);
}

void NoiseMatrixView::setResult(const LabelIssueResult *result, const int (*inCell)[3])
{
    for (int i = 0; i < kNumClasses; ++i)
        for (int j = 0; j < kNumClasses; ++j) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (result) {
                const double estimate = result->noiseMatrix[size_t(i)][size_t(j)];
                item->setText(QString::number(qRound(estimate)));
                item->setToolTip(tr("Given %1, probably %2: about %3 pairs (estimate). Click to list the %n pair(s) "
                                    "scored so.", nullptr, inCell[i][j])
                                     .arg(LabelText::name(i), LabelText::name(j))
                                     .arg(qRound(estimate)));
                if (i != j && estimate >= 0.5)
                    item->setBackground(QColor(0xf5, 0xb7, 0xb1));
            }
            m_table->setItem(i, j, item);
        }
}

}  // namespace entail
