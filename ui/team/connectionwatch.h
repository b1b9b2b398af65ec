#pragma once
// Faults of a server project: when a write fails because the server went away (or the watch's poll finds the
// connection dead), a red banner says so at once: the label the user pressed was refused, not kept. Every few
// seconds a worker tries to connect; once it can, the session reconnects and the banner goes.
#include <QObject>
#include <QTimer>

namespace entail {

class MessageBanner;
class ProjectSession;

class ConnectionWatch final : public QObject {
    Q_OBJECT

public:
    static constexpr int kPollMs = 1500;
    static constexpr int kRetryMs = 3000;

    ConnectionWatch(ProjectSession *session, QWidget *window);
    MessageBanner *banner() const { return m_banner; }
    bool isLost() const { return m_lost; }
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }

public Q_SLOTS:
    void markLost(const QString &error);
    void poll();        // a server project's connection still answers?
    void tryReconnect();

Q_SIGNALS:
    void lost();
    void restored();
    void statusMessage(const QString &text, int timeoutMs);

private:
    ProjectSession *m_session;
    MessageBanner *m_banner;
    QTimer m_poll;
    QTimer m_retry;
    QString m_locator;  // the open server project's; empty for a file
    bool m_lost = false;
    bool m_trying = false;
};

}  // namespace entail
