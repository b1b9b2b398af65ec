// Images from archives (ArchiveExtractor, ArchiveFetch, `entail fetch-images --archive`, the failure list):
// archives made here by tests/make_archives.py (Python's tarfile/zipfile) with good and hostile entries; the
// URL case through the loopback server of test_fetch (tests/fetch_server.py). Every recorded status, nothing
// written outside the images folder, nothing new on a second run.
#include "model/fetch/archivefetch.h"
#include "model/fetch/fetchfailurelist.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/fetchstatustext.h"
#include "ui/review/pairview.h"
#include "ui/review/tweetcard.h"
#include "ui/session/imagefetchdialog.h"
#include "ui/session/imagesourcechooser.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QCheckBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace entail;

namespace {

struct Expected {
    const char *id;
    const char *status;  // recorded; nullptr: no record (not in the archive)
    const char *reason;  // a part of the recorded reason
};

const Expected kMixedTar[] = {
    {"101", "ok", ""},
    {"102", "ok", ""},
    {"103", "ok", ""},
    {"104", "refused", "(..)"},
    {"105", "refused", "absolute path"},
    {"106", "refused", "symbolic link"},
    {"107", "refused", "hard link"},
    {"108", "too_large", "104857600 bytes"},
    {"109", "not_an_image", ""},
    {"110", "too_large", "20971520"},
    {"111", "refused", "special file"},
    {"112", "refused", "zip bomb"},
    {"113", nullptr, nullptr},
};

const Expected kMixedZip[] = {
    {"201", "ok", ""},
    {"202", "not_an_image", ""},
    {"203", "refused", "(..)"},
    {"204", "refused", "symbolic link"},
    {"205", "too_large", "104857600 bytes"},
    {"206", "refused", "zip bomb"},
};

}  // namespace

class TestArchive : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixtures;

    // A project with one pair per two ids; every tweet lacks its image.
    QString makeProject(const QString &name, const QStringList &ids)
    {
        Dataset ds;
        for (int i = 0; i < ids.size(); i += 2) {
            Pair p;
            p.first.id = ids.at(i);
            p.second.id = i + 1 < ids.size() ? ids.at(i + 1) : QStringLiteral("9999%1").arg(i);
            p.first.text = p.second.text = QStringLiteral("text");
            p.originalLabel = p.currentLabel = (i / 2) % kNumClasses;
            ds.pairs.push_back(p);
        }
        const QString file = m_dir.filePath(name);
        ProjectStore store;
        QString error;
        if (!store.create(file, &error) || !store.addPairs(ds, QStringLiteral("test"), &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(dir).relativeFilePath(it.next());
        files.sort();
        return files;
    }

    static QMap<QString, ImageFetchRecord> records(const QString &project)
    {
        ProjectStore store;
        QString error;
        if (!store.open(project, &error))
            qFatal("%s", qPrintable(error));
        QMap<QString, ImageFetchRecord> map;
        for (const ImageFetchRecord &r : store.fetchRecords())
            map.insert(r.tweetId, r);
        return map;
    }

    static FetchOptions options()
    {
        FetchOptions o;
        o.minFreeBytes = 1;
        return o;
    }

    void checkRecords(const QString &project, const QString &archive, const Expected *begin, const Expected *end)
    {
        const QMap<QString, ImageFetchRecord> recorded = records(project);
        for (const Expected *e = begin; e != end; ++e) {
            const ImageFetchRecord r = recorded.value(QString::fromLatin1(e->id));
            qInfo("%s: %s (%s) from %s", e->id, qPrintable(r.status), qPrintable(r.reason), qPrintable(r.url));
            if (!e->status) {
                QVERIFY(!recorded.contains(QString::fromLatin1(e->id)));
                continue;
            }
            QCOMPARE(r.status, QString::fromLatin1(e->status));
            QVERIFY2(r.reason.contains(QLatin1String(e->reason)), qPrintable(r.reason));
            QCOMPARE(r.reason.isEmpty(), r.status == QLatin1String("ok"));
            QVERIFY2(r.url.startsWith(archive + QStringLiteral("!/")), qPrintable(r.url));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_archive"));
        m_fixtures = m_dir.filePath(QStringLiteral("fixtures"));
        QVERIFY(QDir().mkpath(m_fixtures));
        QImage a(64, 48, QImage::Format_RGB32);
        a.fill(Qt::darkCyan);
        QVERIFY(a.save(m_fixtures + QStringLiteral("/a.jpg"), "JPEG"));
        QImage b(40, 30, QImage::Format_RGB32);
        b.fill(Qt::magenta);
        QVERIFY(b.save(m_fixtures + QStringLiteral("/b.png"), "PNG"));
        QProcess make;
        make.start(QStringLiteral("python3"), {QStringLiteral(ENTAIL_SOURCE_DIR "/tests/make_archives.py"), m_fixtures,
                                               m_fixtures + QStringLiteral("/a.jpg"),
                                               m_fixtures + QStringLiteral("/b.png")});
        QVERIFY(make.waitForFinished(120000));
        QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
    }

    void tarGzEveryStatus();
    void zipEveryStatus();
    void truncatedAndNotAnArchive();
    void capsStopCleanly();
    void cancelKeepsWhatArrived();
    void commandLineAndFailureList();
    void archiveByUrl();
    void statusTexts();
    void windowSaysWhy();
    void dialogFromArchive();
};

void TestArchive::tarGzEveryStatus()
{
    QStringList ids;
    for (const Expected &e : kMixedTar)
        ids << QString::fromLatin1(e.id);
    const QString project = makeProject(QStringLiteral("tar.entail"), ids);
    const QString archive = m_fixtures + QStringLiteral("/mixed.tar.gz");
    const QStringList before = filesUnder(m_dir.path());
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ArchiveFetch::run(project, archive, options(), {}, &result, &error), qPrintable(error));
    QVERIFY2(result.stopped.isEmpty(), qPrintable(result.stopped));
    checkRecords(project, archive, std::begin(kMixedTar), std::end(kMixedTar));
    QCOMPARE(result.skipped, 3);  // 999999.jpg (no tweet), 101.png (101 has its image), README.txt
    QCOMPARE(result.notInArchive, 2);  // 113 and the last pair's second tweet

    // Only the good images, named after their ids, and only in the images folder; the pairs point at them.
    const QString images = project + QStringLiteral(".images");
    QCOMPARE(filesUnder(images), (QStringList{"101.jpg", "102.png", "103.jpg"}));
    QStringList outside = filesUnder(m_dir.path());
    outside.removeIf([&](const QString &f) { return before.contains(f) || f.startsWith(QLatin1String("tar.entail")); });
    QCOMPARE(outside, QStringList());
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/105.jpg")) || QFileInfo(QStringLiteral("/tmp/105.jpg")).size() != 677);
    ProjectStore store;
    QVERIFY(store.open(project, &error));
    for (const Pair &p : store.dataset().pairs)
        for (const Tweet *t : {&p.first, &p.second})
            QCOMPARE(t->imageMissing, !QStringList({"101", "102", "103"}).contains(t->id));

    // A second run writes nothing new and keeps the records of the images it took.
    const QDateTime written = QFileInfo(images + QStringLiteral("/101.jpg")).lastModified();
    ProjectFetchResult again;
    QVERIFY2(ArchiveFetch::run(project, archive, options(), {}, &again, &error), qPrintable(error));
    QCOMPARE(filesUnder(images), (QStringList{"101.jpg", "102.png", "103.jpg"}));
    QCOMPARE(QFileInfo(images + QStringLiteral("/101.jpg")).lastModified(), written);
    QCOMPARE(again.haveImage, 3);
    int taken = 0;
    for (const FetchOutcome &o : again.outcomes)
        taken += o.status == FetchStatus::Ok ? 1 : 0;
    QCOMPARE(taken, 0);
    QCOMPARE(records(project).value(QStringLiteral("101")).status, QStringLiteral("ok"));
}

void TestArchive::zipEveryStatus()
{
    QStringList ids;
    for (const Expected &e : kMixedZip)
        ids << QString::fromLatin1(e.id);
    const QString project = makeProject(QStringLiteral("zip.entail"), ids);
    const QString archive = m_fixtures + QStringLiteral("/mixed.zip");
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ArchiveFetch::run(project, archive, options(), {}, &result, &error), qPrintable(error));
    QVERIFY2(result.stopped.isEmpty(), qPrintable(result.stopped));
    checkRecords(project, archive, std::begin(kMixedZip), std::end(kMixedZip));
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"201.jpg"});
}

// A truncated archive keeps what came before the break and says where it broke; a file that is no archive
// is refused with its name.
void TestArchive::truncatedAndNotAnArchive()
{
    const QString project = makeProject(QStringLiteral("cut.entail"), {QStringLiteral("301"), QStringLiteral("302")});
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ArchiveFetch::run(project, m_fixtures + QStringLiteral("/cut.tar.gz"), options(), {}, &result, &error),
             qPrintable(error));
    qInfo("%s", qPrintable(result.stopped));
    QVERIFY(result.stopped.contains(QLatin1String("damaged")));
    const QMap<QString, ImageFetchRecord> recorded = records(project);
    QCOMPARE(recorded.value(QStringLiteral("301")).status, QStringLiteral("ok"));
    QCOMPARE(recorded.value(QStringLiteral("302")).status, QStringLiteral("failed"));
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"301.jpg"});

    const QString other = makeProject(QStringLiteral("notarchive.entail"), {QStringLiteral("301")});
    ProjectFetchResult none;
    QVERIFY2(ArchiveFetch::run(other, m_fixtures + QStringLiteral("/a.jpg"), options(), {}, &none, &error),
             qPrintable(error));
    qInfo("%s", qPrintable(none.stopped));
    QVERIFY(none.stopped.contains(m_fixtures + QStringLiteral("/a.jpg")));
    QVERIFY(none.outcomes.empty());
    QVERIFY(!ArchiveFetch::run(other, m_fixtures + QStringLiteral("/none.tar.gz"), options(), {}, &none, &error));
    QVERIFY(error.contains(QLatin1String("none.tar.gz")));
    QVERIFY(!ArchiveFetch::run(other, QStringLiteral("file:///etc/passwd"), options(), {}, &none, &error));
    QVERIFY(error.contains(QLatin1String("only http and https")));
}

// The whole-archive caps and the free-space check stop extraction with a message; nothing half-written stays.
void TestArchive::capsStopCleanly()
{
    const QString project = makeProject(QStringLiteral("caps.entail"), {QStringLiteral("101"), QStringLiteral("102")});
    const QString archive = m_fixtures + QStringLiteral("/mixed.tar.gz");
    FetchOptions full = options();
    full.minFreeBytes = qint64(1) << 60;
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ArchiveFetch::run(project, archive, full, {}, &result, &error), qPrintable(error));
    QVERIFY2(result.stopped.contains(QLatin1String("nearly full")), qPrintable(result.stopped));
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList());

    FetchOptions few = options();
    few.maxEntries = 2;  // the folder entry and 101.jpg
    QVERIFY2(ArchiveFetch::run(project, archive, few, {}, &result, &error), qPrintable(error));
    QVERIFY2(result.stopped.contains(QLatin1String("more than 2 entries")), qPrintable(result.stopped));
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"101.jpg"});

    FetchOptions small = options();
    small.maxUnpackedBytes = 4096;  // 102.png fits, the bomb's declared size does not
    QVERIFY2(ArchiveFetch::run(project, archive, small, {}, &result, &error), qPrintable(error));
    QVERIFY2(result.stopped.contains(QLatin1String("unpacks to more than")), qPrintable(result.stopped));
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), (QStringList{"101.jpg", "102.png"}));
}

// Cancelled at the first report (an entry refused after 101.jpg): what was read before is kept and recorded,
// nothing half-written stays, the entries after it are not read, and the next run takes the rest.
void TestArchive::cancelKeepsWhatArrived()
{
    const QString project = makeProject(QStringLiteral("cancel.entail"), {QStringLiteral("101"), QStringLiteral("109")});
    const QString archive = m_fixtures + QStringLiteral("/mixed.tar.gz");
    std::atomic<bool> cancel{false};
    FetchOptions o = options();
    o.cancel = &cancel;
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ArchiveFetch::run(project, archive, o, [&](const FetchProgress &) { cancel = true; }, &result, &error),
             qPrintable(error));
    QVERIFY(result.cancelled);
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"101.jpg"});
    QCOMPARE(records(project).keys(), QStringList{"101"});
    ProjectFetchResult rest;
    QVERIFY2(ArchiveFetch::run(project, archive, options(), {}, &rest, &error), qPrintable(error));
    QVERIFY(!rest.cancelled);
    QCOMPARE(records(project).value(QStringLiteral("109")).status, QStringLiteral("not_an_image"));
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"101.jpg"});
}

void TestArchive::commandLineAndFailureList()
{
    const QString project = makeProject(QStringLiteral("cli.entail"), {QStringLiteral("401"), QStringLiteral("109")});
    const QString failures = m_dir.filePath(QStringLiteral("failures.csv"));
    const test::CliRun bad = test::runEntail({QStringLiteral("fetch-images"), QStringLiteral("--project"), project,
                                              QStringLiteral("--archive"), m_fixtures + QStringLiteral("/plain.tar"),
                                              QStringLiteral("--max-unpacked"), QStringLiteral("0")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QLatin1String("--max-unpacked MB")));
    for (const char *name : {"/plain.tar", "/mixed.tar.gz"}) {
        const test::CliRun run = test::runEntail({QStringLiteral("fetch-images"), QStringLiteral("--project"), project,
                                                  QStringLiteral("--archive"), m_fixtures + QLatin1String(name),
                                                  QStringLiteral("--failures"), failures});
        qInfo("%s%s", qPrintable(run.out), qPrintable(run.err));
        QCOMPARE(run.code, 0);
    }
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"401.jpg"});
    QFile csv(failures);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.value(0), QByteArray("tweet_id,source,status,reason,time"));
    QVERIFY2(lines.value(1).startsWith("109," + QFile::encodeName(m_fixtures) + "/mixed.tar.gz!/tweet_images/109.jpg,"
                                       "not_an_image,"),
             lines.value(1).constData());
    QCOMPARE(lines.size(), 3);  // header, 109, the empty rest after the last line end
    std::vector<ImageFetchRecord> kept{{QStringLiteral("1"), QStringLiteral("u"), QStringLiteral("t"), 1,
                                        QStringLiteral("ok"), QString()}};
    QCOMPARE(FetchFailureList::count(kept), 0);
    QCOMPARE(FetchFailureList::csv(kept), QByteArray("tweet_id,source,status,reason,time\n"));
}

// An archive URL is downloaded by the transfers' code into the images folder, extracted and removed; a URL
// that fails stops the run with the reason and takes nothing.
void TestArchive::archiveByUrl()
{
    const QString log = m_dir.filePath(QStringLiteral("requests.log"));
    QProcess server;
    server.start(QStringLiteral("python3"), {QStringLiteral(ENTAIL_SOURCE_DIR "/tests/fetch_server.py"), m_fixtures, log});
    QVERIFY(server.waitForStarted());
    QVERIFY(server.waitForReadyRead(10000));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.readLine().trimmed().toInt());
    const QString project = makeProject(QStringLiteral("url.entail"), {QStringLiteral("201"), QStringLiteral("202")});
    ProjectFetchResult result;
    QString error;
    int reports = 0;
    QVERIFY2(ArchiveFetch::run(project, base + QStringLiteral("/img/mixed.zip"), options(),
                               [&](const FetchProgress &) { ++reports; }, &result, &error),
             qPrintable(error));
    QVERIFY2(result.stopped.isEmpty(), qPrintable(result.stopped));
    QVERIFY(reports > 0);
    QCOMPARE(filesUnder(project + QStringLiteral(".images")), QStringList{"201.jpg"});
    QCOMPARE(records(project).value(QStringLiteral("202")).url, base + QStringLiteral("/img/mixed.zip!/tweet_images/202.jpg"));

    const QString other = makeProject(QStringLiteral("url404.entail"), {QStringLiteral("201")});
    ProjectFetchResult missing;
    QVERIFY2(ArchiveFetch::run(other, base + QStringLiteral("/missing.jpg"), options(), {}, &missing, &error),
             qPrintable(error));
    qInfo("%s", qPrintable(missing.stopped));
    QVERIFY(missing.stopped.contains(QLatin1String("404")));
    QCOMPARE(filesUnder(other + QStringLiteral(".images")), QStringList());
    server.kill();
    server.waitForFinished();
}

void TestArchive::statusTexts()
{
    ImageFetchRecord r{QStringLiteral("1"), QStringLiteral("http://h/1.jpg"), QStringLiteral("t"), 0,
                       QStringLiteral("not_found"), QStringLiteral("HTTP 404 Not Found")};
    QCOMPARE(FetchStatusText::describe(&r), QStringLiteral("not found on the server (404)"));
    QCOMPARE(FetchStatusText::describe(nullptr), QStringLiteral("not fetched yet"));
    const std::pair<const char *, const char *> cases[] = {{"not_an_image", "not an image"},
                                                           {"too_large", "too large"},
                                                           {"timeout", "timed out"},
                                                           {"refused", "refused: why"}};
    for (const auto &[status, text] : cases) {
        r.status = QString::fromLatin1(status);
        r.reason = QStringLiteral("why");
        QCOMPARE(FetchStatusText::describe(&r), QString::fromLatin1(text));
    }
    r.url = QStringLiteral("https://example.org/") + QString(200, QLatin1Char('a')) + QStringLiteral("/tweet_images/1.jpg");
    const QString text = FetchStatusText::placeholder(r);
    QVERIFY2(text.contains(QLatin1String("refused: why")) && text.contains(QLatin1String("tweet_images/1.jpg"))
                 && text.size() < 160, qPrintable(text));
}

// The pair view's placeholder says why each image is missing, and the "Image missing" filter's tooltip counts
// the missing images by status.
void TestArchive::windowSaysWhy()
{
    const QString project = makeProject(QStringLiteral("why.entail"), {QStringLiteral("109"), QStringLiteral("502"),
                                                                       QStringLiteral("501"), QStringLiteral("503")});
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.open(project, &error));
        QVERIFY(store.recordFetches({{QStringLiteral("502"), QStringLiteral("http://h/502.jpg"), QStringLiteral("t"), 0,
                                      QStringLiteral("not_found"), QStringLiteral("HTTP 404 Not Found")}},
                                    &error));
        ProjectFetchResult result;
        QVERIFY2(ArchiveFetch::run(project, m_fixtures + QStringLiteral("/mixed.tar.gz"), options(), {}, &result, &error),
                 qPrintable(error));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The records are read and counted off the GUI thread: when the project's images are announced (and the
    // read starts) they are not in yet.
    QCheckBox *missingBox = window.findChild<PairBrowser *>()->filterBar()->missingImagesBox();
    QString tipWhenOpened;
    connect(window.session(), &ProjectSession::imagesChanged, this, [&] {
        if (tipWhenOpened.isEmpty())
            tipWhenOpened = missingBox->toolTip();
    });
    window.openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isOpen(), 20000);
    QVERIFY(!tipWhenOpened.isEmpty());
    QVERIFY2(!tipWhenOpened.contains(QLatin1String("Missing images")), qPrintable(tipWhenOpened));
    auto *view = window.findChild<PairView *>(QStringLiteral("pairView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->card(0)->placeholderText().contains(QLatin1String("not an image")), 5000);
    qInfo("%s | %s", qPrintable(view->card(0)->placeholderText()), qPrintable(view->card(1)->placeholderText()));
    QVERIFY(view->card(0)->placeholderText().contains(QLatin1String("mixed.tar.gz!/tweet_images/109.jpg")));
    QVERIFY(view->card(1)->placeholderText().contains(QLatin1String("not found on the server (404)")));
    const QString tip = missingBox->toolTip();
    qInfo("%s", qPrintable(tip));
    QVERIFY(tip.startsWith(QLatin1String("Only pairs with at least one missing image")));
    QVERIFY(tip.contains(QLatin1String("1 not an image")));
    QVERIFY(tip.contains(QLatin1String("1 not found on the server (404)")));
}

// Get images > from an archive: the images arrive in the session, the summary counts the archive's entries,
// and the failure list can be saved.
void TestArchive::dialogFromArchive()
{
    const QString project = makeProject(QStringLiteral("dialog.entail"), {QStringLiteral("201"), QStringLiteral("202"),
                                                                          QStringLiteral("203"), QStringLiteral("299")});
    ProjectSession session;
    QSignalSpy opened(&session, &ProjectSession::opened);
    session.open(project);
    QVERIFY(opened.wait(30000));
    ImageFetchDialog dialog(&session, nullptr);
    QPushButton *failures = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        failures = b->text() == QLatin1String("Save failure list...") ? b : failures;
    QVERIFY(failures);
    QVERIFY(!failures->isEnabled());  // nothing has failed yet
    dialog.source()->setArchive(m_fixtures + QStringLiteral("/mixed.zip"));
    QSignalSpy located(&session, &ProjectSession::imagesLocated);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QVERIFY(located.wait(30000));
    QCOMPARE(session.pairs()->pairs().front().first.imageMissing, false);
    QString said;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        said += label->text();
    qInfo("%s", qPrintable(said));
    QVERIFY(said.contains(QLatin1String("1 image(s) fetched")));
    QVERIFY(said.contains(QLatin1String("2 refused")));
    QVERIFY(said.contains(QLatin1String("1 not in the archive")));
    QVERIFY(failures->isEnabled());
    QString error;
    const QString csv = m_dir.filePath(QStringLiteral("dialog-failures.csv"));
    QVERIFY2(dialog.saveFailures(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);  // header, 202, 203
    QVERIFY(!dialog.saveFailures(m_dir.filePath(QStringLiteral("no/such/folder/f.csv")), &error));
    QVERIFY2(error.contains(QLatin1String("no/such/folder")), qPrintable(error));
}

QTEST_MAIN(TestArchive)
#include "test_archive.moc"
