#pragma once
// The 3x3 confusion matrix (rows = true label, columns = predicted) with counts, row percentages
// and a heat colour per cell (BackgroundRole): blue on the diagonal, red off it.
#include "model/metrics/metrics.h"

#include <QAbstractTableModel>

namespace entail {

class ConfusionMatrixModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, RowFractionRole };

    explicit ConfusionMatrixModel(QObject *parent = nullptr);
    void setMetrics(const Metrics &metrics);
    const Metrics &metrics() const { return m_metrics; }
    int count(int trueLabel, int predicted) const;
    double rowFraction(int trueLabel, int predicted) const;  // 0 when the row is empty

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QColor heat(int row, int column) const;
    Metrics m_metrics;
};

}  // namespace entail
