#pragma once
// A project's missing images from one archive (`entail fetch-images --archive`, Get images > from an
// archive): a URL is first downloaded with the image transfers' code (http/https, redirects, timeout, the
// unpacked-bytes cap as its size cap) to a hidden file in the images folder, which is removed afterwards;
// then ArchiveExtractor takes the entries of the tweets missing their image, and ProjectFetch records them.
#include "model/fetch/archiveextractor.h"
#include "model/fetch/projectfetch.h"

#include <QCoreApplication>
#include <QString>

namespace entail {

class ArchiveFetch final {
    Q_DECLARE_TR_FUNCTIONS(ArchiveFetch)
public:
    static bool isUrl(const QString &source);  // has a scheme (only http and https are then accepted)
    // False with `error` when the project or the archive cannot be used at all; an archive that cannot be
    // downloaded, is damaged or hits a cap ends with result->stopped (what was taken before is recorded).
    static bool run(const QString &projectFile, const QString &source, const FetchOptions &options,
                    const ImageFetcher::Progress &progress, ProjectFetchResult *result, QString *error);

private:
    static QString download(const QString &url, const FetchOptions &options, const ImageFetcher::Progress &progress,
                            ProjectFetchResult *result);
    static QSet<QString> wanted(const ProjectStore &store, ProjectFetchResult *result);
};

}  // namespace entail
