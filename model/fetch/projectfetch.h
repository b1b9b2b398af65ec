#pragma once
// Fetching a project's missing images: which tweets need one (an image URL, no image found, not failed
// before unless asked), the fetch itself, and what it leaves in the project (a record per attempt, the pairs'
// image files). Runs on the calling thread with its own ProjectStore connection (any thread).
#include "model/fetch/fetchtypes.h"
#include "model/fetch/imagefetcher.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace entail {

class ProjectStore;

struct ProjectFetchResult {
    std::vector<FetchOutcome> outcomes;  // this run's, present images included (attempts == 0)
    int failedBefore = 0;                // tweets left out: their last attempt failed (retryFailed unset)
    int withoutUrl = 0;                  // tweets with no image and no URL
    int haveImage = 0;                   // tweets whose image the project has found already (not asked for)
    int skipped = 0;                     // archive: entries that are no missing image's
    int notInArchive = 0;                // archive: tweets missing their image that it does not hold
    bool cancelled = false;
    QString imagesDir;
    QString stopped;                     // why the run stopped early (disk full), else empty
};

class ProjectFetch final {
    Q_DECLARE_TR_FUNCTIONS(ProjectFetch)
public:
    // The images folder recorded in the project, else "<project file>.images" beside it.
    static QString imagesDir(const ProjectStore &store);
    // The tweets to fetch, one per tweet id.
    static std::vector<FetchTask> tasks(const ProjectStore &store, bool retryFailed, ProjectFetchResult *result);
    // False with `error` when the project cannot be opened or written, or the images folder not created;
    // failed images are not errors (their outcomes say why).
    static bool run(const QString &projectFile, const FetchOptions &options, bool retryFailed,
                    const ImageFetcher::Progress &progress, ProjectFetchResult *result, QString *error);
    // Opens a writable project and creates its images folder (result->imagesDir).
    static bool prepare(ProjectStore &store, const QString &projectFile, ProjectFetchResult *result, QString *error);
    // Records the outcomes that have a tweet id; the pairs whose tweets now have an image point at it.
    static bool record(ProjectStore &store, const ProjectFetchResult &result, QString *error);
};

}  // namespace entail
