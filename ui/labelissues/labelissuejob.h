#pragma once
// Label-issue scores of the open project, off the GUI thread: load() reads the stored result (megabytes of
// JSON at 100,000 pairs), find() computes it (LabelIssueFinder) and stores it in the project. Each job opens
// its own store connection on this object's own thread pool. A newer load() or find() makes the results
// of older ones be dropped (another project may be open by then).
#include "model/labelissues/labelissuetypes.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <vector>

namespace entail {

struct LabelIssueOutcome {
    std::shared_ptr<const LabelIssueResult> result;  // nullptr: none stored, cancelled or failed
    std::vector<int> rankOfRow;  // for the table's rows (PairTableModel::rankOfRows), when their keys were given
    bool stale = false;      // the project's labels differ from those the result was computed from
    bool cancelled = false;
    QString error;           // names the project file
};

class LabelIssueJob final : public QObject {
    Q_OBJECT

public:
    explicit LabelIssueJob(QObject *parent = nullptr);
    ~LabelIssueJob() override;

    // `keysOfRows`: the table's keys in row order, so that the worker also maps them to the ranking.
    void load(const QString &project, std::vector<qint64> keysOfRows = {});
    void find(const QString &project, const LabelIssueOptions &options = {});
    void cancel();
    bool isFinding() const { return m_finding; }

Q_SIGNALS:
    void progress(int done, int total);  // rounds of fold models
    void findingChanged(bool finding);
    void loaded(const entail::LabelIssueOutcome &outcome);
    void found(const entail::LabelIssueOutcome &outcome);

private:
    using Done = void (LabelIssueJob::*)(const LabelIssueOutcome &);
    template <typename Work> void run(Work work, Done done);
    void setFinding(bool finding);

    QThreadPool m_pool;  // not the global pool, which Qt's painting uses
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_finding = false;
};

}  // namespace entail
