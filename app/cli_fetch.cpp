// entail fetch-images: the tweets' images from the URLs in a project (or from an archive), into its images
// folder.
#include "app/commands.h"
#include "model/core/outputpath.h"
#include "model/fetch/archivefetch.h"
#include "model/fetch/fetchfailurelist.h"
#include "model/fetch/projectfetch.h"
#include "model/store/store.h"

#include <QCoreApplication>
#include <QMap>

namespace entail::cli {
namespace {

class FetchCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr("usage: entail fetch-images --project FILE [--archive FILE|URL] [--jobs N] [--retry-failed] "
                  "[--timeout S] [--max-unpacked MB] [--failures OUT.csv]");
    }

    static void printSummary(const ProjectFetchResult &r)
    {
        QMap<QString, int> counts;
        int present = r.haveImage;
        for (const FetchOutcome &o : r.outcomes)
            (o.attempts == 0 && o.status == FetchStatus::Ok) ? ++present : ++counts[fetchStatusKey(o.status)];
        out() << tr("images folder: %1").arg(r.imagesDir) << "\n"
              << tr("already present: %1").arg(present) << "\n";
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out() << QStringLiteral("%1: %2").arg(it.key()).arg(it.value()) << "\n";
        if (r.failedBefore > 0)
            out() << tr("not tried again (failed before; --retry-failed tries them): %1").arg(r.failedBefore) << "\n";
        if (r.withoutUrl > 0)
            out() << tr("no image and no URL: %1").arg(r.withoutUrl) << "\n";
        if (r.skipped > 0)
            out() << tr("archive entries of no missing image (skipped): %1").arg(r.skipped) << "\n";
        if (r.notInArchive > 0)
            out() << tr("missing images the archive does not hold: %1").arg(r.notInArchive) << "\n";
        for (const FetchOutcome &o : r.outcomes)
            if (o.status != FetchStatus::Ok)
                err() << QStringLiteral("%1 %2: %3 (%4)").arg(o.task.tweetId.isEmpty() ? QStringLiteral("-") : o.task.tweetId,
                                                            fetchStatusKey(o.status), o.reason,
                                                            o.task.url)
                      << "\n";
        if (!r.stopped.isEmpty())
            err() << r.stopped << "\n";
    }

    // False (after printing the usage) when an option's value is out of range.
    static bool readOptions(const QCommandLineParser &parser, FetchOptions *options)
    {
        bool okJobs = false, okTimeout = false, okUnpacked = false;
        options->jobs = parser.value(QStringLiteral("jobs")).toInt(&okJobs);
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&okTimeout);
        const qint64 unpackedMb = parser.value(QStringLiteral("max-unpacked")).toLongLong(&okUnpacked);
        if (!parser.isSet(QStringLiteral("project")) || !okJobs || options->jobs < 1 || options->jobs > 64
            || !okTimeout || seconds <= 0 || seconds > 3600 || !okUnpacked || unpackedMb < 1
            || unpackedMb > (qint64(1) << 24) || !parser.positionalArguments().isEmpty()) {
            err() << usage() << "\n";
            return false;
        }
        options->timeoutMs = int(seconds * 1000);
        options->maxUnpackedBytes = unpackedMb * 1024 * 1024;
        return true;
    }

    static bool writeFailures(const QString &projectFile, const QString &path)
    {
        ProjectStore store;
        QString error;
        const bool written = store.open(projectFile, &error)
                             && FetchFailureList::write(path, store.fetchRecords(), &error);
        if (!written)
            err() << error << "\n";
        else
            out() << tr("failure list: %1 (%2 images)").arg(path).arg(FetchFailureList::count(store.fetchRecords()))
                  << "\n";
        return written;
    }

    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Download the tweets' images from the URLs in a project, or take them "
                                            "from an archive."));
        const QCommandLineOption archive(QStringLiteral("archive"),
                                         tr("Take the images from this .tar.gz, .tar or .zip (file or URL)."),
                                         tr("FILE|URL"));
        const QCommandLineOption failures(QStringLiteral("failures"),
                                          tr("Write the images that are not ok to this CSV."), tr("OUT.csv"));
        parser.addOptions({{QStringLiteral("project"), tr("Project file."), tr("FILE")}, archive,
                           {QStringLiteral("jobs"), tr("Transfers at once (at most 4 to one host)."), tr("N"),
                            QStringLiteral("8")},
                           {QStringLiteral("retry-failed"), tr("Try again the images that failed before.")},
                           {QStringLiteral("timeout"), tr("Seconds per transfer."), tr("S"), QStringLiteral("30")},
                           {QStringLiteral("max-unpacked"), tr("Megabytes an archive may unpack to."), tr("MB"),
                            QStringLiteral("4096")},
                           failures});
        int code = Ok;
        FetchOptions options;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (!readOptions(parser, &options))
            return BadInput;
        QString message;
        if (parser.isSet(failures) && !OutputPath::check(parser.value(failures), &message)) {
            err() << message << "\n";
            return BadInput;
        }
        const QString projectFile = parser.value(QStringLiteral("project"));
        ProjectFetchResult result;
        int lastShown = -1;
        const auto progress = [&](const FetchProgress &p) {
            if (p.done == 0 || p.done == lastShown || (p.done % 50 != 0 && p.done != p.total))
                return;
            lastShown = p.done;
            err() << tr("fetched %1/%2 (%3 MB)").arg(p.done).arg(p.total).arg(p.bytes / 1e6, 0, 'f', 1) << "\n";
            err().flush();
        };
        const bool ran = parser.isSet(archive)
                             ? ArchiveFetch::run(projectFile, parser.value(archive), options, progress, &result, &message)
                             : ProjectFetch::run(projectFile, options, parser.isSet(QStringLiteral("retry-failed")),
                                                 progress, &result, &message);
        if (!ran) {
            err() << message << "\n";
            return BadInput;
        }
        printSummary(result);
        if (parser.isSet(failures) && !writeFailures(projectFile, parser.value(failures)))
            return Internal;
        return result.stopped.isEmpty() ? Ok : Internal;
    }
};

const Registration fetchCommand({QStringLiteral("fetch-images"),
                                 FetchCli::tr("download the images from their URLs or an archive"),
                                 &FetchCli::run});

}  // namespace
}  // namespace entail::cli
