#include "ui/session/projectwatcher.h"

#include <QFile>
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
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    std::vector<LogEntry> entries = m_store->logSince(m_lastSeq, kEntriesPerPoll);
    // A full batch may have more behind it: look again next time whatever data_version says.
    m_dataVersion = int(entries.size()) == kEntriesPerPoll ? -1 : version;
    if (entries.empty())
        return;
    m_lastSeq = entries.back().seq;
    Q_EMIT logAppended(entries);
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
