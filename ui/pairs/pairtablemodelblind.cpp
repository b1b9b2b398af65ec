// PairTableModel in blind mode (ui/team/teamwork.h): what a hidden row shows (the rest: pairtablemodel.cpp).
#include "ui/pairs/pairtablemodel.h"

#include <QBrush>

namespace entail {

bool PairTableModel::hidesLabels(int column)
{
    return column == OriginalLabel || column == CurrentLabel || column == PredictedLabel || column == Confidence
        || column == Correct || column == LabelQuality;
}

QVariant PairTableModel::blindData(int role)
{
    switch (role) {
    case Qt::DisplayRole: return tr("hidden");
    case Qt::ToolTipRole: return tr("Blind mode: hidden until you label this pair (View \u203a Blind mode)");
    case Qt::ForegroundRole: return QBrush(QColor(0x80, 0x80, 0x80));
    case LabelRole: return kNoLabel;
    default: return {};
    }
}

void PairTableModel::setBlind(std::function<bool(int row)> hidden)
{
    const bool was = bool(m_blind);
    m_blind = std::move(hidden);
    // Off and still off (every project that opens without team mode): nothing to repaint, and no proxy has
    // to look at every row again.
    if (was || m_blind)
        refreshBlind();
}

void PairTableModel::refreshBlind(const std::vector<int> &rows)
{
    if (m_pairs.empty())
        return;
    if (rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

}  // namespace entail
