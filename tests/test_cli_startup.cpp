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
    void importShowsProgress();
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
    for (const char *command : {"agreement", "calibrate", "demo", "evaluate", "export", "fetch-images", "import", "label",
                                "label-issues", "predict", "project", "train"})
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

// The front's own import: progress on stderr (pairs, share of the file, pairs/s, time left), the summary
// on stdout; a located error after the progress line.
void TestCliStartup::importShowsProgress()
{
    QTemporaryDir dir;
    const QByteArray header = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";
    const QString csv = entail::test::writeFile(dir.filePath(QStringLiteral("a.csv")),
                                                header + "1,a,,2,b,,Implies\n3,c,,4,d,,\n5,e,,6,f,,NoEntailment\n");
    const CliRun ok = runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), dir.filePath(QStringLiteral("a.entail"))});
    QCOMPARE(ok.code, 0);
    QVERIFY2(ok.err.contains(QStringLiteral("imported 3 pairs (100%), ")), qPrintable(ok.err));
    QVERIFY2(ok.err.contains(QStringLiteral(" pairs/s, about 0 s left")), qPrintable(ok.err));
    QVERIFY2(ok.out.contains(QStringLiteral("a.entail: 3 pairs: 1 NoEntailment, 1 Implies, 0 Contradictory, 1 unlabeled")),
             qPrintable(ok.out));
    const QString bad = entail::test::writeFile(dir.filePath(QStringLiteral("b.csv")),
                                                header + "1,a,,2,b,,Implies\n1,c,,2,d,,\n");
    const CliRun refused = runEntail({QStringLiteral("import"), bad, QStringLiteral("--project"), dir.filePath(QStringLiteral("b.entail"))});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.endsWith(bad + QStringLiteral(":3: pair 1/2 already appears on line 2\n")), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.entail"))));
}

QTEST_GUILESS_MAIN(TestCliStartup)
#include "test_cli_startup.moc"
