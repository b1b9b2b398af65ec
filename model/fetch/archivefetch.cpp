#include "model/fetch/archivefetch.h"

#include "model/fetch/fetchtransfer.h"
#include "model/store/store.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrl>

#include <fcntl.h>
#include <unistd.h>

namespace entail {

namespace {
// The images reach the disk before the project says they are there: one syncfs for the whole archive instead
// of an fsync per file.
void syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return;
    ::syncfs(fd);
    ::close(fd);
}
}  // namespace

bool ArchiveFetch::isUrl(const QString &source)
{
    return source.contains(QLatin1String("://"));
}

bool ArchiveFetch::run(const QString &projectFile, const QString &source, const FetchOptions &options,
                       const ImageFetcher::Progress &progress, ProjectFetchResult *result, QString *error)
{
    if (isUrl(source) && !FetchTransfer::refusal({QStringLiteral("0"), source}).isEmpty()) {
        *error = tr("%1: only http and https archives are downloaded").arg(source.left(200));
        return false;
    }
    if (!isUrl(source) && !QFileInfo(source).isFile()) {
        *error = tr("%1: no such archive file").arg(source);
        return false;
    }
    ProjectStore store;
    if (!ProjectFetch::prepare(store, projectFile, result, error))
        return false;
    const QSet<QString> todo = wanted(store, result);
    QString file = source;
    if (isUrl(source)) {
        file = download(source, options, progress, result);
        if (file.isEmpty())
            return true;  // result->stopped says why; nothing was taken
    }
    ArchiveExtractor extractor(result->imagesDir, options);
    ArchiveResult extracted = extractor.run(file, source, todo, progress);
    if (isUrl(source))
        QFile::remove(file);
    QSet<QString> seen;
    for (const FetchOutcome &o : extracted.outcomes)
        seen.insert(o.task.tweetId);
    for (const QString &id : todo)
        result->notInArchive += seen.contains(id) ? 0 : 1;
    result->outcomes = std::move(extracted.outcomes);
    result->skipped = extracted.skipped;
    result->cancelled = extracted.cancelled;
    result->stopped = extracted.stopped;
    syncFolder(result->imagesDir);
    return ProjectFetch::record(store, *result, error);
}

// The tweets missing their image, whether or not they have a URL or failed before.
QSet<QString> ArchiveFetch::wanted(const ProjectStore &store, ProjectFetchResult *result)
{
    QSet<QString> ids, having;
    for (const Pair &p : store.dataset().pairs)
        for (const Tweet *t : {&p.first, &p.second})
            (t->imageMissing ? ids : having).insert(t->id);
    ids.subtract(having);  // a tweet in several pairs that has its image in one of them
    result->haveImage = int(having.size());
    return ids;
}

QString ArchiveFetch::download(const QString &url, const FetchOptions &options, const ImageFetcher::Progress &progress,
                               ProjectFetchResult *result)
{
    FetchOptions o = options;
    o.maxBytes = options.maxUnpackedBytes;
    o.timeoutMs = options.archiveTimeoutMs;
    const QString file = QDir(result->imagesDir).filePath(QStringLiteral(".archive.download"));
    QNetworkAccessManager network;
    QEventLoop loop;
    FetchTransfer transfer(&network, {QStringLiteral("archive"), url}, result->imagesDir, o);
    transfer.keepUndecoded(file);
    qint64 received = 0;
    QObject::connect(&transfer, &FetchTransfer::received, &loop, [&](qint64 bytes) {
        received += bytes;
        if (progress)
            progress(FetchProgress{0, 0, received});
    });
    QObject::connect(&transfer, &FetchTransfer::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;  // the flag is set from other threads
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (options.cancel && options.cancel->load()) {
            transfer.abort();
            result->cancelled = true;
            loop.quit();
        }
    });
    cancelPoll.start(50);
    transfer.start();
    loop.exec();
    if (result->cancelled)
        return {};
    const FetchOutcome &outcome = transfer.outcome();
    if (outcome.status == FetchStatus::Ok)
        return file;
    result->stopped = tr("cannot download the archive %1: %2 (%3)")
                          .arg(url.left(200), outcome.reason, fetchStatusKey(outcome.status));
    return {};
}

}  // namespace entail
