#pragma once
// The model versions of the project, one row each, oldest first; the active one is marked.
#include "model/store/store.h"
#include "model/training/trainingrecord.h"
#include "ui/common/trainingmetatypes.h"

#include <QAbstractTableModel>
#include <vector>

namespace entail {

class ModelVersionsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Created, Loss, Parts, BestEpoch, TrainPairs, ValidationF1, ValidationAccuracy, TestF1,
                  Status, ColumnCount };
    enum Role { VersionIdRole = Qt::UserRole + 1, ActiveRole };

    explicit ModelVersionsModel(QObject *parent = nullptr);

    void setStore(const ProjectStore *store);  // nullptr: empty
    void reload();                             // after a version was added or activated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ModelVersion &version(int row) const { return m_versions.at(size_t(row)); }
    const VersionRecord &record(int row) const { return m_records.at(size_t(row)); }
    int rowOf(qint64 id) const;  // -1 when absent
    int activeRow() const;       // -1 when no version is active

private:
    QVariant display(int row, int column) const;

    const ProjectStore *m_store = nullptr;
    std::vector<ModelVersion> m_versions;
    std::vector<VersionRecord> m_records;
};

}  // namespace entail
