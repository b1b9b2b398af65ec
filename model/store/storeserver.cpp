// StoreConnection's PostgreSQL side: a project on a server is one schema of a database, named after the
// locator's ?project=NAME; every statement runs with that schema first on the search path, so the store's
// SQL names its tables as it does in a file.
#include "model/store/storeconnection.h"

#include "model/team/projectlocator.h"

#include <QSqlQuery>
#include <QUuid>

namespace entail {

bool StoreConnection::openServer(const ServerLocation &location, const QString &password, bool mustExist,
                                 QString *error, bool readOnly)
{
    close();
    m_path = location.url();
    m_readOnly = readOnly;
    m_server = true;
    m_schema = location.project;
    m_connection = QStringLiteral("entail-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!database.isValid())
        return refuse(error, tr("%1: this installation has no PostgreSQL driver (Debian: libqt6sql6-psql)")
                                 .arg(m_path));
    database.setHostName(location.host);
    database.setPort(location.port);
    database.setDatabaseName(location.database);
    database.setUserName(location.user);
    if (!password.isEmpty())
        database.setPassword(password);
    QString options = QStringLiteral("connect_timeout=5;application_name=entail");
    if (!location.connectOptions().isEmpty())
        options += QLatin1Char(';') + location.connectOptions();
    database.setConnectOptions(options);
    if (!database.open())
        return refuse(error, tr("%1: cannot connect to the server (%2)")
                                 .arg(m_path, database.lastError().text().trimmed()));
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return fail(error, tr("cannot read the session's role"), q.lastError());
    m_identity = q.value(0).toString();
    if (!exec(q, QStringLiteral("SET search_path TO %1").arg(quotedName(m_schema)), error)
        || (readOnly && !exec(q, QStringLiteral("SET default_transaction_read_only = on"), error)))
        return false;
    if (mustExist && !hasProjectSchema())
        return refuse(error, tr("%1: the database %2 holds no project %3 (entail import FILE.csv --project %1 "
                                "creates it)")
                                 .arg(m_path, location.database, location.project));
    return true;
}

bool StoreConnection::hasProjectSchema() const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid"
                             " WHERE n.nspname = ? AND c.relname = 'meta'"));
    q.addBindValue(m_schema);
    return q.exec() && q.next();
}

// A double-quoted identifier: any name the locator admits, never SQL.
QString StoreConnection::quotedName(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

}  // namespace entail
