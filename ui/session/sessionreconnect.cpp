// ProjectSession's reconnection to a server project after its connection broke (see projectsession.h).
#include "ui/session/projectsession.h"
#include "ui/session/projectwatcher.h"

namespace entail {

bool ProjectSession::reconnect(QString *error)
{
    if (!m_store || !m_store->isServer())  // (not isOpen(): Qt's driver closes a broken connection)
        return false;
    const QString locator = m_store->path();
    auto fresh = std::make_unique<ProjectStore>();
    if (!fresh->open(locator, error))
        return false;
    const qint64 seen = m_watcher->lastSeq();
    m_watcher->watch(nullptr, 0);
    m_store = std::move(fresh);
    m_watcher->watch(m_store.get(), seen);  // what others wrote meanwhile arrives with the next poll
    return true;
}

bool ProjectSession::isConnectionError(const QString &error)
{
    // libpq's words for a connection that is gone or cannot be made (the text Qt's QPSQL driver passes on).
    static const char *const kSigns[] = {"server closed the connection", "no connection to the server",
                                         "could not connect", "connection refused", "terminating connection",
                                         "connection to server", "could not send data", "could not receive data",
                                         "server conn crashed", "lost synchronization", "is the server running"};
    for (const char *sign : kSigns)
        if (error.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    return false;
}

}  // namespace entail
