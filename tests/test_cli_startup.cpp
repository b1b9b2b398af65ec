// `entail` is a front without LibTorch: --help, --version, import and export never load it, and the commands
// that need it run in `entail-engine`. Times are printed by bench_import, never asserted here.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using entail::test::CliRun;
using entail::test::runEntail;

class TestCliStartup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAnswersWithoutLibTorch();
    void helpListsEveryCommand();
    void engineCommandsRunInTheEngine();
    void missingEngineIsNamed();
};

namespace {
const QMap<QString, QString> kTraceLibraries{{QStringLiteral("LD_DEBUG"), QStringLiteral("libs")}};
}

void TestCliStartup::versionAnswersWithoutLibTorch()
{
    const CliRun v = runEntail({QStringLiteral("--version")}, 60000, kTraceLibraries);
    QCOMPARE(v.code, 0);
    QCOMPARE(v.out, QStringLiteral("entail " ENTAIL_VERSION "\n"));
    // LD_DEBUG=libs names every library the dynamic loader looks for on stderr.
    QVERIFY2(v.err.contains(QStringLiteral("libQt6Core")), "LD_DEBUG gave no trace");
    QVERIFY2(!v.err.contains(QStringLiteral("libtorch")), "entail --version loaded LibTorch");
    QVERIFY2(!v.err.contains(QStringLiteral("libopencv")), "entail --version loaded OpenCV");
    QCOMPARE(runEntail({QStringLiteral("-v")}).out, v.out);
}

void TestCliStartup::helpListsEveryCommand()
{
    const CliRun h = runEntail({QStringLiteral("--help")}, 60000, kTraceLibraries);
    QCOMPARE(h.code, 0);
    QVERIFY2(!h.err.contains(QStringLiteral("libtorch")), "entail --help loaded LibTorch");
    for (const char *command : {"demo", "evaluate", "export", "fetch-images", "import", "label-issues", "predict",
                                "project", "train"})
        QVERIFY2(h.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))), command);
    QVERIFY2(h.out.contains(QStringLiteral("train a model (or cross-validate)")), qPrintable(h.out));
    QCOMPARE(runEntail({QStringLiteral("help")}).out, h.out);
}

void TestCliStartup::engineCommandsRunInTheEngine()
{
    const CliRun train = runEntail({QStringLiteral("train"), QStringLiteral("--help")});
    QCOMPARE(train.code, 0);
    QVERIFY2(train.out.contains(QStringLiteral("Train an entailment model")), qPrintable(train.out));
    QVERIFY2(train.out.contains(QStringLiteral("--device")), qPrintable(train.out));
    const CliRun bad = runEntail({QStringLiteral("evaluate"), QStringLiteral("--model")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.startsWith(QStringLiteral("entail evaluate: ")), qPrintable(bad.err));
}

void TestCliStartup::missingEngineIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString front = dir.filePath(QStringLiteral("entail"));
    QVERIFY(QFile::copy(QDir(entail::test::binDir()).filePath(QStringLiteral("entail")), front));
    QProcess p;
    p.start(front, {QStringLiteral("train"), QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(err.contains(dir.filePath(QStringLiteral("entail-engine")) + QStringLiteral(" is missing")),
             qPrintable(err));
    // The front's own commands need no engine.
    p.start(front, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCliStartup)
#include "test_cli_startup.moc"
