#include "model/fetch/projectfetch.h"

#include "model/store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace entail {

QString ProjectFetch::imagesDir(const ProjectStore &store)
{
    const QString recorded = store.meta(QStringLiteral("images_dir")).toString();
    if (!recorded.isEmpty())
        return recorded;
    return QFileInfo(store.path()).absoluteFilePath() + QStringLiteral(".images");
}

std::vector<FetchTask> ProjectFetch::tasks(const ProjectStore &store, bool retryFailed, ProjectFetchResult *result)
{
    QSet<QString> failed;
    if (!retryFailed)
        for (const ImageFetchRecord &r : store.fetchRecords())
            if (r.status != fetchStatusKey(FetchStatus::Ok))
                failed.insert(r.tweetId);
    std::vector<FetchTask> tasks;
    QSet<QString> seen;
    for (const Pair &p : store.dataset().pairs) {
        for (const Tweet *t : {&p.first, &p.second}) {
            if (seen.contains(t->id))
                continue;
            seen.insert(t->id);
            if (!t->imageMissing)
                ++result->haveImage;
            else if (t->imageUrl.isEmpty())
                ++result->withoutUrl;
            else if (failed.contains(t->id))
                ++result->failedBefore;
            else
                tasks.push_back({t->id, t->imageUrl});
        }
    }
    return tasks;
}

bool ProjectFetch::run(const QString &projectFile, const FetchOptions &options, bool retryFailed,
                       const ImageFetcher::Progress &progress, ProjectFetchResult *result, QString *error)
{
    ProjectStore store;
    if (!prepare(store, projectFile, result, error))
        return false;
    const std::vector<FetchTask> todo = tasks(store, retryFailed, result);
    ImageFetcher fetcher(result->imagesDir, options);
    result->outcomes = fetcher.run(todo, progress);
    result->cancelled = fetcher.wasCancelled();
    result->stopped = fetcher.error();
    return record(store, *result, error);
}

bool ProjectFetch::prepare(ProjectStore &store, const QString &projectFile, ProjectFetchResult *result, QString *error)
{
    if (!store.open(projectFile, error))
        return false;
    if (store.isReadOnly()) {
        *error = tr("%1: the project is read-only; images cannot be recorded in it").arg(projectFile);
        return false;
    }
    result->imagesDir = QDir::cleanPath(QFileInfo(imagesDir(store)).absoluteFilePath());
    if (!QDir().mkpath(result->imagesDir)) {
        *error = tr("%1: cannot create the images folder").arg(result->imagesDir);
        return false;
    }
    return true;
}

// Every attempt is recorded; the pairs whose tweets now have an image point at it.
bool ProjectFetch::record(ProjectStore &store, const ProjectFetchResult &result, QString *error)
{
    std::vector<ImageFetchRecord> records;
    QHash<QString, QString> files;
    for (const FetchOutcome &o : result.outcomes) {
        if (o.status == FetchStatus::Ok)
            files.insert(o.task.tweetId, o.file);
        if (o.task.tweetId.isEmpty())
            continue;  // an archive's entry of no tweet (refused: it is in the summary, not in the project)
        if (o.attempts > 0 || o.status != FetchStatus::Ok)
            records.push_back({o.task.tweetId, o.task.url, o.time, o.bytes, fetchStatusKey(o.status), o.reason});
    }
    std::vector<Pair> changed;
    for (Pair p : store.dataset().pairs) {
        bool touched = false;
        for (Tweet *t : {&p.first, &p.second}) {
            if (t->imageMissing && files.contains(t->id)) {
                t->imageFile = files.value(t->id);
                t->imageMissing = false;
                touched = true;
            }
        }
        if (touched)
            changed.push_back(std::move(p));
    }
    const bool rememberFolder = store.meta(QStringLiteral("images_dir")).toString().isEmpty() && !files.isEmpty();
    return store.recordFetches(records, error) && store.setImageInfo(changed, error)
        && (!rememberFolder || store.setMeta(QStringLiteral("images_dir"), result.imagesDir, error));
}

}  // namespace entail
