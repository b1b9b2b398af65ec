// Fetching images from URLs (ImageFetcher, ProjectFetch, `entail fetch-images`) against a loopback server
// started here (tests/fetch_server.py on 127.0.0.1): every status, limits, redirects, nothing written outside
// the images folder, no request for images already present, cancel.
#include "model/fetch/projectfetch.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/imagefetchdialog.h"
#include "ui/session/imagefetchjob.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/messagebanner.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

using namespace entail;

namespace {

struct Case {
    const char *id;
    const char *path;  // on the server, or a whole URL
    const char *status;
};

const Case kCases[] = {
    {"101", "/img/a.jpg", "ok"},          {"102", "/hop.jpg", "ok"},
    {"103", "/missing.jpg", "not_found"}, {"104", "/flaky.jpg", "ok"},
    {"105", "/slow.jpg", "timeout"},      {"106", "/page.jpg", "not_an_image"},
    {"107", "/big.jpg", "too_large"},     {"108", "/loop.jpg", "refused"},
    {"109", "/evil.jpg", "refused"},      {"110", "/trunc.jpg", "failed"},
    {"111", "file:///etc/passwd", "refused"}, {"112", "ftp://127.0.0.1/x.jpg", "refused"},
    {"../../113", "/img/a.jpg", "refused"},
};

}  // namespace

class TestFetch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_base, m_log;

    QString url(const char *path) const
    {
        const QString p = QString::fromLatin1(path);
        return p.startsWith(QLatin1Char('/')) ? m_base + p : p;
    }

    int requests(const QString &path = {}) const
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return path.isEmpty() ? int(lines.size()) : int(lines.count(path));
    }

    // A project whose tweets (two a pair, in the order given) link to `urls`.
    QString makeProject(const QString &name, const std::vector<std::pair<QString, QString>> &tweets)
    {
        Dataset ds;
        for (size_t i = 0; i < tweets.size(); i += 2) {
            Pair p;
            p.first.id = tweets[i].first;
            p.first.imageUrl = tweets[i].second;
            p.second.id = i + 1 < tweets.size() ? tweets[i + 1].first : QStringLiteral("999%1").arg(i);
            p.second.imageUrl = i + 1 < tweets.size() ? tweets[i + 1].second : QString();
            p.first.text = p.second.text = QStringLiteral("text");
            p.originalLabel = p.currentLabel = int(i / 2) % kNumClasses;
            ds.pairs.push_back(p);
        }
        const QString file = m_dir.filePath(name);
        ProjectStore store;
        QString error;
        if (!store.create(file, &error) || !store.addPairs(ds, QStringLiteral("test"), &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

    static FetchOptions quickOptions()
    {
        FetchOptions o;
        o.timeoutMs = 700;
        o.retries = 1;
        o.backoffMs = 10;
        o.maxBytes = 256 * 1024;
        o.minFreeBytes = 1;
        return o;
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

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_fetch"));
        const QString fixtures = m_dir.filePath(QStringLiteral("fixtures"));
        QVERIFY(QDir().mkpath(fixtures));
        QImage a(64, 48, QImage::Format_RGB32);
        a.fill(Qt::darkCyan);
        QVERIFY(a.save(fixtures + QStringLiteral("/a.jpg"), "JPEG"));
        QImage b(40, 30, QImage::Format_RGB32);
        b.fill(Qt::magenta);
        QVERIFY(b.save(fixtures + QStringLiteral("/b.png"), "PNG"));
        m_log = m_dir.filePath(QStringLiteral("requests.log"));
        m_server.start(QStringLiteral("python3"),
                       {QStringLiteral(ENTAIL_SOURCE_DIR "/tests/fetch_server.py"), fixtures, m_log});
        QVERIFY(m_server.waitForStarted());
        QVERIFY(m_server.waitForReadyRead(10000));
        const int port = m_server.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void everyStatusRecorded();
    void cancelLeavesNothing();
    void commandLine();
    void windowGetImages();
    void limitsAndLeftovers();
    void bannerOffersGetImages();
    void killedMidTransfer();
};

void TestFetch::everyStatusRecorded()
{
    std::vector<std::pair<QString, QString>> tweets;
    for (const Case &c : kCases)
        tweets.emplace_back(QString::fromLatin1(c.id), url(c.path));
    const QString project = makeProject(QStringLiteral("statuses.entail"), tweets);
    const QStringList before = filesUnder(m_dir.path());
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ProjectFetch::run(project, quickOptions(), false, {}, &result, &error), qPrintable(error));
    QCOMPARE(int(result.outcomes.size()), int(std::size(kCases)));
    ProjectStore store;
    QVERIFY(store.open(project, &error));
    QMap<QString, ImageFetchRecord> records;
    for (const ImageFetchRecord &r : store.fetchRecords())
        records.insert(r.tweetId, r);
    for (const Case &c : kCases) {
        const ImageFetchRecord r = records.value(QString::fromLatin1(c.id));
        qInfo("%s %s: %s (%s)", c.id, c.path, qPrintable(r.status), qPrintable(r.reason));
        QCOMPARE(r.status, QString::fromLatin1(c.status));
        QCOMPARE(r.reason.isEmpty(), r.status == QLatin1String("ok"));
        QCOMPARE(r.url, url(c.path));
    }
    QVERIFY(records.value(QStringLiteral("108")).reason.contains(QLatin1String("5 redirects")));
    QVERIFY(records.value(QStringLiteral("109")).reason.contains(QLatin1String("file:///etc/passwd")));
    // A 4xx is not retried; a 5xx and a timeout are (once, with these options); a redirect loop stops at 5.
    QCOMPARE(requests(QStringLiteral("/missing.jpg")), 1);
    QCOMPARE(requests(QStringLiteral("/flaky.jpg")), 2);
    QCOMPARE(requests(QStringLiteral("/slow.jpg")), 2);
    QCOMPARE(requests(QStringLiteral("/loop.jpg")), 6);

    // Only the good images were written, under the ids' names with the URLs' extensions (102 is a PNG behind
    // a .jpg link: decoding goes by content), and only into the images folder.
    const QString images = project + QStringLiteral(".images");
    QCOMPARE(filesUnder(images), (QStringList{"101.jpg", "102.jpg", "104.jpg"}));
    QStringList outside = filesUnder(m_dir.path());
    outside.removeIf([&](const QString &f) {
        return before.contains(f) || f.startsWith(QLatin1String("statuses.entail")) || f == QLatin1String("requests.log");
    });
    QCOMPARE(outside, QStringList());
    QCOMPARE(store.meta(QStringLiteral("images_dir")).toString(), images);
    for (const Pair &p : store.dataset().pairs)
        for (const Tweet *t : {&p.first, &p.second})
            QCOMPARE(t->imageMissing, !QStringList({"101", "102", "104"}).contains(t->id));

    // A second run asks the server for nothing: the images are present, the failures are left out.
    const int asked = requests();
    ProjectFetchResult again;
    QVERIFY2(ProjectFetch::run(project, quickOptions(), false, {}, &again, &error), qPrintable(error));
    QCOMPARE(requests(), asked);
    QCOMPARE(int(again.outcomes.size()), 0);  // the found images are no longer missing in the project
    QCOMPARE(again.failedBefore, int(std::size(kCases)) - 3);
    QCOMPARE(again.haveImage, 3);
    // With --retry-failed only the failures are asked for again.
    ProjectFetchResult retried;
    QVERIFY2(ProjectFetch::run(project, quickOptions(), true, {}, &retried, &error), qPrintable(error));
    QCOMPARE(requests(QStringLiteral("/missing.jpg")), 2);
    QCOMPARE(requests(QStringLiteral("/img/a.jpg")), 1);
}

void TestFetch::cancelLeavesNothing()
{
    // An image that is present (put there by hand) is taken without a request; the slow one is cancelled.
    const QString project = makeProject(QStringLiteral("cancel.entail"),
                                        {{QStringLiteral("201"), url("/slow.jpg")},
                                         {QStringLiteral("202"), url("/img/b.png")}});
    const QString images = project + QStringLiteral(".images");
    QVERIFY(QDir().mkpath(images));
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("fixtures/b.png")), images + QStringLiteral("/202.png")));
    const int asked = requests(QStringLiteral("/img/b.png"));
    std::atomic<bool> cancel{false};
    FetchOptions options = quickOptions();
    options.timeoutMs = 20000;
    options.cancel = &cancel;
    QTimer::singleShot(300, [&] { cancel = true; });
    ProjectFetchResult result;
    QString error;
    QVERIFY2(ProjectFetch::run(project, options, false, {}, &result, &error), qPrintable(error));
    QVERIFY(result.cancelled);
    QCOMPARE(int(result.outcomes.size()), 1);
    QCOMPARE(result.outcomes.front().attempts, 0);
    QCOMPARE(requests(QStringLiteral("/img/b.png")), asked);
    QCOMPARE(filesUnder(images), QStringList{"202.png"});
    ProjectStore store;
    QVERIFY(store.open(project, &error));
    QVERIFY(store.fetchRecords().empty());  // nothing was attempted to the end: the next run tries again
    QCOMPARE(store.pair(store.dataset().pairs.front().key)->second.imageMissing, false);
}

void TestFetch::commandLine()
{
    const QString project = makeProject(QStringLiteral("cli.entail"), {{QStringLiteral("301"), url("/img/a.jpg")},
                                                                       {QStringLiteral("302"), url("/nothing.jpg")}});
    const test::CliRun bad = test::runEntail({QStringLiteral("fetch-images"), QStringLiteral("--project"), project,
                                              QStringLiteral("--jobs"), QStringLiteral("0")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QLatin1String("usage: entail fetch-images")));
    // The command's name is longer than the others': the summaries stay in one column.
    const test::CliRun help = test::runEntail({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QLatin1String("\n  fetch-images  download")), qPrintable(help.out));
    const test::CliRun missing = test::runEntail({QStringLiteral("fetch-images"), QStringLiteral("--project"),
                                                  m_dir.filePath(QStringLiteral("none.entail"))});
    QCOMPARE(missing.code, 2);
    const test::CliRun run = test::runEntail({QStringLiteral("fetch-images"), QStringLiteral("--project"), project,
                                              QStringLiteral("--jobs"), QStringLiteral("2"),
                                              QStringLiteral("--timeout"), QStringLiteral("5")});
    qInfo("%s%s", qPrintable(run.out), qPrintable(run.err));
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QLatin1String("ok: 1")));
    QVERIFY(run.out.contains(QLatin1String("not_found: 1")));
    QVERIFY(run.err.contains(QLatin1String("302 not_found: HTTP 404")));
    const test::CliRun again = test::runEntail({QStringLiteral("fetch-images"), QStringLiteral("--project"), project});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QLatin1String("already present: 1")));
    QVERIFY(again.out.contains(QLatin1String("not tried again (failed before; --retry-failed tries them): 1")));
}

// File > Get images...: the fetch runs on its own thread with progress; at the end the session finds the
// images again, so that the pair view shows them.
void TestFetch::windowGetImages()
{
    const QString project = makeProject(QStringLiteral("window.entail"), {{QStringLiteral("401"), url("/img/a.jpg")},
                                                                          {QStringLiteral("402"), url("/gone.jpg")}});
    ProjectSession session;
    QSignalSpy opened(&session, &ProjectSession::opened);
    session.open(project);
    QVERIFY(opened.wait(30000));
    ImageFetchDialog dialog(&session, nullptr);
    auto *job = dialog.findChild<ImageFetchJob *>();
    QVERIFY(job);
    QSignalSpy progressed(job, &ImageFetchJob::progressed);
    QSignalSpy located(&session, &ProjectSession::imagesLocated);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QVERIFY(located.wait(30000));
    QVERIFY(!dialog.isRunning());
    QVERIFY(progressed.count() >= 1);
    QCOMPARE(progressed.last().at(0).toInt(), 2);
    QCOMPARE(located.at(0).at(1).toInt(), 1);  // found
    QCOMPARE(session.pairs()->pairs().front().first.imageMissing, false);
    QCOMPARE(session.pairs()->pairs().front().second.imageMissing, true);
    bool said = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        qInfo("%s", qPrintable(label->text()));
        said = said || (label->text().contains(QLatin1String("1 image(s) fetched"))
                        && label->text().contains(QLatin1String("1 not found")));
    }
    QVERIFY(said);
    QCOMPARE(ImageFetchDialog::remaining(12.4), QStringLiteral("12 second(s)"));
    QCOMPARE(ImageFetchDialog::remaining(0.1), QStringLiteral("1 second(s)"));
    QCOMPARE(ImageFetchDialog::remaining(600), QStringLiteral("10 minute(s)"));
}

// At most 4 transfers to one host (8 jobs), or fewer jobs; a temporary file left by a killed run is neither
// taken for an image nor in the way; with too little free space nothing starts.
void TestFetch::limitsAndLeftovers()
{
    std::vector<std::pair<QString, QString>> tweets;
    for (int i = 0; i < 10; ++i)
        tweets.emplace_back(QString::number(500 + i), m_base + QStringLiteral("/hold/%1.jpg").arg(i));
    const QString project = makeProject(QStringLiteral("limits.entail"), tweets);
    const QString images = project + QStringLiteral(".images");
    QVERIFY(QDir().mkpath(images));
    test::writeFile(images + QStringLiteral("/.500.part"), QByteArray("\xff\xd8\xff half a JPEG"));
    FetchOptions tooFull = quickOptions();
    tooFull.minFreeBytes = qint64(1) << 60;
    ProjectFetchResult stopped;
    QString error;
    QVERIFY2(ProjectFetch::run(project, tooFull, false, {}, &stopped, &error), qPrintable(error));
    QVERIFY(stopped.stopped.contains(QLatin1String("nearly full")));
    QVERIFY(stopped.outcomes.empty());
    QCOMPARE(requests(QStringLiteral("/hold/0.jpg")), 0);

    ProjectFetchResult result;
    FetchOptions options = quickOptions();
    options.timeoutMs = 20000;
    QVERIFY2(ProjectFetch::run(project, options, false, {}, &result, &error), qPrintable(error));
    QFile most(m_log + QStringLiteral(".max"));
    QVERIFY(most.open(QIODevice::ReadOnly));
    const int atOnce = most.readAll().toInt();
    qInfo("at most %d transfers at once to one host", atOnce);
    QVERIFY(atOnce >= 1 && atOnce <= 4);
    QCOMPARE(int(result.outcomes.size()), 10);
    for (const FetchOutcome &o : result.outcomes)
        QCOMPARE(fetchStatusKey(o.status), QStringLiteral("ok"));
    QStringList expected;
    for (int i = 0; i < 10; ++i)
        expected << QStringLiteral("%1.jpg").arg(500 + i);
    QCOMPARE(filesUnder(images), expected);  // the leftover was replaced and renamed, nothing else remains
}

// A project whose tweets link to their images and has none: the banner's button opens Get images, and once
// the images are fetched the banner goes and the pair shows its image.
void TestFetch::bannerOffersGetImages()
{
    const QString project = makeProject(QStringLiteral("banner.entail"), {{QStringLiteral("601"), url("/img/a.jpg")},
                                                                          {QStringLiteral("602"), url("/img/b.png")}});
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openProject(project);
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isOpen(), 20000);
    auto *banner = window.findChild<MessageBanner *>();
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QCOMPARE(banner->actionButton()->text(), QStringLiteral("Get images..."));
    banner->actionButton()->click();
    auto *dialog = window.findChild<ImageFetchDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->pairs()->pair(0).second.imageMissing, 30000);
    QVERIFY(!window.session()->pairs()->pair(0).first.imageMissing);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
}

// kill -9 of `entail fetch-images` in the middle of a body: what is left is the hidden temporary file, which
// no one takes for the image, and nothing is recorded, so that the next run fetches it again.
void TestFetch::killedMidTransfer()
{
    const QString project = makeProject(QStringLiteral("killed.entail"), {{QStringLiteral("701"), url("/drip.jpg")},
                                                                          {QStringLiteral("702"), QString()}});
    const QString images = project + QStringLiteral(".images");
    QProcess fetch;
    fetch.start(QDir(test::binDir()).filePath(QStringLiteral("entail")),
                {QStringLiteral("fetch-images"), QStringLiteral("--project"), project});
    QVERIFY(fetch.waitForStarted());
    const QString part = images + QStringLiteral("/.701.part");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 0, 20000);
    fetch.kill();  // SIGKILL
    QVERIFY(fetch.waitForFinished());
    QCOMPARE(filesUnder(images), QStringList{".701.part"});
    QVERIFY(ImageFetcher::presentFile(images, {QStringLiteral("701"), url("/drip.jpg")}).isEmpty());
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, &error), qPrintable(error));
    QVERIFY(store.fetchRecords().empty());
    QVERIFY(store.dataset().pairs.front().first.imageMissing);
}

QTEST_MAIN(TestFetch)
#include "test_fetch.moc"
