#pragma once
// The annotation log of one pair (oldest first): who changed its label, when, from what to what.
#include "model/store/store.h"

#include <QAbstractTableModel>
#include <vector>

namespace entail {

class AnnotationLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Annotator, From, To, Source, ColumnCount };

    explicit AnnotationLogModel(QObject *parent = nullptr);
    void setEntries(std::vector<LogEntry> entries);
    const std::vector<LogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<LogEntry> m_entries;
};

}  // namespace entail
