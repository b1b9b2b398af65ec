// entail fetch-images: the tweets' images from the URLs in a project, into its images folder.
#include "app/commands.h"
#include "model/fetch/projectfetch.h"

#include <QCoreApplication>
#include <QMap>

namespace entail::cli {
namespace {

class FetchCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr("usage: entail fetch-images --project FILE [--jobs N] [--retry-failed] [--timeout S]");
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
        for (const FetchOutcome &o : r.outcomes)
            if (o.status != FetchStatus::Ok)
                err() << QStringLiteral("%1 %2: %3 (%4)").arg(o.task.tweetId, fetchStatusKey(o.status), o.reason,
                                                            o.task.url)
                      << "\n";
        if (!r.stopped.isEmpty())
            err() << r.stopped << "\n";
    }

    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Download the tweets' images from the URLs in a project."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file."), tr("FILE"));
        const QCommandLineOption jobs(QStringLiteral("jobs"), tr("Transfers at once (at most 4 to one host)."),
                                      tr("N"), QStringLiteral("8"));
        const QCommandLineOption retry(QStringLiteral("retry-failed"), tr("Try again the images that failed before."));
        const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds per transfer."), tr("S"),
                                         QStringLiteral("30"));
        parser.addOptions({project, jobs, retry, timeout});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        bool okJobs = false, okTimeout = false;
        FetchOptions options;
        options.jobs = parser.value(jobs).toInt(&okJobs);
        const double seconds = parser.value(timeout).toDouble(&okTimeout);
        if (!parser.isSet(project) || !okJobs || options.jobs < 1 || options.jobs > 64 || !okTimeout
            || seconds <= 0 || seconds > 3600 || !parser.positionalArguments().isEmpty()) {
            err() << usage() << "\n";
            return BadInput;
        }
        options.timeoutMs = int(seconds * 1000);
        ProjectFetchResult result;
        QString message;
        int lastShown = -1;
        const auto progress = [&](const FetchProgress &p) {
            if (p.done == 0 || p.done == lastShown || (p.done % 50 != 0 && p.done != p.total))
                return;
            lastShown = p.done;
            err() << tr("fetched %1/%2 (%3 MB)").arg(p.done).arg(p.total).arg(p.bytes / 1e6, 0, 'f', 1) << "\n";
            err().flush();
        };
        if (!ProjectFetch::run(parser.value(project), options, parser.isSet(retry), progress, &result, &message)) {
            err() << message << "\n";
            return BadInput;
        }
        printSummary(result);
        return result.stopped.isEmpty() ? Ok : Internal;
    }
};

const Registration fetchCommand({QStringLiteral("fetch-images"), FetchCli::tr("download the images from their URLs"),
                                 &FetchCli::run});

}  // namespace
}  // namespace entail::cli
