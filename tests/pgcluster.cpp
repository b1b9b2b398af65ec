#include "pgcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QVersionNumber>
#include <unistd.h>

namespace entail::test {

namespace {

bool asRoot() { return ::geteuid() == 0; }

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

}  // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster() { stop(); }

QString PgCluster::binDir()
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFileInfo(versions.filePath(v + QStringLiteral("/bin/initdb"))).isExecutable() && n > bestVersion) {
            bestVersion = n;
            best = versions.filePath(v + QStringLiteral("/bin"));
        }
    }
    return best;
}

QString PgCluster::unavailableReason()
{
    if (binDir().isEmpty())
        return QStringLiteral("PostgreSQL server binaries not installed (Debian: postgresql)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver not installed (Debian: libqt6sql6-psql)");
    return {};
}

QString PgCluster::dataDir() const { return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString(); }

int PgCluster::run(const QString &program, const QStringList &arguments, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The temporary folder is the working directory: the server's user may not be allowed into ours.
    p.setWorkingDirectory(m_dir ? m_dir->path() : QDir::tempPath());
    if (asRoot())
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), superuser(), QStringLiteral("--"), program} + arguments);
    else
        p.start(program, arguments);
    const bool done = p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int PgCluster::runTool(const QString &tool, const QStringList &arguments, QString *output) const
{
    return run(binDir() + QLatin1Char('/') + tool, arguments, output);
}

bool PgCluster::start()
{
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/entail-pg-XXXXXX"));
    m_port = freeLoopbackPort();
    if (!m_dir->isValid() || m_port == 0) {
        m_error = QStringLiteral("no temporary folder or free port");
        return false;
    }
    if (asRoot() && QProcess::execute(QStringLiteral("chown"), {superuser(), m_dir->path()}) != 0) {
        m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
        return false;
    }
    QString out;
    // trust on loopback only: the cluster lives in a private folder for the length of one test.
    if (runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superuser(),
                                           QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                                           QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                                           QStringLiteral("--no-sync")}, &out) != 0) {
        m_error = QStringLiteral("initdb failed: ") + out;
        return false;
    }
    return resume();
}

bool PgCluster::resume()
{
    if (m_running || !m_dir)
        return m_running;
    QString out;
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_port).arg(m_dir->path());
    if (runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-o"), options,
                                           QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                                           QStringLiteral("-w"), QStringLiteral("start")}, &out) != 0) {
        m_error = QStringLiteral("pg_ctl start failed: ") + out;
        return false;
    }
    m_running = true;
    return true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                                       QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = false;
}

QString PgCluster::projectUrl(const QString &user, const QString &project) const
{
    return QStringLiteral("postgresql://%1@%2:%3/postgres?project=%4").arg(user, host()).arg(port()).arg(project);
}

QSqlDatabase PgCluster::rawConnection(const QString &name, const QString &user, const QString &project) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(host());
    db.setPort(port());
    db.setDatabaseName(QStringLiteral("postgres"));
    db.setUserName(user);
    if (db.open())
        QSqlQuery(db).exec(QStringLiteral("SET search_path TO \"%1\"").arg(project));
    return db;
}

}  // namespace entail::test
