#include "ui/session/projectwatcher.h"

#include <QFile>
#include <algorithm>
#include <sys/stat.h>

namespace entail {

namespace {
constexpr int kEntriesPerPoll = 10000;  // a bulk change arrives over several polls

quint64 inodeOf(const QString &file)
{
    struct stat st {};
    return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}
}  // namespace

ProjectWatcher::ProjectWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProjectWatcher::poll);
}

void ProjectWatcher::watch(ProjectStore *store, qint64 lastSeq)
{
    m_store = store && store->isOpen() ? store : nullptr;
    m_lastSeq = lastSeq;
    m_skips.clear();
    m_dataVersion = -1;  // the first poll reads the log: commits between the snapshot and now count
    m_walLost = false;
    m_walInode = 0;
    if (!m_store) {
        m_timer.stop();
        return;
    }
    // A read-write connection has its -wal once it has read anything (the open did).
    if (!m_store->isReadOnly())
        m_walInode = inodeOf(m_store->path() + QStringLiteral("-wal"));
    m_timer.start();
}

void ProjectWatcher::poll()
{
    if (!m_store || !m_store->isOpen())
        return;
    checkWal();
    if (m_holds > 0)
        return;
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    for (const auto &[first, last] : m_skips)
        if (m_lastSeq + 1 >= first && m_lastSeq < last)
            m_lastSeq = last;
    m_skips.erase(std::remove_if(m_skips.begin(), m_skips.end(), [this](const auto &r) { return r.second <= m_lastSeq; }),
                  m_skips.end());
    std::vector<LogEntry> entries = m_store->logSince(m_lastSeq, kEntriesPerPoll);
    // A full batch may have more behind it: look again next time whatever data_version says. So may a batch
    // cut where entries to pass over begin.
    m_dataVersion = int(entries.size()) == kEntriesPerPoll ? -1 : version;
    const auto skipped = std::find_if(entries.begin(), entries.end(), [this](const LogEntry &e) {
        return !m_skips.empty() && e.seq >= m_skips.front().first;
    });
    if (skipped != entries.end()) {
        entries.erase(skipped, entries.end());
        m_dataVersion = -1;
    }
    if (entries.empty())
        return;
    m_lastSeq = entries.back().seq;
    Q_EMIT logAppended(entries);
}

void ProjectWatcher::skipEntries(qint64 first, qint64 last)
{
    if (last < first || last <= m_lastSeq)
        return;
    m_skips.emplace_back(first, last);
    std::sort(m_skips.begin(), m_skips.end());
}

void ProjectWatcher::checkWal()
{
    if (m_walInode == 0 || m_walLost)
        return;
    const QString wal = m_store->path() + QStringLiteral("-wal");
    if (inodeOf(wal) == m_walInode)
        return;
    m_walLost = true;
    Q_EMIT walLost(wal);
}

}  // namespace entail
