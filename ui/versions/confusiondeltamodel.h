#pragma once
// A 3x3 table of how a confusion matrix changed between two model versions: each cell shows the new
// count and the change; green where the change is good (more on the diagonal, fewer off it), red where bad.
#include "model/core/labels.h"

#include <QAbstractTableModel>
#include <array>

namespace entail {

class ConfusionDeltaModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    using Matrix = std::array<std::array<int, kNumClasses>, kNumClasses>;  // [true][predicted]
    enum Role { DeltaRole = Qt::UserRole + 1 };

    explicit ConfusionDeltaModel(QObject *parent = nullptr);

    void setMatrices(const Matrix &before, const Matrix &after);
    void clear();
    int delta(int trueLabel, int predicted) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Matrix m_before{};
    Matrix m_after{};
    int m_maxAbsDelta = 0;
};

}  // namespace entail
