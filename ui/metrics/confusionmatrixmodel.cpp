#include "ui/metrics/confusionmatrixmodel.h"

#include "ui/common/labeltext.h"

#include <QBrush>
#include <QColor>

namespace entail {

ConfusionMatrixModel::ConfusionMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfusionMatrixModel::setMetrics(const Metrics &metrics)
{
    m_metrics = metrics;
    Q_EMIT dataChanged(index(0, 0), index(kNumClasses - 1, kNumClasses - 1));
}

int ConfusionMatrixModel::count(int trueLabel, int predicted) const
{
    return m_metrics.confusion[size_t(trueLabel)][size_t(predicted)];
}

double ConfusionMatrixModel::rowFraction(int trueLabel, int predicted) const
{
    int total = 0;
    for (int c = 0; c < kNumClasses; ++c)
        total += count(trueLabel, c);
    return total > 0 ? double(count(trueLabel, predicted)) / total : 0.0;
}

int ConfusionMatrixModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kNumClasses; }

int ConfusionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kNumClasses;
}

QColor ConfusionMatrixModel::heat(int row, int column) const
{
    const double f = rowFraction(row, column);
    // White at 0, saturated at 1; correct calls in blue, mistakes in red.
    const QColor full = row == column ? QColor(0x21, 0x66, 0xac) : QColor(0xc0, 0x39, 0x2b);
    auto mix = [f](int c) { return int(255 + (c - 255) * f); };
    return QColor(mix(full.red()), mix(full.green()), mix(full.blue()));
}

QVariant ConfusionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row(), c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2%").arg(count(r, c)).arg(qRound(rowFraction(r, c) * 100.0));
    case CountRole: return count(r, c);
    case RowFractionRole: return rowFraction(r, c);
    case Qt::BackgroundRole: return QBrush(heat(r, c));
    case Qt::ForegroundRole: return QBrush(rowFraction(r, c) > 0.5 ? Qt::white : Qt::black);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("%n pair(s) labeled %1 were predicted %2 (%3% of %1). Click to list them.", nullptr, count(r, c))
            .arg(LabelText::name(r), LabelText::name(c))
            .arg(rowFraction(r, c) * 100.0, 0, 'f', 1);
    default: return {};
    }
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= kNumClasses)
        return {};
    if (role == Qt::DisplayRole)  // the columns are narrow in the dock; the rows carry the full names
        return orientation == Qt::Horizontal ? LabelText::shortName(section) : LabelText::name(section);
    if (role == Qt::ToolTipRole)
        return orientation == Qt::Vertical ? tr("Pairs labeled %1").arg(LabelText::name(section))
                                           : tr("Pairs predicted %1").arg(LabelText::name(section));
    return {};
}

}  // namespace entail
