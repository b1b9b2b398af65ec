#include "model/team/projectlocator.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace entail {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// PostgreSQL identifiers are at most 63 bytes; the project name also names rows, so keep it plain.
bool plainName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$"));
    return re.match(s).hasMatch();
}

bool readQuery(const QUrl &url, ServerLocation *loc, QString *error)
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                   QStringLiteral("require"), QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("project"))
            loc->project = value;
        else if (key == QLatin1String("sslmode") && modes.contains(value))
            loc->sslmode = value;
        else if (key == QLatin1String("sslmode"))
            return fail(error, ProjectLocator::tr("sslmode must be one of %1.").arg(modes.join(QStringLiteral(", "))));
        else if (key == QLatin1String("password"))
            return fail(error, ProjectLocator::tr("A password does not belong in the project locator: use PGPASSWORD, "
                                  "~/.pgpass or the password prompt."));
        else
            return fail(error, ProjectLocator::tr("Unknown parameter \"%1\" in the project locator.").arg(key));
    }
    if (!plainName(loc->project))
        return fail(error, ProjectLocator::tr("The locator needs ?project=NAME (letters, digits, _ . -; at most 63)."));
    return true;
}

}  // namespace

QString ServerLocation::url() const
{
    QString s = QStringLiteral("postgresql://%1@%2").arg(user, host);
    if (port != 5432)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + database + QStringLiteral("?project=") + project;
    if (!sslmode.isEmpty())
        s += QStringLiteral("&sslmode=") + sslmode;
    return s;
}

QString ServerLocation::connectOptions() const
{
    return sslmode.isEmpty() ? QString() : QStringLiteral("sslmode=") + sslmode;
}

bool ProjectLocator::isServerUrl(const QString &locator)
{
    return locator.startsWith(QLatin1String("postgresql://")) || locator.startsWith(QLatin1String("postgres://"));
}

std::optional<ServerLocation> ProjectLocator::parse(const QString &locator, QString *error)
{
    if (!isServerUrl(locator)) {
        fail(error, ProjectLocator::tr("Not a server locator (postgresql://USER@HOST[:PORT]/DATABASE?project=NAME)."));
        return std::nullopt;
    }
    const QUrl url(locator, QUrl::StrictMode);
    if (!url.isValid()) {
        fail(error, ProjectLocator::tr("The server locator is not a valid URL."));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        fail(error, ProjectLocator::tr("A password does not belong in the project locator: use PGPASSWORD, ~/.pgpass or the "
                       "password prompt."));
        return std::nullopt;
    }
    ServerLocation loc;
    loc.user = url.userName(QUrl::FullyDecoded);
    loc.host = url.host(QUrl::FullyDecoded);
    loc.port = url.port(5432);
    loc.database = url.path(QUrl::FullyDecoded).mid(1);
    if (loc.user.isEmpty() || !plainName(loc.database) || loc.port <= 0) {
        fail(error, ProjectLocator::tr("The locator needs a user and a database: postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."));
        return std::nullopt;
    }
    if (!readQuery(url, &loc, error))
        return std::nullopt;
    return loc;
}

}  // namespace entail
