#pragma once
// The SQLite connection behind one ProjectStore and what every table's code needs from it: errors that
// name the project file, statements, transactions and the schema version. Used by the store's own files only.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

class QSqlQuery;
struct sqlite3;

namespace entail {

struct ServerLocation;

class StoreConnection final {
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)  // the store's messages keep their translation context

public:
    StoreConnection() = default;
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // Opens `file` (created if missing) with WAL and synchronous=FULL. path() keeps naming it after close().
    // `readOnly`: SQLite's read-only mode, and immutable when no -wal exists, so that no side file is created.
    bool open(const QString &file, QString *error, bool readOnly = false);
    // Connects to a project on a PostgreSQL server (storeserver.cpp). An empty `password` leaves it to libpq
    // (PGPASSWORD, ~/.pgpass, peer). With `mustExist`, a database without the project's schema is refused,
    // naming the command that creates it. path() is then the locator (never with a password).
    bool openServer(const ServerLocation &location, const QString &password, bool mustExist, QString *error,
                    bool readOnly = false);
    bool isServer() const { return m_server; }
    QString serverIdentity() const { return m_identity; }  // the server's session_user
    QString schemaName() const { return m_schema; }        // the project's schema on the server
    bool hasProjectSchema() const;                           // the server holds the project's tables
    static QString quotedName(const QString &name);          // a PostgreSQL identifier in double quotes
    // A statement for each backend: the file's SQLite dialect or the server's PostgreSQL one.
    QString dialect(const char *sqlite, const char *postgres) const
    {
        return QString::fromLatin1(m_server ? postgres : sqlite);
    }
    // Creates a file's tables that appear with their first use; a server's schema has them all already.
    bool ensureTables(const char *const *statements, size_t count, QString *error) const
    {
        return m_server || execAll(statements, count, error);
    }
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QSqlDatabase db() const;
    // The connection's own SQLite handle, for bulk reads and writes that Qt's per-value binding would slow
    // (PairTable::load, PairImport); null when closed.
    sqlite3 *handle() const;

    // These set lastError and `error` (if not null) and return false.
    bool fail(QString *error, const QString &what, const QSqlError &sqlError) const;
    bool refuse(QString *error, const QString &message) const;

    bool exec(QSqlQuery &q, const QString &sql, QString *error) const;
    bool execAll(const char *const *statements, size_t count, QString *error) const;
    // Prepares `sql` on `q`, binds `values` in order and runs it; on failure the message says `what` failed.
    bool execPrepared(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what,
                      QString *error) const;
    // Runs `body` inside one transaction; rolls back when it returns false.
    template <typename F>
    bool transaction(QString *error, F body) const;

    // The first column of the first row of `sql`, or `fallback` when it cannot be read.
    qint64 scalar(const QString &sql, qint64 fallback) const;
    // A table, index or trigger of that name exists (the tables some projects gain only with their first use).
    bool hasSchemaObject(const QString &name) const;
    int schemaVersion() const;  // -1 if unreadable
    bool setSchemaVersion(int version, QString *error) const;
    bool writeMeta(const QString &key, const QVariant &value, QString *error) const;

    // A null QString binds as SQL NULL; the schema wants empty strings.
    static QVariant text(const QString &s);
    static QString timestampNow();  // UTC, ISO 8601 with milliseconds

private:
    QString m_connection;
    // SQLite's words for a failed write, or "disk full" when the project's folder has no room left.
    QString reason(const QSqlError &sqlError) const;

    QString m_path;
    bool m_readOnly = false;
    bool m_server = false;
    QString m_identity, m_schema;
    mutable QString m_lastError;
};

template <typename F>
bool StoreConnection::transaction(QString *error, F body) const
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return fail(error, tr("cannot start a transaction"), d.lastError());
    if (!body()) {
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        const QSqlError e = d.lastError();
        d.rollback();
        return fail(error, tr("cannot commit"), e);
    }
    return true;
}

}  // namespace entail
