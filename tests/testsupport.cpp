#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

namespace entail::test {

QString sharedDataDir()
{
    const QByteArray env = qgetenv("ENTAIL_SHARED_DATA_DIR");
    return env.isEmpty() ? QStringLiteral(ENTAIL_SHARED_DATA_DIR) : QString::fromLocal8Bit(env);
}

bool sharedDataAvailable()
{
    const QDir dir(sharedDataDir());
    return QFileInfo::exists(dir.filePath(QStringLiteral("train_df.csv")))
        && QFileInfo::exists(dir.filePath(QStringLiteral("val_df.csv")));
}

QString binDir()
{
    const QByteArray env = qgetenv("ENTAIL_BIN_DIR");
    return env.isEmpty() ? QStringLiteral(ENTAIL_BINARY_DIR "/bin") : QString::fromLocal8Bit(env);
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write test fixture %s", qPrintable(path));
    return path;
}

QString tempPath(const QTemporaryDir &dir, const QString &name) { return dir.filePath(name); }

CliRun runEntail(const QStringList &arguments, int timeoutMs, const QMap<QString, QString> &extraEnvironment)
{
    QProcess p;
    // English messages, whatever the machine's language: the tests read them.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QDir(binDir()).filePath(QStringLiteral("entail")), arguments);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString hostileFile(const QTemporaryDir &dir, const QString &kind, const QString &name, const QByteArray &prefix)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    QDir(path).removeRecursively();
    bool ok = false;
    if (kind == QLatin1String("fifo")) {
        ok = ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    } else if (kind == QLatin1String("zero")) {
        ok = QFile::link(QStringLiteral("/dev/zero"), path);
    } else if (kind == QLatin1String("folder")) {
        ok = QDir().mkpath(path);
    } else if (kind == QLatin1String("sparse")) {
        QFile f(path);
        ok = f.open(QIODevice::WriteOnly) && f.write(prefix) == prefix.size() && f.resize(3'000'000'000LL);
    }
    if (!ok)
        qFatal("cannot create the %s test fixture %s", qPrintable(kind), qPrintable(path));
    return path;
}

QStringList hostileKinds()
{
    return {QStringLiteral("fifo"), QStringLiteral("zero"), QStringLiteral("folder"), QStringLiteral("sparse")};
}

}  // namespace entail::test
