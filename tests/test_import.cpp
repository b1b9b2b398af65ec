// Importer / Exporter: schema checks with located errors, image resolution, the real RME files,
// byte-identical CSV round trips and the JSONL export.
#include "model/core/displaytext.h"
#include "model/core/labels.h"
#include "model/core/safefile.h"
#include "model/data/importer.h"
#include "model/store/projectbuilder.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QtTest>

using namespace entail;

class TestImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rejectsMalformedFiles_data();
    void rejectsMalformedFiles();
    void acceptsTextAtTheLimit();
    void decodesEntitiesForDisplay_data();
    void decodesEntitiesForDisplay();
    void boundsDisplayText();
    void reportsUnreadableFile();
    void refusesHostileFile_data();
    void refusesHostileFile();
    void importsValidFile();
    void importsLabels_data();
    void importsLabels();
    void resolvesImage_data();
    void resolvesImage();
    void resolvesImagesOnImport();
    void confinesImagePaths_data();
    void confinesImagePaths();
    void importsRmeTrain();
    void importsRmeValidation();
    void exportsRmeByteIdentical_data();
    void exportsRmeByteIdentical();
    void roundTripsTrickyDataset_data();
    void roundTripsTrickyDataset();
    void keepsFeffInFields();
    void exportsCurrentLabels();
    void reportsExportErrors();
    void exportsJsonl();
    void exportsRmeJsonlLabels();
    void projectAppearsOnlyWhenComplete();
    void projectBeingCreatedIsLocked();
};

namespace {

const QByteArray kHeader = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";
const QByteArray kFullHeader =
    "id_1,text_1,image_1,id_2,text_2,image_2,label,image_1_path,image_2_path,label_idx\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// A dataset that is already marked, so the tests can see that a failed import left it alone.
Dataset sentinelDataset()
{
    Dataset d;
    d.sourceFile = QStringLiteral("sentinel");
    d.pairs.resize(1);
    d.pairs[0].first.id = QStringLiteral("999");
    return d;
}

Pair makePair(const QString &id1, const QString &text1, const QString &id2, const QString &text2, int original,
              int current, Split split)
{
    Pair p;
    p.first.id = id1;
    p.first.text = text1;
    p.first.imageUrl = QStringLiteral("http://pbs.twimg.com/media/%1.jpg").arg(id1);
    p.first.imagePathColumn = QStringLiteral("tweet_images/%1.jpg").arg(id1);
    p.second.id = id2;
    p.second.text = text2;
    p.second.imageUrl = QStringLiteral("http://pbs.twimg.com/media/%1.png").arg(id2);
    p.second.imagePathColumn = QStringLiteral("tweet_images/%1.png").arg(id2);
    p.originalLabel = original;
    p.currentLabel = current;
    p.split = split;
    return p;
}

Dataset trickyDataset(bool pathColumns, bool labelIdx)
{
    Dataset d;
    d.hasPathColumns = pathColumns;
    d.hasLabelIdx = labelIdx;
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x82\xF0\x9F\x87\xAE\xF0\x9F\x87\xB3");
    d.pairs = {
        makePair("1", "plain text", "2", "with, comma", NoEntailment, NoEntailment, Split::Train),
        makePair("3", "\"quoted\" and \"\"doubled\"\"", "4", "ends with quote\"", Implies, Implies, Split::Test),
        makePair("5", "multi\nline\r\nCRLF\rCR\n\n", "6", "  padded  ", Contradictory, Contradictory,
                 Split::Validation),
        makePair("7", emoji + " #tag https://t.co/abc", "8", QString(), kNoLabel, kNoLabel, Split::Train),
        makePair("9", QString(QChar(0xFEFF)) + "starts with BOM", "10", ",", NoEntailment, Implies,
                 Split::Train),
        makePair("0011", "\"", "12", "\n", kNoLabel, Contradictory, Split::Train),
    };
    return d;
}

}  // namespace

void TestImport::rejectsMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QByteArray row = "1,a,http://x/1.jpg,2,b,http://x/2.jpg,Implies\n";
    // Reader errors come through the importer unchanged.
    QTest::newRow("unterminated quote") << kHeader + row + "3,\"open\nstill open,u,4,b,u,Implies\n" << 3
                                        << "unterminated quoted field: the closing quote is missing";
    QTest::newRow("stray quote") << kHeader + "1,a \"b\",u,2,b,u,Implies\n" << 2
                                 << "quote character inside an unquoted field "
                                    "(quote the whole field and double the quotes in it)";
    QTest::newRow("not UTF-8") << kHeader + row + "3,caf\xE9,u,4,b,u,Implies\n" << 3
                               << "invalid UTF-8 (save the file as UTF-8)";
    QTest::newRow("empty file") << QByteArray() << 0 << "the file is empty";
    QTest::newRow("binary file") << kHeader + QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16) << 4
                                 << "binary data (a NUL byte): this is not a CSV text file";
    // Schema errors.
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << 0 << "the file holds only blank lines";
    QTest::newRow("missing column") << QByteArray("id_1,text_1,image_1,id_2,text_2,label\n") + row << 1
                                    << "missing required column \"image_2\"";
    QTest::newRow("missing column after blank line")
        << QByteArray("\nid_1,text_1,image_1,id_2,text_2,image_2\n") << 2 << "missing required column \"label\"";
    QTest::newRow("one path column without the other")
        << QByteArray("id_1,text_1,image_1,id_2,text_2,image_2,label,image_2_path\n") << 1
        << "missing column \"image_1_path\" (image_1_path and image_2_path go together)";
    QTest::newRow("column twice") << QByteArray("id_1,text_1,image_1,id_2,text_2,image_2,label,text_1\n") << 1
                                  << "column \"text_1\" appears twice";
    QTest::newRow("unknown label") << kHeader + row + "3,a,u,4,b,u,Maybe\n" << 3
                                   << "unknown label \"Maybe\" (expected Contradictory, Implies, "
                                      "NoEntailment or empty)";
    QTest::newRow("label in lower case") << kHeader + "3,a,u,4,b,u,implies\n" << 2
                                         << "unknown label \"implies\" (expected Contradictory, Implies, "
                                            "NoEntailment or empty)";
    QTest::newRow("bad id") << kHeader + "12a,a,u,4,b,u,Implies\n" << 2
                            << "bad id \"12a\" in column id_1 (expected digits)";
    QTest::newRow("empty id") << kHeader + "1,a,u,,b,u,Implies\n" << 2
                              << "bad id \"\" in column id_2 (expected digits)";
    QTest::newRow("id with spaces") << kHeader + " 1,a,u,2,b,u,Implies\n" << 2
                                    << "bad id \" 1\" in column id_1 (expected digits)";
    QTest::newRow("wrong field count") << kHeader + row + "1,a,u,2,b,u\n" << 3 << "expected 7 fields, found 6";
    // Issue 10: one ordered pair is one pair, whatever its labels; the reversed pair is another one.
    QTest::newRow("same pair twice, same label") << kHeader + row + "2,b,u,1,a,u,Implies\n" + row << 4
                                                 << "pair 1/2 already appears on line 2";
    QTest::newRow("same pair three times, three labels")
        << kHeader + "5,a,u,6,b,u,Implies\n\n7,a,u,8,b,u,\n5,x,u,6,y,u,Contradictory\n5,a,u,6,b,u,NoEntailment\n"
        << 5 << "pair 5/6 already appears on line 2";
    QTest::newRow("same pair after a multi-line text")
        << kHeader + "1,\"multi\nline\",u,2,b,u,Implies\n1,a,u,2,b,u,Implies\n" << 4
        << "pair 1/2 already appears on line 2";
    // Issue 10 item 9: a text longer than SafeFile::kMaxTextChars is bad input, located by line and column.
    const QByteArray tooLong(SafeFile::kMaxTextChars + 1, 'x');
    QTest::newRow("text_2 too long") << kHeader + row + "3,a,u,4," + tooLong + ",u,Implies\n" << 3
                                     << "column text_2 holds 100001 characters; at most 100000 are accepted";
    QTest::newRow("quoted text_1 too long after a multi-line text")
        << kHeader + "1,\"multi\nline\",u,2,b,u,Implies\n3,\"" + tooLong + "\",u,4,b,u,\n" << 4
        << "column text_1 holds 100001 characters; at most 100000 are accepted";
    QTest::newRow("header only") << kHeader << 0 << "no pairs (only a header)";
    QTest::newRow("header and blank lines") << kHeader + "\n\r\n" << 0 << "no pairs (only a header)";
    QTest::newRow("wrong field count after a multi-line text")
        << kHeader + "1,\"multi\nline\",u,2,b,u,Implies\n3,a,u,4,b,u,Implies,extra\n" << 4
        << "expected 7 fields, found 8";
    QTest::newRow("label/label_idx mismatch")
        << kFullHeader + "1,a,u,2,b,u,Implies,p1,p2,2\n" << 2
        << "label_idx \"2\" does not match label \"Implies\" (expected \"1\")";
    QTest::newRow("label_idx on an unlabeled row")
        << kFullHeader + "1,a,u,2,b,u,,p1,p2,0\n" << 2
        << "label_idx \"0\" does not match label \"\" (expected \"\")";
    QTest::newRow("label_idx missing on a labeled row")
        << kFullHeader + "1,a,u,2,b,u,Contradictory,p1,p2,\n" << 2
        << "label_idx \"\" does not match label \"Contradictory\" (expected \"0\")";
}

void TestImport::rejectsMalformedFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = test::writeFile(dir.filePath("bad.csv"), csv);
    Dataset out = sentinelDataset();
    InputError error;
    QVERIFY(!Importer::importCsv(path, ImportOptions{}, &out, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.file, path);
    // All or nothing.
    QCOMPARE(out.sourceFile, QStringLiteral("sentinel"));
    QCOMPARE(out.pairs.size(), size_t(1));
    QCOMPARE(out.pairs[0].first.id, QStringLiteral("999"));
}

// A text of exactly SafeFile::kMaxTextChars characters (not bytes: multi-byte characters count once) imports.
void TestImport::acceptsTextAtTheLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString text = QString(SafeFile::kMaxTextChars, QChar(0xE9));
    const QString path = test::writeFile(dir.filePath("long.csv"),
                                         kHeader + "1," + text.toUtf8() + ",u,2,b,u,Implies\n");
    Dataset out;
    InputError error;
    QVERIFY2(Importer::importCsv(path, ImportOptions{}, &out, &error), qPrintable(error.toString()));
    QCOMPARE(out.pairs.size(), size_t(1));
    QCOMPARE(out.pairs[0].first.text, text);
}

// Issue 11 item 8: what the data holds ("&amp;" from Twitter's API) is decoded for display only.
void TestImport::decodesEntitiesForDisplay_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("named") << QStringLiteral("AT&amp;T &lt;3 &gt; &quot;x&quot; &apos;y")
                           << QStringLiteral("AT&T <3 > \"x\" 'y");
    QTest::newRow("numeric") << QStringLiteral("it&#39;s &#x27;hex&#X27; &#128512;")
                             << QStringLiteral("it's 'hex' ") + QString::fromUcs4(U"\U0001F600");
    QTest::newRow("nbsp") << QStringLiteral("a&nbsp;b") << QStringLiteral("a") + QChar(0xA0) + QStringLiteral("b");
    QTest::newRow("one level only") << QStringLiteral("&amp;lt; &amp;amp;") << QStringLiteral("&lt; &amp;");
    QTest::newRow("unknown and broken kept") << QStringLiteral("&copy; & &amp &#; &#xZZ; &#0; &#xD800; &#99999999;")
                                             << QStringLiteral("&copy; & &amp &#; &#xZZ; &#0; &#xD800; &#99999999;");
    QTest::newRow("no semicolon nearby") << QStringLiteral("&ampersand-and-more;") << QStringLiteral("&ampersand-and-more;");
    QTest::newRow("at the ends") << QStringLiteral("&amp;middle&gt;") << QStringLiteral("&middle>");
    QTest::newRow("ampersand before an entity") << QStringLiteral("&&amp;") << QStringLiteral("&&");
}

void TestImport::decodesEntitiesForDisplay()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::decodeEntities(stored), shown);
}

// Cells and cards read a bounded start of a text, whatever its length.
void TestImport::boundsDisplayText()
{
    const QString huge = QStringLiteral("Tom &amp; Jerry\n  and   friends ") + QString(5 << 20, QLatin1Char('z'));
    bool cut = false;
    const QString head = DisplayText::head(huge, 100, &cut);
    QVERIFY(cut);
    QVERIFY(head.size() <= 100);
    QVERIFY(head.startsWith(QStringLiteral("Tom & Jerry\n")));
    QVERIFY(!DisplayText::head(QStringLiteral("short"), 100, &cut).isEmpty() && !cut);
    const QString snippet = DisplayText::snippet(huge, 30);
    QCOMPARE(snippet.size(), 30);
    QVERIFY2(snippet.startsWith(QStringLiteral("Tom & Jerry and friends zz")), qPrintable(snippet));
    QCOMPARE(snippet.back(), QChar(0x2026));
    QCOMPARE(DisplayText::snippet(QStringLiteral(" a\n b "), 30), QStringLiteral("a b"));
    // Cut after the window though it fits once whitespace is collapsed: the ellipsis says so.
    QCOMPARE(DisplayText::snippet(QStringLiteral("a") + QString(1000, QLatin1Char(' ')) + QStringLiteral("b"), 10),
             QStringLiteral("a") + QChar(0x2026));
}

void TestImport::reportsUnreadableFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("absent.csv");
    Dataset out = sentinelDataset();
    InputError error;
    QVERIFY(!Importer::importCsv(path, ImportOptions{}, &out, &error));
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, 0);
    QCOMPARE(error.message, QStringLiteral("the file does not exist"));
    QCOMPARE(out.sourceFile, QStringLiteral("sentinel"));
}

void TestImport::refusesHostileFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    for (const QString &kind : test::hostileKinds())
        QTest::newRow(qPrintable(kind)) << kind
                                        << (kind == QLatin1String("sparse")
                                                ? QStringLiteral("the file is too large (2.8 GB; the limit is 2.0 GB)")
                                                : QStringLiteral("not a regular file"));
}

void TestImport::refusesHostileFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = test::hostileFile(dir, kind, QStringLiteral("hostile.csv"), kHeader);
    Dataset out = sentinelDataset();
    InputError error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!Importer::importCsv(path, ImportOptions{}, &out, &error));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(error.toString(), path + QStringLiteral(": ") + message);
    QCOMPARE(out.sourceFile, QStringLiteral("sentinel"));
}

void TestImport::importsValidFile()
{
    // BOM, CRLF, shuffled columns, an unknown column (ignored), a blank line, an unlabeled row, a
    // multi-line quoted text with emoji and doubled quotes, and no line end after the last row.
    const QByteArray csv = "\xEF\xBB\xBF" "label,notes,text_2,id_2,image_2,id_1,text_1,image_1\r\n"
                           "Implies,x,second,20,http://x/20.png,10,"
                           "\"first \xF0\x9F\x98\x80\r\nsaid \"\"hi\"\"\",http://x/10.jpg\r\n"
                           "\r\n"
                           ",y,b,40,,30,a,";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath("good.csv"), csv);
    Dataset out;
    InputError error;
    QVERIFY2(Importer::importCsv(path, ImportOptions{}, &out, &error), qPrintable(error.toString()));
    QCOMPARE(out.sourceFile, QFileInfo(path).absoluteFilePath());
    QVERIFY(!out.hasPathColumns);
    QVERIFY(!out.hasLabelIdx);
    QCOMPARE(out.pairs.size(), size_t(2));

    const Pair &p = out.pairs[0];
    QCOMPARE(p.first.id, QStringLiteral("10"));
    QCOMPARE(p.first.text, QString::fromUtf8("first \xF0\x9F\x98\x80\r\nsaid \"hi\""));
    QCOMPARE(p.first.imageUrl, QStringLiteral("http://x/10.jpg"));
    QCOMPARE(p.second.id, QStringLiteral("20"));
    QCOMPARE(p.second.text, QStringLiteral("second"));
    QCOMPARE(p.second.imageUrl, QStringLiteral("http://x/20.png"));
    QCOMPARE(p.originalLabel, int(Implies));
    QCOMPARE(p.currentLabel, int(Implies));
    QCOMPARE(p.split, Split::Train);
    QVERIFY(p.first.imageMissing);
    QVERIFY(p.first.imageFile.isEmpty());

    const Pair &u = out.pairs[1];
    QCOMPARE(u.first.id, QStringLiteral("30"));
    QCOMPARE(u.second.text, QStringLiteral("b"));
    QVERIFY(u.first.imageUrl.isEmpty());
    QCOMPARE(u.originalLabel, kNoLabel);
    QCOMPARE(u.currentLabel, kNoLabel);
}

void TestImport::importsLabels_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("labelIdx");
    QTest::addColumn<int>("expected");

    QTest::newRow("Contradictory") << QByteArray("Contradictory") << QByteArray("0") << int(Contradictory);
    QTest::newRow("Implies") << QByteArray("Implies") << QByteArray("1") << int(Implies);
    QTest::newRow("NoEntailment") << QByteArray("NoEntailment") << QByteArray("2") << int(NoEntailment);
    QTest::newRow("unlabeled") << QByteArray() << QByteArray() << kNoLabel;
}

void TestImport::importsLabels()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, labelIdx);
    QFETCH(int, expected);

    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath("labels.csv"),
                                         kFullHeader + "1,a,u,2,b,u," + label + ",p,q," + labelIdx + "\n");
    Dataset out;
    InputError error;
    QVERIFY2(Importer::importCsv(path, ImportOptions{}, &out, &error), qPrintable(error.toString()));
    QVERIFY(out.hasPathColumns);
    QVERIFY(out.hasLabelIdx);
    QCOMPARE(out.pairs.size(), size_t(1));
    QCOMPARE(out.pairs[0].originalLabel, expected);
    QCOMPARE(out.pairs[0].currentLabel, expected);
    QCOMPARE(out.pairs[0].first.imagePathColumn, QStringLiteral("p"));
    QCOMPARE(out.pairs[0].second.imagePathColumn, QStringLiteral("q"));
}

void TestImport::resolvesImage_data()
{
    QTest::addColumn<QString>("pathColumn");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("existing");  // files relative to the CSV's folder; images/ = imagesDir
    QTest::addColumn<QString>("expected");      // relative file, empty = missing

    QTest::newRow("path column") << "tweet_images/42.jpg" << "http://x/a.jpg"
                                 << QStringList{"tweet_images/42.jpg", "images/42.jpg"} << "tweet_images/42.jpg";
    QTest::newRow("path column missing, URL extension in images dir")
        << "tweet_images/42.jpg" << "http://x/a.jpg" << QStringList{"images/42.jpg"} << "images/42.jpg";
    QTest::newRow("URL extension lowercased, query ignored")
        << "" << "https://x/media/a.PNG?name=large" << QStringList{"images/42.jpg", "images/42.png"}
        << "images/42.png";
    QTest::newRow("other extension when the URL's is absent")
        << "" << "http://x/a.jpg" << QStringList{"images/42.jpeg"} << "images/42.jpeg";
    QTest::newRow("no URL") << "" << "" << QStringList{"images/42.webp"} << "images/42.webp";
    QTest::newRow("directory is not an image") << "tweet_images" << "http://x/a.jpg"
                                               << QStringList{"tweet_images/1.jpg"} << "";
    QTest::newRow("missing") << "tweet_images/42.jpg" << "http://x/a.jpg" << QStringList{"images/43.jpg"}
                             << "";
}

void TestImport::resolvesImage()
{
    QFETCH(QString, pathColumn);
    QFETCH(QString, url);
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir().mkpath(dir.filePath("images"));
    for (const QString &file : std::as_const(existing))
        test::writeFile(dir.filePath(file), "\x89PNG");
    Tweet tweet;
    tweet.id = QStringLiteral("42");
    tweet.imageUrl = url;
    tweet.imagePathColumn = pathColumn;
    tweet.imageFile = QStringLiteral("stale");
    tweet.imageMissing = false;
    Importer::resolveImage(tweet, dir.path(), dir.filePath("images"));
    QCOMPARE(tweet.imageFile, expected.isEmpty() ? QString() : QDir::cleanPath(dir.filePath(expected)));
    QCOMPARE(tweet.imageMissing, expected.isEmpty());
    QCOMPARE(tweet.imageUrl, url);                // kept verbatim for export
    QCOMPARE(tweet.imagePathColumn, pathColumn);
}

void TestImport::resolvesImagesOnImport()
{
    QTemporaryDir dir;
    test::writeFile(dir.filePath("data/tweet_images/1.jpg"), "jpeg bytes");
    test::writeFile(dir.filePath("pictures/2.png"), "png bytes");
    const QString path = test::writeFile(
        dir.filePath("data/set.csv"),
        kFullHeader + "1,a,http://x/m1.jpg,2,b,http://x/m2.png,Implies,tweet_images/1.jpg,tweet_images/2.png,1\n"
                      "3,c,http://x/m3.jpg,4,d,http://x/m4.jpg,,tweet_images/3.jpg,tweet_images/4.jpg,\n");
    Dataset out;
    InputError error;
    QVERIFY2(Importer::importCsv(path, ImportOptions{dir.filePath("pictures")}, &out, &error),
             qPrintable(error.toString()));
    QCOMPARE(out.pairs.size(), size_t(2));
    QCOMPARE(out.pairs[0].first.imageFile, QDir::cleanPath(dir.filePath("data/tweet_images/1.jpg")));
    QCOMPARE(out.pairs[0].second.imageFile, QDir::cleanPath(dir.filePath("pictures/2.png")));
    QVERIFY(!out.pairs[0].first.imageMissing);
    QVERIFY(!out.pairs[0].second.imageMissing);
    QVERIFY(out.pairs[1].first.imageMissing);
    QVERIFY(out.pairs[1].second.imageMissing);
    QVERIFY(out.pairs[1].first.imageFile.isEmpty());

    // Re-resolving after the user supplied the images folder ("Locate images...").
    test::writeFile(dir.filePath("more/4.jpg"), "jpeg bytes");
    QVERIFY(QFile::remove(dir.filePath("data/tweet_images/1.jpg")));
    Importer::resolveImages(out, dir.filePath("data"), dir.filePath("more"));
    QVERIFY(out.pairs[0].first.imageMissing);
    QVERIFY(out.pairs[0].first.imageFile.isEmpty());
    QVERIFY(out.pairs[0].second.imageMissing);
    QCOMPARE(out.pairs[1].second.imageFile, QDir::cleanPath(dir.filePath("more/4.jpg")));
    QVERIFY(!out.pairs[1].second.imageMissing);
}

namespace {

void checkRme(const QString &file, size_t total, int noEntailment, int implies, int contradictory)
{
    const QString path = QDir(test::sharedDataDir()).filePath(file);
    Dataset out;
    InputError error;
    QVERIFY2(Importer::importCsv(path, ImportOptions{}, &out, &error), qPrintable(error.toString()));
    QCOMPARE(out.pairs.size(), total);
    QVERIFY(out.hasPathColumns);
    QVERIFY(out.hasLabelIdx);
    int counts[kNumClasses] = {};
    int missing = 0;
    for (const Pair &p : out.pairs) {
        QVERIFY(isValidLabel(p.originalLabel));
        QCOMPARE(p.currentLabel, p.originalLabel);
        ++counts[p.originalLabel];
        missing += int(p.first.imageMissing) + int(p.second.imageMissing);
        QVERIFY(p.first.imagePathColumn.startsWith("tweet_images/"));
    }
    QCOMPARE(counts[NoEntailment], noEntailment);
    QCOMPARE(counts[Implies], implies);
    QCOMPARE(counts[Contradictory], contradictory);
    QCOMPARE(missing, int(total) * 2);
}

}  // namespace

void TestImport::confinesImagePaths_data()
{
    QTest::addColumn<QString>("path1");   // image_1_path of pair 1 (relative to data/)
    QTest::addColumn<QString>("id2");     // id_2 of pair 1: its image is looked up in pictures/
    QTest::addColumn<bool>("allow");      // ImportOptions::allowOutsidePaths
    QTest::addColumn<QString>("refused"); // the message on line 2, empty = imported

    const QString outside = QStringLiteral(" leads outside the CSV's folder and the images folder "
                                           "(entail import --allow-outside-paths accepts it)");
    QTest::newRow("inside the CSV's folder") << "in.jpg" << "2" << false << "";
    QTest::newRow("symlink to a file inside") << "in_link.jpg" << "2" << false << "";
    QTest::newRow("into the images folder by ..") << "../pictures/7.jpg" << "2" << false << "";
    QTest::newRow(".. escape") << "../../../../etc/passwd" << "2" << false
                               << "image_1_path \"../../../../etc/passwd\"" + outside;
    QTest::newRow(".. escape to a missing file") << "../../nowhere.jpg" << "2" << false
                                                 << "image_1_path \"../../nowhere.jpg\"" + outside;
    QTest::newRow("absolute path elsewhere") << "/etc/passwd" << "2" << false
                                             << "image_1_path \"/etc/passwd\"" + outside;
    QTest::newRow("sibling folder") << "../other/x.jpg" << "2" << false << "image_1_path \"../other/x.jpg\"" + outside;
    QTest::newRow("symlink pointing out") << "out.jpg" << "2" << false << "image_1_path \"out.jpg\"" + outside;
    QTest::newRow("symlink pointing out in the images folder") << "" << "8" << false << "pictures/8.jpg" + outside;
    QTest::newRow("allowed: absolute path elsewhere") << "/etc/passwd" << "2" << true << "";
    QTest::newRow("allowed: symlink pointing out") << "out.jpg" << "8" << true << "";
}

void TestImport::confinesImagePaths()
{
    QFETCH(QString, path1);
    QFETCH(QString, id2);
    QFETCH(bool, allow);
    QFETCH(QString, refused);

    QTemporaryDir dir;
    test::writeFile(dir.filePath("data/in.jpg"), "jpeg");
    test::writeFile(dir.filePath("pictures/7.jpg"), "jpeg");
    test::writeFile(dir.filePath("other/x.jpg"), "jpeg");
    QVERIFY(QFile::link(dir.filePath("data/in.jpg"), dir.filePath("data/in_link.jpg")));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath("data/out.jpg")));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath("pictures/8.jpg")));
    const QString path = test::writeFile(dir.filePath("data/set.csv"),
                                         kFullHeader + QStringLiteral("1,a,u,%1,b,u,Implies,%2,,1\n").arg(id2, path1).toUtf8());
    ImportOptions options{dir.filePath("pictures")};
    options.allowOutsidePaths = allow;
    Dataset out = sentinelDataset();
    InputError error;
    const bool ok = Importer::importCsv(path, options, &out, &error);
    if (refused.isEmpty()) {
        QVERIFY2(ok, qPrintable(error.toString()));
        QVERIFY(path1.isEmpty() || !out.pairs[0].first.imageMissing);
        return;
    }
    QVERIFY(!ok);
    QCOMPARE(error.toString(), QStringLiteral("%1:2: %2").arg(path, refused.replace("pictures/", dir.filePath("pictures/"))));
    QCOMPARE(out.sourceFile, QStringLiteral("sentinel"));
    // Re-resolving a project's images (no line to report) leaves such a file missing.
    Tweet tweet;
    tweet.id = id2;
    tweet.imagePathColumn = path1;
    Importer::resolveImage(tweet, dir.filePath("data"), dir.filePath("pictures"));
    QVERIFY(tweet.imageMissing);
    QVERIFY(tweet.imageFile.isEmpty());
}

void TestImport::importsRmeTrain()
{
    if (!test::sharedDataAvailable())
        QSKIP("the RME data (../shared/data/rme) is not available");
    checkRme("train_df.csv", 1197, 1011, 93, 93);
    if (QTest::currentTestFailed())
        return;
    Dataset out;
    InputError error;
    QVERIFY(Importer::importCsv(QDir(test::sharedDataDir()).filePath("train_df.csv"), {}, &out, &error));
    const Pair &p = out.pairs.front();
    QCOMPARE(p.first.id, QStringLiteral("1357240852939218946"));
    QVERIFY(p.first.text.startsWith("#IndiaFightsCorona:\n\nNearly 4.5 million"));
    QCOMPARE(p.first.imageUrl, QStringLiteral("http://pbs.twimg.com/media/EtXgrKrXcAI7nzk.jpg"));
    QCOMPARE(p.first.imagePathColumn, QStringLiteral("tweet_images/1357240852939218946.jpg"));
    QCOMPARE(p.originalLabel, int(NoEntailment));
}

void TestImport::importsRmeValidation()
{
    if (!test::sharedDataAvailable())
        QSKIP("the RME data (../shared/data/rme) is not available");
    checkRme("val_df.csv", 63, 53, 5, 5);
}

void TestImport::exportsRmeByteIdentical_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("train") << "train_df.csv";
    QTest::newRow("validation") << "val_df.csv";
}

void TestImport::exportsRmeByteIdentical()
{
    QFETCH(QString, file);
    if (!test::sharedDataAvailable())
        QSKIP("the RME data (../shared/data/rme) is not available");
    const QString source = QDir(test::sharedDataDir()).filePath(file);
    Dataset data;
    InputError error;
    QVERIFY2(Importer::importCsv(source, ImportOptions{}, &data, &error), qPrintable(error.toString()));
    QTemporaryDir dir;
    const QString exported = dir.filePath("exported.csv");
    QString exportError;
    QVERIFY2(Exporter::exportCsv(data, exported, &exportError), qPrintable(exportError));
    const QByteArray original = readAll(source);
    const QByteArray written = readAll(exported);
    QCOMPARE(written.size(), original.size());
    QVERIFY(written == original);
}

void TestImport::roundTripsTrickyDataset_data()
{
    QTest::addColumn<bool>("pathColumns");
    QTest::addColumn<bool>("labelIdx");
    QTest::newRow("base schema") << false << false;
    QTest::newRow("path columns") << true << false;
    QTest::newRow("label_idx") << false << true;
    QTest::newRow("all columns") << true << true;
}

void TestImport::roundTripsTrickyDataset()
{
    QFETCH(bool, pathColumns);
    QFETCH(bool, labelIdx);
    const Dataset original = trickyDataset(pathColumns, labelIdx);
    QTemporaryDir dir;
    const QString first = dir.filePath("first.csv");
    const QString second = dir.filePath("second.csv");
    QString exportError;
    QVERIFY2(Exporter::exportCsv(original, first, &exportError), qPrintable(exportError));
    Dataset imported;
    InputError error;
    QVERIFY2(Importer::importCsv(first, ImportOptions{}, &imported, &error), qPrintable(error.toString()));
    QVERIFY2(Exporter::exportCsv(imported, second, &exportError), qPrintable(exportError));
    QVERIFY(readAll(first) == readAll(second));

    QCOMPARE(imported.hasPathColumns, pathColumns);
    QCOMPARE(imported.hasLabelIdx, labelIdx);
    QCOMPARE(imported.pairs.size(), original.pairs.size());
    for (size_t i = 0; i < original.pairs.size(); ++i) {
        const Pair &a = original.pairs[i];
        const Pair &b = imported.pairs[i];
        QCOMPARE(b.first.id, a.first.id);
        QCOMPARE(b.first.text, a.first.text);
        QCOMPARE(b.second.text, a.second.text);
        QCOMPARE(b.second.imageUrl, a.second.imageUrl);
        QCOMPARE(b.second.imagePathColumn, pathColumns ? a.second.imagePathColumn : QString());
        QCOMPARE(b.originalLabel, a.currentLabel);  // the export carries current labels
    }
}

void TestImport::keepsFeffInFields()
{
    // Only the file's leading BOM is an encoding mark; U+FEFF opening any later field is text (issue 10).
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray body = kHeader + "1,\"" + bom + "text\",u," + "2,\"" + bom + "\",u,Implies\n"
                          + "3,a" + bom + "b,\"" + bom + "http://x/3.jpg\",4,\"" + bom + bom + "\",u,\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath("feff.csv"), bom + body);
    Dataset ds;
    InputError error;
    QVERIFY2(Importer::importCsv(path, ImportOptions{}, &ds, &error), qPrintable(error.toString()));
    QCOMPARE(ds.pairs.size(), size_t(2));
    const QString feff(QChar(0xFEFF));
    QCOMPARE(ds.pairs[0].first.text, feff + "text");
    QCOMPARE(ds.pairs[0].second.text, feff);
    QCOMPARE(ds.pairs[1].first.imageUrl, feff + "http://x/3.jpg");
    QCOMPARE(ds.pairs[1].second.text, feff + feff);
    QByteArray exported;
    QString exportError;
    QVERIFY(Exporter::csvBytes(ds, &exported, &exportError));
    QCOMPARE(exported, body);
}

void TestImport::exportsCurrentLabels()
{
    Dataset d = trickyDataset(true, true);
    d.pairs.resize(1);
    d.pairs[0].originalLabel = NoEntailment;
    d.pairs[0].currentLabel = Contradictory;
    QTemporaryDir dir;
    const QString path = dir.filePath("current.csv");
    QString error;
    QVERIFY2(Exporter::exportCsv(d, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), kFullHeader
                                + "1,plain text,http://pbs.twimg.com/media/1.jpg,2,\"with, comma\","
                                  "http://pbs.twimg.com/media/2.png,Contradictory,tweet_images/1.jpg,"
                                  "tweet_images/2.png,0\n");
}

void TestImport::reportsExportErrors()
{
    QTemporaryDir dir;
    const QString unwritable = dir.filePath("no/such/folder/out.csv");
    QString error;
    QVERIFY(!Exporter::exportCsv(trickyDataset(false, false), unwritable, &error));
    QVERIFY2(error.startsWith("cannot write " + QDir::toNativeSeparators(unwritable) + ": "), qPrintable(error));
    error.clear();
    QVERIFY(!Exporter::exportJsonl(trickyDataset(false, false), unwritable, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(unwritable)), qPrintable(error));

    Dataset nul = trickyDataset(false, false);
    nul.pairs[1].second.text = QString("a") + QChar(0) + "b";
    const QString path = dir.filePath("nul.csv");
    QVERIFY(!Exporter::exportCsv(nul, path, &error));
    QCOMPARE(error, QStringLiteral("pair 2 (ids 3, 4) holds a NUL character, which a CSV file cannot carry"));
    QVERIFY(!QFile::exists(path));  // nothing half-written
}

void TestImport::exportsJsonl()
{
    const Dataset d = trickyDataset(true, true);
    QTemporaryDir dir;
    const QString path = dir.filePath("out.jsonl");
    QString error;
    QVERIFY2(Exporter::exportJsonl(d, path, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.endsWith('\n'));
    const QList<QByteArray> lines = bytes.left(bytes.size() - 1).split('\n');
    QCOMPARE(size_t(lines.size()), d.pairs.size());
    const char *splitNames[] = {"train", "validation", "test"};
    for (size_t i = 0; i < d.pairs.size(); ++i) {
        const Pair &p = d.pairs[i];
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines[int(i)], &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.size(), 9);
        QCOMPARE(o["id_1"].toString(), p.first.id);
        QCOMPARE(o["text_1"].toString(), p.first.text);
        QCOMPARE(o["image_1"].toString(), p.first.imageUrl);
        QCOMPARE(o["id_2"].toString(), p.second.id);
        QCOMPARE(o["text_2"].toString(), p.second.text);
        QCOMPARE(o["image_2"].toString(), p.second.imageUrl);
        if (isValidLabel(p.currentLabel))
            QCOMPARE(o["label"].toString(), labelName(p.currentLabel));
        else
            QVERIFY(o["label"].isNull());
        if (isValidLabel(p.originalLabel))
            QCOMPARE(o["original_label"].toString(), labelName(p.originalLabel));
        else
            QVERIFY(o["original_label"].isNull());
        QCOMPARE(o["split"].toString(), QLatin1String(splitNames[int(p.split)]));
    }
}

void TestImport::exportsRmeJsonlLabels()
{
    if (!test::sharedDataAvailable())
        QSKIP("the RME data (../shared/data/rme) is not available");
    Dataset data;
    InputError error;
    QVERIFY(Importer::importCsv(QDir(test::sharedDataDir()).filePath("train_df.csv"), {}, &data, &error));
    QTemporaryDir dir;
    const QString path = dir.filePath("train.jsonl");
    QString exportError;
    QVERIFY2(Exporter::exportJsonl(data, path, &exportError), qPrintable(exportError));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<QString, int> counts;
    int lines = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        QCOMPARE(o["label"].toString(), o["original_label"].toString());
        QCOMPARE(o["split"].toString(), QStringLiteral("train"));
        ++counts[o["label"].toString()];
        ++lines;
    }
    QCOMPARE(lines, 1197);
    QCOMPARE(counts.value("NoEntailment"), 1011);
    QCOMPARE(counts.value("Implies"), 93);
    QCOMPARE(counts.value("Contradictory"), 93);
}

// A project is built under a temporary name: an abandoned build leaves nothing, leftovers of dead processes
// are removed by the next build, a live process's temporary is left alone.
void TestImport::projectAppearsOnlyWhenComplete()
{
    QTemporaryDir dir;
    const QString project = QDir(dir.path()).filePath(QStringLiteral("p.entail"));
    Dataset ds;
    InputError error;
    const QString csv = test::writeFile(dir.filePath("in.csv"), kHeader + "1,a,,2,b,,Implies\n3,c,,4,d,,\n");
    QVERIFY(Importer::importCsv(csv, {}, &ds, &error));
    QString message;
    {
        ProjectBuilder abandoned(project);
        QVERIFY2(abandoned.create(&message), qPrintable(message));
        QVERIFY(abandoned.store().addPairs(ds, QStringLiteral("t"), &message));
        QVERIFY(QFileInfo::exists(abandoned.temporaryPath()));
        QVERIFY(!QFileInfo::exists(project));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("in.csv")});
    const QString dead = dir.filePath(".p.entail.importing-99999999");  // beyond any pid_max
    const QString live = dir.filePath(".p.entail.importing-1");         // init's: not ours to delete
    for (const QString &file : {dead, dead + QStringLiteral("-wal"), live})
        test::writeFile(file, "partial");
    QVERIFY2(ProjectBuilder(project).build(ds, QStringLiteral("t"), QString(), &message), qPrintable(message));
    QVERIFY(!QFileInfo::exists(dead) && !QFileInfo::exists(dead + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(live));
    QVERIFY(!QFileInfo::exists(project + QStringLiteral(".lock")));
    ProjectStore store;
    QVERIFY2(store.open(project, &message), qPrintable(message));
    QCOMPARE(store.pairCount(), 2);
    QVERIFY(!ProjectBuilder(project).build(ds, QStringLiteral("t"), QString(), &message));
    QVERIFY2(message.contains(QStringLiteral("exists already")), qPrintable(message));
    QCOMPARE(store.pairCount(), 2);
}

void TestImport::projectBeingCreatedIsLocked()
{
    QTemporaryDir dir;
    const QString project = QDir(dir.path()).filePath(QStringLiteral("r.entail"));
    QLockFile other(project + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    ProjectBuilder builder(project);
    QString message;
    QVERIFY(!builder.create(&message));
    QVERIFY2(message.contains(QStringLiteral("%1 is being created by another process (pid %2)")
                                  .arg(project).arg(QCoreApplication::applicationPid())),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(builder.temporaryPath()));
    other.unlock();
    QVERIFY2(builder.create(&message), qPrintable(message));
    const QString nowhere = QDir(dir.path()).filePath(QStringLiteral("missing/p.entail"));
    QVERIFY(!ProjectBuilder(nowhere).create(&message));
    QVERIFY2(message.contains(QStringLiteral("the folder %1 does not exist").arg(QFileInfo(nowhere).absolutePath())),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
