// The `entail` command line: import / export / demo, exit codes and messages.
#include "model/core/outputpath.h"
#include "testsupport.h"

#include <QProcess>
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
    void outputPathRefused_data();
    void outputPathRefused();
    void diskFull();
    void diskFullMessage();
};

void TestCli::versionAndHelp()
{
    const Run v = runEntail({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.startsWith(QStringLiteral("entail ")), qPrintable(v.out));
    const Run h = runEntail({QStringLiteral("--help")});
    QCOMPARE(h.code, 0);
    for (const char *cmd : {"import", "export", "demo"})
        QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
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
    for (const QString command : {QStringLiteral("train"), QStringLiteral("predict")}) {
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
    const QStringList arguments = command == QLatin1String("train")
        ? trainArguments(csv, path)
        : QStringList{command, QStringLiteral("--model"), dir.filePath(QStringLiteral("none.model")),
                      QStringLiteral("--data"), csv, QStringLiteral("--out"), path};
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
    const QStringList left = QDir(full).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {full});
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

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
