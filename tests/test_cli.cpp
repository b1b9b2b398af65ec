// The `entail` command line: import / export / demo, exit codes and messages.
#include "model/core/outputpath.h"
#include "model/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <unistd.h>

namespace {

using Run = entail::test::CliRun;
using entail::test::runEntail;

const QByteArray kHeader = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";

// Enough pairs for a one-epoch model (about 2 MB) in a second or two.
QByteArray smallTrainingCsv()
{
    const char *labels[] = {"Implies", "Contradictory", "NoEntailment"};
    QByteArray csv = kHeader;
    for (int i = 0; i < 30; ++i)
        csv += QStringLiteral("%1,hello team %2 wins,,%3,the team %4 lost,,%5\n")
                   .arg(2 * i + 1).arg(i % 3).arg(2 * i + 2).arg(i % 5).arg(QLatin1String(labels[i % 3]))
                   .toUtf8();
    return csv;
}

QStringList trainArguments(const QString &csv, const QString &out)
{
    return {QStringLiteral("train"), QStringLiteral("--data"), csv, QStringLiteral("--out"), out,
            QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--no-images")};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void versionAndHelp();
    void badInput_data();
    void badInput();
    void importExportRoundTrip();
    void demoProject();
    void realTrainCsv();
    void damagedProjectIsRefused();
    void killedImportLeavesNoProject();
    void concurrentImportsOfOneProject();
    void projectCheckAndBackup();
    void outputPathRefused_data();
    void outputPathRefused();
    void diskFull();
    void diskFullMessage();
    void outsideImagePathNeedsTheFlag();
    void tooLongTextIsRefused();
    void readOnlyProjectLeavesNoSideFiles();
};

// A damaged project: export exits 2 naming it, and leaves an existing output file as it was.
void TestCli::damagedProjectIsRefused()
{
    QTemporaryDir dir;
    QByteArray csv = kHeader;
    for (int i = 0; i < 200; ++i)
        csv += QByteArray::number(2 * i + 1) + ",text " + QByteArray::number(i) + ",," + QByteArray::number(2 * i + 2)
            + ",other,," + (i % 2 ? "Implies" : "NoEntailment") + "\n";
    const QString file = entail::test::writeFile(dir.filePath(QStringLiteral("in.csv")), csv);
    const QString project = dir.filePath(QStringLiteral("t.entail"));
    const QString labels = dir.filePath(QStringLiteral("labels.csv"));
    QCOMPARE(runEntail({QStringLiteral("import"), file, QStringLiteral("--project"), project}).code, 0);
    QCOMPARE(runEntail({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"), labels})
                 .code,
             0);
    QFile good(labels);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray before = good.readAll();
    good.close();
    QVERIFY(QFile::resize(project, QFileInfo(project).size() - 1));
    const Run r = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"), labels});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("t.entail")) && r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QCOMPARE(good.readAll(), before);
}

namespace {

QString bigCsv(const QTemporaryDir &dir, int pairs)
{
    QByteArray csv = kHeader;
    csv.reserve(pairs * 90);
    for (int i = 0; i < pairs; ++i)
        csv += QByteArray::number(2 * i + 1) + ",a tweet about the weather number " + QByteArray::number(i) + ",,"
            + QByteArray::number(2 * i + 2) + ",and a reply to it,," + (i % 3 ? "Implies" : "Contradictory") + "\n";
    return entail::test::writeFile(dir.filePath(QStringLiteral("big.csv")), csv);
}

// Starts `entail import csv --project project` as a child process.
void startImport(QProcess &p, const QString &csv, const QString &project)
{
    p.start(QDir(entail::test::binDir()).filePath(QStringLiteral("entail")),
            {QStringLiteral("import"), csv, QStringLiteral("--project"), project});
    QVERIFY(p.waitForStarted());
}

// Waits (up to a minute) until `file` exists.
bool waitForFile(const QString &file)
{
    QElapsedTimer t;
    t.start();
    while (!QFileInfo::exists(file) && t.elapsed() < 60000)
        QThread::msleep(10);
    return QFileInfo::exists(file);
}

}  // namespace

// kill -9 during an import: no project under the name; the next import cleans up and succeeds.
void TestCli::killedImportLeavesNoProject()
{
    QTemporaryDir dir;
    const QString csv = bigCsv(dir, 100000);
    const QString project = dir.filePath(QStringLiteral("k.entail"));
    QProcess child;
    startImport(child, csv, project);
    const QString temporary = dir.filePath(QStringLiteral(".k.entail.importing-%1").arg(child.processId()));
    QVERIFY2(waitForFile(temporary), "the import builds under a temporary name");
    QThread::msleep(300);  // into the writing of the pairs
    child.kill();
    QVERIFY(child.waitForFinished());
    QVERIFY(!QFileInfo::exists(project));
    QVERIFY2(QFileInfo::exists(temporary), "the fixture leaves a temporary behind");
    const Run exported = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project,
                                    QStringLiteral("--out"), dir.filePath(QStringLiteral("o.csv"))});
    QCOMPARE(exported.code, 2);
    const QString small = entail::test::writeFile(dir.filePath(QStringLiteral("small.csv")),
                                                  kHeader + "1,a,,2,b,,Implies\n3,c,,4,d,,NoEntailment\n");
    const Run again = runEntail({QStringLiteral("import"), small, QStringLiteral("--project"), project});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY(QFileInfo::exists(project));
    QVERIFY2(!QFileInfo::exists(temporary), "the killed run's temporary file is removed");
    QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock")));
}

// Two imports of one project at once: the second is refused naming the first's pid and deletes nothing.
void TestCli::concurrentImportsOfOneProject()
{
    QTemporaryDir dir;
    const QString csv = bigCsv(dir, 100000);
    const QString project = dir.filePath(QStringLiteral("r.entail"));
    QProcess first;
    startImport(first, csv, project);
    QVERIFY(waitForFile(project + QStringLiteral(".lock")));
    const QString small = entail::test::writeFile(dir.filePath(QStringLiteral("small.csv")),
                                                  kHeader + "1,a,,2,b,,Implies\n");
    QProcess second;
    startImport(second, small, project);
    QVERIFY(second.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(second.readAllStandardError());
    QCOMPARE(second.exitCode(), 2);
    QVERIFY2(err.contains(QStringLiteral("is being created by another process (pid %1)").arg(first.processId())),
             qPrintable(err));
    QVERIFY(first.waitForFinished(120000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    // A late third run is refused too and leaves the finished project alone.
    const Run third = runEntail({QStringLiteral("import"), small, QStringLiteral("--project"), project});
    QCOMPARE(third.code, 2);
    const Run exported = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project,
                                    QStringLiteral("--out"), dir.filePath(QStringLiteral("o.csv"))});
    QCOMPARE(exported.code, 0);
    QVERIFY2(exported.out.contains(QStringLiteral("100000 pairs written")), qPrintable(exported.out));
}

void TestCli::projectCheckAndBackup()
{
    QTemporaryDir dir;
    const QString file = entail::test::writeFile(dir.filePath(QStringLiteral("in.csv")),
                                                 kHeader + "1,a,,2,b,,Implies\n3,c,,4,d,,NoEntailment\n");
    const QString project = dir.filePath(QStringLiteral("p.entail"));
    const QString copy = dir.filePath(QStringLiteral("copy.entail"));
    QCOMPARE(runEntail({QStringLiteral("import"), file, QStringLiteral("--project"), project}).code, 0);
    const Run check = runEntail({QStringLiteral("project"), QStringLiteral("check"), QStringLiteral("--project"), project});
    QCOMPARE(check.code, 0);
    QVERIFY2(check.out.contains(QStringLiteral("no damage found (2 pairs)")), qPrintable(check.out));
    const QStringList backup = {QStringLiteral("project"), QStringLiteral("backup"), QStringLiteral("--project"), project,
                                QStringLiteral("--out"), copy};
    QCOMPARE(runEntail(backup).code, 0);
    const Run again = runEntail(backup);
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
    const Run copied = runEntail({QStringLiteral("project"), QStringLiteral("check"), QStringLiteral("--project"), copy});
    QVERIFY2(copied.code == 0, qPrintable(copied.err));
    QVERIFY(QFile::resize(project, QFileInfo(project).size() - 1));
    const Run damaged = runEntail({QStringLiteral("project"), QStringLiteral("check"), QStringLiteral("--project"), project});
    QCOMPARE(damaged.code, 2);
    QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
    QCOMPARE(runEntail({QStringLiteral("project"), QStringLiteral("frobnicate")}).code, 2);
}

void TestCli::versionAndHelp()
{
    const Run v = runEntail({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.startsWith(QStringLiteral("entail ")), qPrintable(v.out));
    const Run h = runEntail({QStringLiteral("--help")});
    QCOMPARE(h.code, 0);
    for (const char *cmd : {"import", "export", "demo"})
        QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
    // A sub-command's help names it as typed, not the executable's path.
    for (const QStringList &command : {QStringList{QStringLiteral("import")},
                                       QStringList{QStringLiteral("team"), QStringLiteral("assign")}}) {
        const Run sub = runEntail(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(sub.code, 0);
        const QString firstLine = sub.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QStringLiteral("Usage: entail ") + command.join(QLatin1Char(' ')) + QLatin1Char(' ')),
                 qPrintable(firstLine));
    }
    const Run unknown = runEntail({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));
    // The command line speaks the system's language; numbers keep C notation.
    const Run german = runEntail({QStringLiteral("frobnicate")}, 60000,
                                 {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(german.code, 2);
    QVERIFY2(german.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“")), qPrintable(german.err));
    QVERIFY2(german.err.contains(QStringLiteral("Befehle:")), qPrintable(german.err));
    const Run spanish = runEntail({QStringLiteral("frobnicate")}, 60000,
                                  {{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")}, {QStringLiteral("LC_ALL"), QString()}});
    QVERIFY2(spanish.err.contains(QStringLiteral("orden desconocida «frobnicate»")), qPrintable(spanish.err));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");  // expected in stderr, after the file name
    QTest::newRow("unknown label") << kHeader + "1,a,,2,b,,Implies\n3,c,,4,d,,Maybe\n"
                                   << QStringLiteral(":3: ");
    QTest::newRow("unterminated quote") << kHeader + "1,\"never closed,,2,b,,Implies\n" << QStringLiteral(":2: ");
    QTest::newRow("missing column") << QByteArray("id_1,text_1,image_1,id_2,text_2,label\n1,a,,2,b,Implies\n")
                                    << QStringLiteral("image_2");
    QTest::newRow("bad id") << kHeader + "1,a,,x2,b,,Implies\n" << QStringLiteral(":2: ");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("bad.csv");
    QTest::newRow("header only") << kHeader << QStringLiteral("bad.csv: no pairs (only a header)");
    QTest::newRow("same pair twice") << kHeader + "1,a,,2,b,,Implies\n1,a,,2,b,,Contradictory\n"
                                     << QStringLiteral("bad.csv:3: pair 1/2 already appears on line 2");
}

void TestCli::badInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = entail::test::writeFile(dir.filePath(QStringLiteral("bad.csv")), csv);
    const QString project = dir.filePath(QStringLiteral("p.entail"));
    const Run r = runEntail({QStringLiteral("import"), file, QStringLiteral("--project"), project});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY2(!QFileInfo::exists(project), "nothing half-imported remains");
}

void TestCli::importExportRoundTrip()
{
    QTemporaryDir dir;
    const QByteArray csv = kHeader
        + "11,\"multi\nline, with \"\"quotes\"\" 🎉\",http://x.invalid/a.jpg,12,plain,http://x.invalid/b.png,Implies\n"
          "13,second,,14,other,,\n"
          "15,third,,16,more,,Contradictory\n";
    const QString file = entail::test::writeFile(dir.filePath(QStringLiteral("in.csv")), csv);
    const QString project = dir.filePath(QStringLiteral("p.entail"));
    Run r = runEntail({QStringLiteral("import"), file, QStringLiteral("--project"), project});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("3 pairs")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 unlabeled")), qPrintable(r.out));
    r = runEntail({QStringLiteral("import"), file, QStringLiteral("--project"), project});
    QCOMPARE(r.code, 2);  // refuses to overwrite a project

    const QString outCsv = dir.filePath(QStringLiteral("out.csv"));
    r = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"), outCsv});
    QCOMPARE(r.code, 0);
    QFile f(outCsv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), csv);  // minimal quoting, LF: the input round-trips byte for byte

    const QString outJsonl = dir.filePath(QStringLiteral("out.jsonl"));
    r = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"), outJsonl});
    QCOMPARE(r.code, 0);
    QFile j(outJsonl);
    QVERIFY(j.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = j.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].contains("\"label\":\"Implies\""));

    r = runEntail({QStringLiteral("export"), QStringLiteral("--project"), dir.filePath(QStringLiteral("nope.entail")),
                QStringLiteral("--out"), outCsv});
    QCOMPARE(r.code, 2);
    r = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                dir.filePath(QStringLiteral("x.txt"))});
    QCOMPARE(r.code, 2);
}

void TestCli::demoProject()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("demo.entail"));
    const Run r = runEntail({QStringLiteral("demo"), QStringLiteral("--project"), project, QStringLiteral("--pairs"),
                          QStringLiteral("60")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("60 pairs")), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(project));
    const Run again = runEntail({QStringLiteral("demo"), QStringLiteral("--project"), project});
    QCOMPARE(again.code, 2);
}

void TestCli::realTrainCsv()
{
    if (!entail::test::sharedDataAvailable())
        QSKIP("../shared/data/rme is absent: the real-data import is skipped");
    QTemporaryDir dir;
    const QString csv = QDir(entail::test::sharedDataDir()).filePath(QStringLiteral("train_df.csv"));
    const QString project = dir.filePath(QStringLiteral("rme.entail"));
    Run r = runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), project});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("1197 pairs: 1011 NoEntailment, 93 Implies, 93 Contradictory")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("0 found, 2394 missing")), qPrintable(r.out));
    const QString out = dir.filePath(QStringLiteral("train_again.csv"));
    r = runEntail({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"), out});
    QCOMPARE(r.code, 0);
    QFile a(csv), b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY2(a.readAll() == b.readAll(), "import -> store -> export reproduces train_df.csv byte for byte");
}

void TestCli::outputPathRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("out");       // relative to the temporary folder
    QTest::addColumn<QString>("reason");    // after "cannot write <out>: "; %1 = the temporary folder
    const QString longName = QString(300, QLatin1Char('m')) + QStringLiteral(".model");
    for (const QString &command : {QStringLiteral("train"), QStringLiteral("predict"), QStringLiteral("import"),
                                   QStringLiteral("backup")}) {
        QTest::newRow(qPrintable(command + QStringLiteral(": missing folder")))
            << command << QStringLiteral("x/y/out.file") << QStringLiteral("the folder %1/x/y does not exist");
        QTest::newRow(qPrintable(command + QStringLiteral(": name too long")))
            << command << longName << QStringLiteral("the file name is longer than 255 bytes");
        QTest::newRow(qPrintable(command + QStringLiteral(": a folder"))) << command << QStringLiteral("folder")
                                                                          << QStringLiteral("it is a folder");
        QTest::newRow(qPrintable(command + QStringLiteral(": under a file")))
            << command << QStringLiteral("in.csv/out.file") << QStringLiteral("%1/in.csv is not a folder");
        if (::geteuid() != 0)  // root may write anywhere
            QTest::newRow(qPrintable(command + QStringLiteral(": read-only folder")))
                << command << QStringLiteral("readonly/out.file") << QStringLiteral("the folder %1/readonly is not writable");
    }
}

// The user's mistake in --out: named with its reason, exit 2, at once (before training or predicting).
void TestCli::outputPathRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, out);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString csv = entail::test::writeFile(dir.filePath(QStringLiteral("in.csv")), smallTrainingCsv());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("readonly")));
    QFile::setPermissions(dir.filePath(QStringLiteral("readonly")), QFile::ReadOwner | QFile::ExeOwner);
    const QString path = dir.filePath(out);
    const QString project = dir.filePath(QStringLiteral("p.entail"));
    if (command == QLatin1String("backup"))
        QCOMPARE(runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), project}).code, 0);
    QStringList arguments = command == QLatin1String("train")
        ? trainArguments(csv, path)
        : QStringList{command, QStringLiteral("--model"), dir.filePath(QStringLiteral("none.model")),
                      QStringLiteral("--data"), csv, QStringLiteral("--out"), path};
    if (command == QLatin1String("import"))
        arguments = QStringList{command, csv, QStringLiteral("--project"), path};
    if (command == QLatin1String("backup"))
        arguments = QStringList{QStringLiteral("project"), command, QStringLiteral("--project"), project,
                                QStringLiteral("--out"), path};
    const Run r = runEntail(arguments);
    QCOMPARE(r.code, 2);
    const QString why = reason.contains(QLatin1String("%1")) ? reason.arg(dir.path()) : reason;
    const QString expected = QStringLiteral("cannot write %1: %2").arg(path, why);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err + QStringLiteral("\nexpected: ") + expected));
    QVERIFY2(!r.err.contains(QStringLiteral("epoch 1")), "refused before training");
}

// A full disk is the machine's failure: "disk full", exit 1, and no partial or temporary file left behind.
// Needs root to mount a 64 KB tmpfs; without it diskFullMessage still checks the mapping.
void TestCli::diskFull()
{
    QTemporaryDir dir;
    const QString full = dir.filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(full));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=64k"), QStringLiteral("tmpfs"), full});
    if (::geteuid() != 0 || !mount.waitForFinished(10000) || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (needs root): diskFullMessage covers the message");
    const QString csv = entail::test::writeFile(dir.filePath(QStringLiteral("in.csv")), smallTrainingCsv());
    const QString model = dir.filePath(QStringLiteral("m.model"));
    const Run trained = runEntail(trainArguments(csv, model));
    const Run train = runEntail(trainArguments(csv, full + QStringLiteral("/m.model")));
    // Fill what is left, then predict into it.
    QFile filler(full + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    while (filler.write(QByteArray(4096, 'x')) == 4096) {
    }
    filler.close();
    const Run predict = runEntail({QStringLiteral("predict"), QStringLiteral("--model"), model, QStringLiteral("--data"),
                                   csv, QStringLiteral("--out"), full + QStringLiteral("/p.csv")});
    const QStringList importArguments{QStringLiteral("import"), csv, QStringLiteral("--project"),
                                      full + QStringLiteral("/x.entail")};
    const Run importNoRoom = runEntail(importArguments);  // fails as it creates the project
    const QStringList left = QDir(full).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
    // With room for the start of the project but not for its pairs: fails on a write or the commit.
    QVERIFY(filler.remove());
    const Run importTooBig = runEntail({QStringLiteral("import"), bigCsv(dir, 2000), QStringLiteral("--project"),
                                        full + QStringLiteral("/x.entail")});
    const QStringList leftByImport = QDir(full).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
    const QString big = dir.filePath(QStringLiteral("big.entail"));
    QCOMPARE(runEntail({QStringLiteral("import"), bigCsv(dir, 2000), QStringLiteral("--project"), big}).code, 0);
    const Run backup = runEntail({QStringLiteral("project"), QStringLiteral("backup"), QStringLiteral("--project"), big,
                                  QStringLiteral("--out"), full + QStringLiteral("/b.entail")});
    const QStringList leftByBackup = QDir(full).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {full});
    QVERIFY2(backup.code == 1 && backup.err.contains(QStringLiteral("%1/b.entail").arg(full))
                 && backup.err.contains(QStringLiteral("disk full")),
             qPrintable(backup.err));
    QVERIFY2(leftByBackup.isEmpty(), qPrintable(leftByBackup.join(QLatin1Char(' '))));
    for (const Run &import : {importNoRoom, importTooBig}) {
        QVERIFY2(import.code == 1, qPrintable(import.out + import.err));
        QVERIFY2(import.err.contains(QStringLiteral("%1/x.entail: ").arg(full))
                     && import.err.contains(QStringLiteral("disk full")),
                 qPrintable(import.err));
    }
    QVERIFY2(leftByImport.isEmpty(), qPrintable(leftByImport.join(QLatin1Char(' '))));
    QCOMPARE(trained.code, 0);
    QCOMPARE(train.code, 1);
    QVERIFY2(train.err.contains(QStringLiteral("cannot write %1/m.model: disk full").arg(full)), qPrintable(train.err));
    QVERIFY2(predict.code == 1, qPrintable(predict.out + predict.err));
    QVERIFY2(predict.err.contains(QStringLiteral("cannot write %1/p.csv: disk full").arg(full)), qPrintable(predict.err));
    QCOMPARE(left, QStringList{QStringLiteral("filler")});
}

void TestCli::diskFullMessage()
{
    using entail::OutputPath;
    QCOMPARE(OutputPath::reason(QFileDevice::ResourceError, 0, QStringLiteral("x")), QStringLiteral("disk full"));
    QCOMPARE(OutputPath::reason(QFileDevice::WriteError, ENOSPC, QStringLiteral("x")), QStringLiteral("disk full"));
    QCOMPARE(OutputPath::reason(QFileDevice::WriteError, EDQUOT, QStringLiteral("x")), QStringLiteral("disk full"));
    QCOMPARE(OutputPath::reason(QFileDevice::WriteError, EIO, QStringLiteral("I/O")), QStringLiteral("I/O"));
    QVERIFY(OutputPath::isDiskFull(ENOSPC));
    QVERIFY(!OutputPath::isDiskFull(EACCES));
}

// A text beyond the import limit: exit 2 (the user's input), file:line and the column named, no project.
void TestCli::tooLongTextIsRefused()
{
    QTemporaryDir dir;
    const QString csv = entail::test::writeFile(
        dir.filePath(QStringLiteral("long.csv")),
        "id_1,text_1,image_1,id_2,text_2,image_2,label\n1,a,,2,b,,Implies\n3,c,,4," + QByteArray(150000, 'y')
            + ",,Implies\n");
    const QString project = dir.filePath(QStringLiteral("long.entail"));
    const entail::test::CliRun run = entail::test::runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), project});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(csv + QStringLiteral(":3: column text_2 holds 150000 characters; at most 100000")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(project));
}

// An image path leading out of the CSV's folder is refused by `entail import` unless --allow-outside-paths is
// given; with it, the project remembers the choice for the window's later opens.
void TestCli::outsideImagePathNeedsTheFlag()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")) && QDir(dir.path()).mkpath(QStringLiteral("elsewhere")));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(dir.filePath(QStringLiteral("elsewhere/a.png"))));
    const QString csv = dir.filePath(QStringLiteral("data/pairs.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id_1,text_1,image_1,id_2,text_2,image_2,label,image_1_path,image_2_path,label_idx\n"
               "1,a,,2,b,,Implies,../elsewhere/a.png,,1\n");
    file.close();

    const QString refused = dir.filePath(QStringLiteral("refused.entail"));
    const entail::test::CliRun without = entail::test::runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), refused});
    QCOMPARE(without.code, 2);
    QVERIFY2(without.err.contains(QStringLiteral("leads outside")), qPrintable(without.err));
    QVERIFY(!QFileInfo::exists(refused));

    const QString accepted = dir.filePath(QStringLiteral("accepted.entail"));
    const entail::test::CliRun with = entail::test::runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), accepted,
                                               QStringLiteral("--allow-outside-paths")});
    QVERIFY2(with.code == 0, qPrintable(with.err));
    entail::ProjectStore store;
    QString error;
    QVERIFY2(store.open(accepted, &error), qPrintable(error));
    QVERIFY(store.meta(QStringLiteral("allow_outside_paths")).toBool());
    const entail::Dataset ds = store.dataset();
    QCOMPARE(int(ds.pairs.size()), 1);
    QVERIFY(!ds.pairs.front().first.imageMissing);
}

// A project the user cannot write (a 444 file in a 555 folder) is exported and checked without creating
// -wal/-shm files beside it. Root ignores permissions: as root the commands run as `nobody` (runuser).
void TestCli::readOnlyProjectLeavesNoSideFiles()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("ro"));
    const QString outFolder = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(outFolder));
    const QString csv = entail::test::writeFile(dir.filePath(QStringLiteral("in.csv")), smallTrainingCsv());
    const QString project = folder + QStringLiteral("/p.entail");
    QCOMPARE(runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), project}).code, 0);
    QVERIFY(QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(folder, rx));
    QVERIFY(QFile::setPermissions(dir.path(), rx | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(outFolder, rx | QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    const QString entail = QDir(entail::test::binDir()).filePath(QStringLiteral("entail"));
    auto run = [&](const QStringList &arguments) {
        QProcess p;
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                           QStringLiteral("--"), entail} + arguments);
        else
            p.start(entail, arguments);
        p.waitForFinished(120000);
        return std::make_pair(p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto exported = run({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--out"),
                               outFolder + QStringLiteral("/labels.csv")});
    if (::geteuid() == 0 && exported.second.contains(QLatin1String("runuser")))
        QSKIP("runs as root without runuser: TestStore::readOnlyOpen covers the read-only path");
    QVERIFY2(exported.first == 0, qPrintable(exported.second));
    const auto checked = run({QStringLiteral("project"), QStringLiteral("check"), QStringLiteral("--project"), project});
    QVERIFY2(checked.first == 0 && checked.second.contains(QLatin1String("no damage found")), qPrintable(checked.second));
    // Training into it is refused before any work, naming the project (not failing to record afterwards).
    const auto trained = run({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--epochs"),
                              QStringLiteral("1"), QStringLiteral("--no-images")});
    QVERIFY2(trained.first == 2 && trained.second.contains(project + QStringLiteral(": the project is read-only here"))
                 && !trained.second.contains(QLatin1String("epoch 1")),
             qPrintable(trained.second));
    QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList{QStringLiteral("p.entail")});
    QFile::setPermissions(folder, rx | QFile::WriteOwner);  // so that the temporary folder can be removed
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
