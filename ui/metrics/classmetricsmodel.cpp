#include "ui/metrics/classmetricsmodel.h"

#include "ui/common/labeltext.h"

namespace entail {

ClassMetricsModel::ClassMetricsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClassMetricsModel::setMetrics(const Metrics &metrics)
{
    m_metrics = metrics;
    Q_EMIT dataChanged(index(0, 0), index(kNumClasses - 1, ColumnCount - 1));
}

int ClassMetricsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kNumClasses; }

int ClassMetricsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClassMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassMetrics &m = m_metrics.perClass[size_t(index.row())];
    QVariant value;
    switch (index.column()) {
    case Precision: value = m.precision; break;
    case Recall: value = m.recall; break;
    case F1: value = m.f1; break;
    case Support: value = m.support; break;
    default: return {};
    }
    switch (role) {
    case ValueRole: return value;
    case Qt::DisplayRole:
        if (m_metrics.count == 0)
            return QStringLiteral("\u2013");
        return index.column() == Support ? QString::number(m.support) : LabelText::score(value.toDouble());
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant ClassMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < kNumClasses)
            return LabelText::name(section);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Precision: return tr("Prec.");
        case Recall: return tr("Recall");
        case F1: return tr("F1");
        case Support: return tr("Pairs");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Precision: return tr("Of the pairs predicted as this class, the share labeled so");
        case Recall: return tr("Of the pairs labeled as this class, the share predicted so");
        case F1: return tr("Harmonic mean of precision and recall");
        case Support: return tr("Labeled pairs of this class that have a prediction");
        default: return {};
        }
    }
    return {};
}

}  // namespace entail
