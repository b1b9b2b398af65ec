#include "model/store/storeconnection.h"

#include "model/core/outputpath.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>


namespace entail {

StoreConnection::~StoreConnection() { close(); }

bool StoreConnection::open(const QString &file, QString *error, bool readOnly)
{
    close();
    m_path = QFileInfo(file).absoluteFilePath();
    m_readOnly = readOnly;
    m_server = false;
    m_connection = QStringLiteral("entail-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    if (readOnly) {
        // Read-only alone still creates -wal/-shm where it can; immutable (only safe while no writer has the
        // project open, which a -wal beside it would show) creates nothing.
        const bool immutable = !QFileInfo::exists(m_path + QStringLiteral("-wal"));
        QString options = QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            database.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
                                     + QStringLiteral("?immutable=1"));
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        }
        database.setConnectOptions(options);
    }
    if (!database.open())
        return fail(error, tr("cannot open the project"), database.lastError());
    QSqlQuery q(database);
    if (readOnly)
        return exec(q, QStringLiteral("PRAGMA foreign_keys = ON"), error)
            && exec(q, QStringLiteral("PRAGMA busy_timeout = 5000"), error);
    // WAL + FULL sync: a committed correction survives kill -9 (and power loss) at any moment.
    return exec(q, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        && exec(q, QStringLiteral("PRAGMA synchronous = FULL"), error)
        && exec(q, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        && exec(q, QStringLiteral("PRAGMA busy_timeout = 5000"), error);
}

void StoreConnection::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase database = db();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool StoreConnection::isOpen() const { return !m_connection.isEmpty() && db().isOpen(); }

QSqlDatabase StoreConnection::db() const { return QSqlDatabase::database(m_connection, false); }

sqlite3 *StoreConnection::handle() const
{
    const QSqlDatabase database = db();
    const QVariant h = database.isOpen() ? database.driver()->handle() : QVariant();
    return h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(h.constData())
                                                                 : nullptr;
}

bool StoreConnection::fail(QString *error, const QString &what, const QSqlError &sqlError) const
{
    return refuse(error, tr("%1: %2 (%3)").arg(m_path, what, reason(sqlError)));
}

QString StoreConnection::reason(const QSqlError &sqlError) const
{
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    constexpr int kSqliteIoErr = 10, kSqliteFull = 13;
    // Qt drops the code of a failed COMMIT; SQLite's message for it stays the same.
    if (code == kSqliteFull || sqlError.databaseText().contains(QLatin1String("database or disk is full")))
        return tr("disk full");
    // SQLite reports some writes that found no room as I/O errors.
    if (code == kSqliteIoErr && OutputPath::isFolderFull(QFileInfo(m_path).absolutePath()))
        return tr("disk full");
    return sqlError.text();
}

bool StoreConnection::refuse(QString *error, const QString &message) const
{
    m_lastError = message;
    if (error)
        *error = m_lastError;
    return false;
}

bool StoreConnection::exec(QSqlQuery &q, const QString &sql, QString *error) const
{
    if (!q.exec(sql))
        return fail(error, tr("database error"), q.lastError());
    return true;
}

bool StoreConnection::execAll(const char *const *statements, size_t count, QString *error) const
{
    QSqlQuery q(db());
    for (size_t i = 0; i < count; ++i)
        if (!exec(q, QString::fromLatin1(statements[i]), error))
            return false;
    return true;
}

bool StoreConnection::execPrepared(QSqlQuery &q, const QString &sql, const QVariantList &values,
                                   const QString &what, QString *error) const
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(error, what, q.lastError());
    return true;
}

qint64 StoreConnection::scalar(const QString &sql, qint64 fallback) const
{
    QSqlQuery q(db());
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return fallback;
}

bool StoreConnection::hasSchemaObject(const QString &name) const
{
    QSqlQuery q(db());
    q.prepare(dialect("SELECT 1 FROM sqlite_master WHERE name = ?",
                      "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                      " WHERE n.nspname = current_schema() AND c.relname = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

int StoreConnection::schemaVersion() const
{
    return int(scalar(dialect("PRAGMA user_version",
                              "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'"),
                      -1));
}

bool StoreConnection::setSchemaVersion(int version, QString *error) const
{
    if (m_server)
        return writeMeta(QStringLiteral("schema_version"), version, error);
    QSqlQuery q(db());
    return exec(q, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

bool StoreConnection::writeMeta(const QString &key, const QVariant &value, QString *error) const
{
    QSqlQuery q(db());
    return execPrepared(q, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, text(value.toString())}, tr("cannot save project settings"), error);
}

QVariant StoreConnection::text(const QString &s)
{
    if (s.isNull())
        return QVariant(QString(QLatin1String("")));
    // Qt binds text as UTF-16, and SQLite takes a leading U+FEFF of UTF-16 input for a byte-order mark and
    // drops it; in a tweet it is the text's own character (issue 10): one more is given for SQLite to drop.
    if (s.startsWith(QChar(0xFEFF)))
        return QVariant(QChar(0xFEFF) + s);
    return QVariant(s);
}

QString StoreConnection::timestampNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

}  // namespace entail
