#include "ui/team/connectionwatch.h"

#include "model/store/store.h"
#include "ui/session/projectsession.h"
#include "ui/session/projectsessionasync.h"
#include "ui/shell/messagebanner.h"

namespace entail {

ConnectionWatch::ConnectionWatch(ProjectSession *session, QWidget *window)
    : QObject(window), m_session(session), m_banner(new MessageBanner(window))
{
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setStyleSheet(QStringLiteral("#connectionBanner { background: #fde2e1; border: 1px solid #b00020; }"));
    m_banner->hide();
    connect(m_banner, &MessageBanner::actionTriggered, this, &ConnectionWatch::tryReconnect);
    connect(session, &ProjectSession::connectionLost, this, &ConnectionWatch::markLost);
    connect(session, &ProjectSession::opened, this, [this] {
        m_locator = m_session->store() && m_session->store()->isServer() ? m_session->projectPath() : QString();
        m_lost = false;
        m_retry.stop();
        m_banner->hide();
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ConnectionWatch::poll);
    m_poll.start();
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::tryReconnect);
}

void ConnectionWatch::poll()
{
    if (m_lost || m_locator.isEmpty())
        return;
    // Qt's driver closes a connection that libpq found broken: the session then has no open store.
    ProjectStore *store = m_session->store();
    if (!store)
        markLost(tr("the connection was closed"));
    else if (store->dataVersion() == -1)
        markLost(store->lastError());
}

void ConnectionWatch::markLost(const QString &error)
{
    const bool first = !m_lost;
    m_lost = true;
    m_banner->showMessage(tr("The server cannot be reached: nothing you label now is saved (the label you pressed "
                             "was not applied). Reconnecting every %1 s...\n%2")
                              .arg(kRetryMs / 1000)
                              .arg(error.trimmed()),
                          tr("Reconnect now"));
    Q_EMIT statusMessage(tr("Not saved: the server cannot be reached"), 8000);
    if (first) {
        m_retry.start();
        Q_EMIT lost();
    }
}

void ConnectionWatch::tryReconnect()
{
    if (!m_lost || m_trying || m_locator.isEmpty())
        return;
    m_trying = true;
    const QString locator = m_locator;
    m_session->runAsync<QString>(
        tr("Reconnecting to the server"),
        [locator] {
            ProjectStore probe;
            QString error;
            if (!probe.open(locator, &error, {}, ProjectStore::Access::ReadOnly) && error.isEmpty())
                error = QStringLiteral("cannot connect");
            return error;
        },
        [this, locator](QString &error) {
            m_trying = false;
            if (!m_lost || locator != m_locator)
                return;
            if (error.isEmpty() && m_session->reconnect(&error)) {
                m_lost = false;
                m_retry.stop();
                m_banner->hide();
                Q_EMIT statusMessage(tr("Connected to the server again"), 5000);
                Q_EMIT restored();
            }
        });
}

}  // namespace entail
