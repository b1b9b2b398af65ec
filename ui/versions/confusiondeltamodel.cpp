#include "ui/versions/confusiondeltamodel.h"

#include "ui/versions/flippedpairsmodel.h"

#include <QColor>
#include <cstdlib>

namespace entail {

namespace {
const QColor kGood(0x2e, 0x9e, 0x4f);
const QColor kBad(0xd6, 0x3a, 0x3a);
constexpr int kMinAlpha = 40;   // the faintest tint still visible on white
constexpr int kMaxAlpha = 170;  // the strongest tint that keeps black text readable
}  // namespace

ConfusionDeltaModel::ConfusionDeltaModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfusionDeltaModel::setMatrices(const Matrix &before, const Matrix &after)
{
    m_before = before;
    m_after = after;
    m_maxAbsDelta = 0;
    for (int t = 0; t < kNumClasses; ++t)
        for (int p = 0; p < kNumClasses; ++p)
            m_maxAbsDelta = qMax(m_maxAbsDelta, std::abs(delta(t, p)));
    Q_EMIT dataChanged(index(0, 0), index(kNumClasses - 1, kNumClasses - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, kNumClasses - 1);
}

void ConfusionDeltaModel::clear() { setMatrices(Matrix{}, Matrix{}); }

int ConfusionDeltaModel::delta(int t, int p) const
{
    return m_after[size_t(t)][size_t(p)] - m_before[size_t(t)][size_t(p)];
}

int ConfusionDeltaModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kNumClasses; }
int ConfusionDeltaModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : kNumClasses; }

QVariant ConfusionDeltaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int t = index.row(), p = index.column();
    const int d = delta(t, p);
    switch (role) {
    case Qt::DisplayRole: {
        const QString sign = d > 0 ? QStringLiteral("+") : (d < 0 ? QStringLiteral("−") : QStringLiteral("±"));
        return tr("%1 (%2%3)").arg(m_after[size_t(t)][size_t(p)]).arg(sign).arg(std::abs(d));
    }
    case Qt::ToolTipRole:
        return tr("True %1, predicted %2: %3 before, %4 now")
            .arg(FlippedPairsModel::labelText(t), FlippedPairsModel::labelText(p))
            .arg(m_before[size_t(t)][size_t(p)]).arg(m_after[size_t(t)][size_t(p)]);
    case Qt::BackgroundRole: {
        if (d == 0 || m_maxAbsDelta == 0)
            return QVariant();
        const bool good = (t == p) == (d > 0);
        QColor c = good ? kGood : kBad;
        c.setAlpha(kMinAlpha + (kMaxAlpha - kMinAlpha) * std::abs(d) / m_maxAbsDelta);
        return c;
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case DeltaRole: return d;
    default: return QVariant();
    }
}

QVariant ConfusionDeltaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= kNumClasses)
        return QAbstractTableModel::headerData(section, orientation, role);
    return orientation == Qt::Horizontal ? tr("→ %1").arg(FlippedPairsModel::labelText(section))
                                         : FlippedPairsModel::labelText(section);
}

}  // namespace entail
