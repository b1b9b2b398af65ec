// The streamed import (`entail import`): the CSV read in parts gives the records, errors and lines of the
// whole-file reader; ProjectImport builds the project Importer + ProjectBuilder build (same pairs, keys,
// splits, log), refuses what they refuse with the same located message and leaves no project behind.
#include "model/data/csv.h"
#include "model/data/csvfilereader.h"
#include "model/data/importer.h"
#include "model/data/splits.h"
#include "model/store/projectbuilder.h"
#include "model/store/projectimport.h"
#include "model/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace entail;

namespace {

const QByteArray kHeader = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";

// Multi-line, quoted, emoji, CR-only and CRLF line ends, blank lines: what a part boundary could cut wrongly.
QByteArray trickyCsv(int pairs)
{
    const char *labels[] = {"Implies", "Contradictory", "NoEntailment", ""};
    QByteArray csv = "\xEF\xBB\xBF" + kHeader;
    for (int i = 0; i < pairs; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += n + "1,\"line one " + n + "\nline \"\"two\"\", \xF0\x9F\x94\xA5\r\nthree\rfour\",http://x/" + n
            + ".jpg," + n + "2,plain reply " + n + " with some more words to make it longer,," + labels[i % 4]
            + (i % 5 == 0 ? "\r\n\n" : "\n");
    }
    return csv;
}

struct Outcome {
    std::vector<CsvRecord> records;
    InputError error;
    bool ok = false;
};

Outcome readInParts(const QString &path, qint64 partBytes)
{
    Outcome o;
    CsvFileReader reader(path, partBytes);
    if (!reader.open(Importer::kMaxCsvBytes, &o.error))
        return o;
    std::vector<CsvRecord> part;
    for (;;) {
        if (!reader.next(&part, &o.error))
            return o;
        if (part.empty())
            break;
        o.records.insert(o.records.end(), part.begin(), part.end());
    }
    o.ok = true;
    return o;
}

ProjectImport::Result streamed(const QString &csv, const QString &project, QString *message,
                               std::vector<ImportProgress> *progress = nullptr)
{
    ProjectImport import(csv, ImportOptions{});
    if (progress)
        import.setProgress([progress](const ImportProgress &p) { progress->push_back(p); }, 0);
    ProjectBuilder builder(project);
    return import.run(builder, QStringLiteral("import"), QString(), message);
}

}  // namespace

class TestImportStream final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void partsGiveTheWholeFilesRecords_data();
    void partsGiveTheWholeFilesRecords();
    void buildsTheSameProject();
    void refusesLikeTheImporter_data();
    void refusesLikeTheImporter();
    void reportsProgress();
};

void TestImportStream::partsGiveTheWholeFilesRecords_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("tricky") << trickyCsv(40);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("no final line end") << kHeader + "1,a,,2,b,,Implies";
    QTest::newRow("unterminated quote late") << trickyCsv(30) + "9,\"open\nstill open,,8,b,,Implies\n";
    QTest::newRow("invalid UTF-8 late") << trickyCsv(30) + "9,caf\xE9,,8,b,,Implies\n";
    QTest::newRow("NUL late") << trickyCsv(30) + "9,a\0b,,8,b,,Implies\n" + QByteArray(1, '\0');
    QTest::newRow("stray quote late") << trickyCsv(30) + "9,a \"b\",,8,b,,Implies\n";
}

void TestImportStream::partsGiveTheWholeFilesRecords()
{
    QFETCH(QByteArray, csv);
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("p.csv")), csv);
    std::vector<CsvRecord> whole;
    InputError wholeError;
    const bool wholeOk = CsvReader::parse(csv, path, &whole, &wholeError);
    for (const qint64 partBytes : {1, 7, 64, 4096}) {
        const Outcome parts = readInParts(path, partBytes);
        QCOMPARE(parts.ok, wholeOk);
        QCOMPARE(parts.error.toString(), wholeError.toString());
        if (!wholeOk)
            continue;
        QCOMPARE(parts.records.size(), whole.size());
        for (size_t i = 0; i < whole.size(); ++i) {
            QCOMPARE(parts.records[i].line, whole[i].line);
            QCOMPARE(parts.records[i].fields, whole[i].fields);
        }
    }
}

void TestImportStream::buildsTheSameProject()
{
    QTemporaryDir dir;
    // More than one 1 MB part and several 5,000-pair batches.
    const QString csv = test::writeFile(dir.filePath(QStringLiteral("big.csv")), trickyCsv(12000));
    QVERIFY(QFileInfo(csv).size() > ProjectImport::kPartBytes);
    Dataset expected;
    InputError error;
    QVERIFY2(Importer::importCsv(csv, ImportOptions{}, &expected, &error), qPrintable(error.toString()));
    assignSplits(expected.pairs, ProjectImport::kSplitSeed);
    QString message;
    QVERIFY2(ProjectBuilder(dir.filePath(QStringLiteral("built.entail")))
                 .build(expected, QStringLiteral("import"), QString(), &message), qPrintable(message));
    const QString project = dir.filePath(QStringLiteral("streamed.entail"));
    QCOMPARE(streamed(csv, project, &message), ProjectImport::Result::Ok);

    ProjectStore built, store;
    QVERIFY2(built.open(dir.filePath(QStringLiteral("built.entail")), &message), qPrintable(message));
    QVERIFY2(store.open(project, &message), qPrintable(message));  // the damage checks pass
    const Dataset a = built.dataset(), b = store.dataset();
    QCOMPARE(b.pairs.size(), size_t(12000));
    QCOMPARE(b.sourceFile, a.sourceFile);
    for (size_t i = 0; i < a.pairs.size(); ++i) {
        const Pair &x = a.pairs[i], &y = b.pairs[i];
        QCOMPARE(y.key, x.key);
        QCOMPARE(y.first.text, x.first.text);
        QCOMPARE(y.second.id, x.second.id);
        QCOMPARE(y.first.imageUrl, x.first.imageUrl);
        QCOMPARE(y.currentLabel, x.currentLabel);
        QCOMPARE(int(y.split), int(x.split));
        QCOMPARE(y.first.imageMissing, x.first.imageMissing);
    }
    // One import entry per labelled pair, in key order (one statement per batch writes them).
    const std::vector<LogEntry> logA = built.log(), logB = store.log();
    QCOMPARE(logB.size(), logA.size());
    QVERIFY(logB.size() < b.pairs.size());  // the file has unlabelled pairs, which get no entry
    for (size_t i = 0; i < logA.size(); ++i) {
        QCOMPARE(logB[i].seq, logA[i].seq);
        QCOMPARE(logB[i].pairKey, logA[i].pairKey);
        QCOMPARE(logB[i].fromLabel, logA[i].fromLabel);
        QCOMPARE(logB[i].toLabel, logA[i].toLabel);
        QCOMPARE(logB[i].source, QStringLiteral("import"));
        QCOMPARE(logB[i].annotator, logA[i].annotator);
    }
    QCOMPARE(store.meta(QStringLiteral("pair_count")).toInt(), 12000);
    // Left in WAL mode with the log's index, like every project.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    db.setDatabaseName(project);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'annotation_log_pair'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestImportStream::refusesLikeTheImporter_data()
{
    QTest::addColumn<QByteArray>("csv");
    const QByteArray many = trickyCsv(9000);  // past the first batch and part
    QTest::newRow("repeated pair across batches") << many + "01,again,,02,x,,Implies\n";
    QTest::newRow("repeated pair in one batch") << kHeader + "1,a,,2,b,,Implies\n3,c,,4,d,,\n1,e,,2,f,,\n";
    QTest::newRow("bad label late") << many + "7,a,,8,b,,Maybe\n";
    QTest::newRow("wrong field count late") << many + "7,a,,8,b\n";
    QTest::newRow("text too long") << kHeader + "7," + QByteArray(100001, 'x') + ",,8,b,,\n";
    QTest::newRow("only a header") << kHeader + "\n\n";
    QTest::newRow("only blank lines") << QByteArray("\n\r\n");
    QTest::newRow("invalid UTF-8 late") << many + "9,caf\xE9,,8,b,,Implies\n";
}

void TestImportStream::refusesLikeTheImporter()
{
    QFETCH(QByteArray, csv);
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("bad.csv")), csv);
    Dataset ignored;
    InputError expected;
    QVERIFY(!Importer::importCsv(path, ImportOptions{}, &ignored, &expected));
    QString message;
    const QString project = dir.filePath(QStringLiteral("bad.entail"));
    QCOMPARE(streamed(path, project, &message), ProjectImport::Result::BadInput);
    QCOMPARE(message, expected.toString());
    // Nothing under the project's name, no temporary left.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bad.csv")});
}

void TestImportStream::reportsProgress()
{
    QTemporaryDir dir;
    const QString csv = test::writeFile(dir.filePath(QStringLiteral("p.csv")), trickyCsv(3000));
    std::vector<ImportProgress> progress;
    QString message;
    QCOMPARE(streamed(csv, dir.filePath(QStringLiteral("p.entail")), &message, &progress),
             ProjectImport::Result::Ok);
    QVERIFY(progress.size() >= 2);
    for (size_t i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].pairs >= progress[i - 1].pairs && progress[i].bytesRead >= progress[i - 1].bytesRead);
    QCOMPARE(progress.back().pairs, 3000);
    QCOMPARE(progress.back().bytesRead, QFileInfo(csv).size());
    QCOMPARE(progress.back().bytesTotal, QFileInfo(csv).size());
}

QTEST_GUILESS_MAIN(TestImportStream)
#include "test_import_stream.moc"
