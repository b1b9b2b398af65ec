// The `entail` command line: import / export / demo, exit codes and messages.
#include "testsupport.h"

#include <QProcess>
#include <QtTest>

namespace {

using Run = entail::test::CliRun;
using entail::test::runEntail;

const QByteArray kHeader = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";

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

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
