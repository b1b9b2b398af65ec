#pragma once
// A throw-away PostgreSQL cluster for tests: initdb into a temporary folder, started with pg_ctl on a free
// loopback port and its own socket folder, stopped and deleted by the destructor. Never touches a system
// cluster. PostgreSQL refuses to run as root, so under root (CI) the server runs as the `postgres` user.
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace entail::test {

class PgCluster final {
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // False with a reason (no server binaries, no QPSQL driver, initdb or start failed: see error()).
    bool start();
    void stop();
    // Starts a stopped cluster again on the same port with the same data (a server restarted mid-session).
    bool resume();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    // Why a test should skip rather than fail: the binaries or the Qt driver are not installed.
    static QString unavailableReason();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    QString dataDir() const;
    // The locator of `project` in the cluster's database `postgres`, as `user` (the cluster trusts loopback).
    QString projectUrl(const QString &user, const QString &project) const;
    // A connection `name` as `user` with `project`'s schema on the search path (check isOpen()), for SQL no
    // Entail Studio client would send; QSqlDatabase::removeDatabase(name) once done.
    QSqlDatabase rawConnection(const QString &name, const QString &user, const QString &project) const;
    // Runs a client program of the server's bin folder (psql, createdb, ...) as the server's user.
    int runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr) const;

private:
    static QString binDir();
    int run(const QString &program, const QStringList &arguments, QString *output) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

}  // namespace entail::test
