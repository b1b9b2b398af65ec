#pragma once
// Per-class precision, recall, F1 and support, one row per label.
#include "model/metrics/metrics.h"

#include <QAbstractTableModel>

namespace entail {

class ClassMetricsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Precision, Recall, F1, Support, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 };  // the raw number (double, or int for Support)

    explicit ClassMetricsModel(QObject *parent = nullptr);
    void setMetrics(const Metrics &metrics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Metrics m_metrics;
};

}  // namespace entail
