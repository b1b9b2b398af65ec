#pragma once
// Follows what others commit to the open project (another window, the `entail` CLI, later a team member):
// a timer reads SQLite's data_version on the GUI connection (cheap; it changes only when another connection
// committed) and then only the annotation log entries after the last one seen, never a query that grows
// with the number of pairs. The same timer watches the project's -wal: deleted or replaced while our
// connection is open, later commits would live only in a file nobody else can see.
#include "model/store/store.h"

#include <QObject>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace entail {

class ProjectWatcher final : public QObject {
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 1500;

    explicit ProjectWatcher(QObject *parent = nullptr);

    // Follows `store` (nullptr: stops) from the log entries after `lastSeq`.
    void watch(ProjectStore *store, qint64 lastSeq);
    qint64 lastSeq() const { return m_lastSeq; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // While held (calls nest), polls read nothing: a window's own write on another connection (a bulk
    // relabel on a worker) is applied to the table first, so that its log entries then change nothing and
    // are not announced as changes from elsewhere.
    void hold() { ++m_holds; }
    void release() { m_holds = std::max(0, m_holds - 1); }
    // Log entries first..last are this window's own, shown already: polls pass over them without reading.
    void skipEntries(qint64 first, qint64 last);

public Q_SLOTS:
    void poll();  // what the timer does, at once

Q_SIGNALS:
    // Log entries committed since the last poll, oldest first (they may include this window's own).
    void logAppended(const std::vector<entail::LogEntry> &entries);
    void walLost(const QString &walFile);

private:
    void checkWal();

    QTimer m_timer;
    ProjectStore *m_store = nullptr;
    qint64 m_lastSeq = 0;
    qint64 m_dataVersion = -1;
    quint64 m_walInode = 0;  // 0: no -wal to watch (a read-only project)
    bool m_walLost = false;
    int m_holds = 0;
    std::vector<std::pair<qint64, qint64>> m_skips;  // first, last seq; ordered
};

}  // namespace entail
