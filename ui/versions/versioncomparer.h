#pragma once
// Compares the stored predictions of two model versions on a worker thread: both sets of predictions and
// the current labels are read through the worker's own store connection (the store is the one source of
// current labels), so nothing that grows with the number of pairs runs on the GUI thread.
#include "ui/versions/flippedpairsmodel.h"

#include <QObject>
#include <QThreadPool>

namespace entail {

struct ComparisonOutcome {
    qint64 missingVersion = 0;  // non-zero: that version's predictions are not stored yet
    VersionComparison comparison;
    QString error;
};

class VersionComparer final : public QObject {
    Q_OBJECT

public:
    explicit VersionComparer(QObject *parent = nullptr);
    ~VersionComparer() override;  // waits for a running comparison

    // A newer request makes the result of an older one be dropped.
    void compare(const QString &projectPath, const ModelVersion &before, const ModelVersion &after,
                 FlippedPairsModel::Scope scope);
    void drop() { ++m_request; }  // forget a running request (e.g. the project changed)

Q_SIGNALS:
    void finished(const entail::ComparisonOutcome &outcome);

private:
    QThreadPool m_pool;  // not the global pool, which Qt's painting uses
    quint64 m_request = 0;
};

}  // namespace entail
