#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

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

}  // namespace entail::test
