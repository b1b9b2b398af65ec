#pragma once
// Where a project lives: a *.entail file (SQLite, the zero-setup default) or a project on a PostgreSQL server,
// written postgresql://USER@HOST[:PORT]/DATABASE?project=NAME[&sslmode=MODE]. A password is refused in the
// locator: it would end up in shell histories, process lists and settings; the libpq ways (PGPASSWORD,
// ~/.pgpass, peer authentication) or the window's password prompt supply it.
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace entail {

struct ServerLocation {
    QString user;
    QString host;      // empty: the local Unix socket
    int port = 5432;
    QString database;
    QString project;
    QString sslmode;   // empty: libpq's default

    QString url() const;  // the canonical locator (no password, ever)
    QString connectOptions() const;  // for QSqlDatabase::setConnectOptions
};

class ProjectLocator final {
    Q_DECLARE_TR_FUNCTIONS(ProjectLocator)

public:
    static bool isServerUrl(const QString &locator);
    // nullopt with a message naming what is wrong; never echoes a password back.
    static std::optional<ServerLocation> parse(const QString &locator, QString *error);
};

}  // namespace entail
