// entail label-issues: out-of-fold label-quality scores and likely label issues of a labeled CSV or project
// (confident learning, model/labelissues/); with --project the result is stored for the window.
#include "app/commands.h"
#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/csv.h"
#include "model/labelissues/labelissuefinder.h"
#include "model/labelissues/labelissuestore.h"
#include "model/store/store.h"

#include <QCoreApplication>

namespace entail::cli {
namespace {

class LabelIssuesCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QByteArray rankingCsv(const LabelIssueResult &r)
    {
        QByteArray csv = CsvWriter::row({QStringLiteral("id_1"), QStringLiteral("id_2"), QStringLiteral("given_label"),
                                         QStringLiteral("suggested_label"), QStringLiteral("label_quality"),
                                         QStringLiteral("is_issue"), QStringLiteral("p_contradictory"),
                                         QStringLiteral("p_implies"), QStringLiteral("p_noentailment")});
        for (const PairScore &s : r.ranking)
            csv += CsvWriter::row({s.id1, s.id2, labelName(s.given), labelName(s.suggested),
                                   QString::number(s.quality, 'f', 6), s.isIssue ? QStringLiteral("1") : QStringLiteral("0"),
                                   QString::number(s.probs[0], 'f', 6), QString::number(s.probs[1], 'f', 6),
                                   QString::number(s.probs[2], 'f', 6)});
        return csv;
    }

    static void printSummary(const LabelIssueResult &r)
    {
        constexpr int kNameWidth = 14, kColumn = 14;
        err() << tr("label issues: %1 labeled pairs, %2 folds x %3 rounds, %4 s")
                     .arg(r.ranking.size()).arg(r.folds).arg(r.repeats).arg(r.seconds, 0, 'f', 1)
              << "\n"
              << tr("estimated noise matrix (rows = given label, columns = estimated true label, pairs):") << "\n";
        printClassMatrix(err(), kNameWidth, kColumn, [&r](int i, int j) {
            return QString::number(r.noiseMatrix[size_t(i)][size_t(j)], 'f', 1);
        });
        err() << tr("likely label issues per given label:");
        for (int c = 0; c < kNumClasses; ++c)
            err() << " " << labelName(c) << " " << r.issuesPerLabel[size_t(c)];
        err() << "\n";
    }

    // --folds and --seed; false after printing what is wrong with them.
    static bool readOptions(const QCommandLineParser &parser, const QCommandLineOption &folds,
                            const QCommandLineOption &seed, LabelIssueOptions *options)
    {
        bool ok = false;
        options->folds = parser.value(folds).toInt(&ok);
        if (!ok || options->folds < 2 || options->folds > 100) {
            err() << tr("--folds: %1 is not a whole number from 2 to 100").arg(parser.value(folds)) << "\n";
            return false;
        }
        options->seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            err() << tr("--seed: %1 is not a non-negative whole number").arg(parser.value(seed)) << "\n";
            return false;
        }
        return true;
    }

    // The pairs of --data or --project (opened read-write into `store` to keep the result); false after
    // printing why not.
    static bool loadPairs(const QCommandLineParser &parser, const QCommandLineOption &data,
                          const QCommandLineOption &project, const QCommandLineOption &images, ProjectStore &store,
                          std::vector<Pair> *pairs)
    {
        if (parser.isSet(data)) {
            Dataset ds;
            if (!loadCsv(parser.value(data), parser.value(images), &ds))
                return false;
            *pairs = std::move(ds.pairs);
            return true;
        }
        QString message;
        if (!store.open(parser.value(project), &message)) {
            err() << message << "\n";
            return false;
        }
        if (store.isReadOnly()) {
            err() << tr("%1: the project is read-only; the scores could not be stored").arg(parser.value(project))
                  << "\n";
            return false;
        }
        *pairs = store.dataset().pairs;
        return true;
    }

    static int finish(const LabelIssueResult &result, ProjectStore &store, const QString &outFile)
    {
        printSummary(result);
        QString error;
        if (store.isOpen() && !LabelIssueStore::save(store, result, &error)) {
            err() << error << "\n";
            return Internal;
        }
        if (outFile.isEmpty()) {
            out() << rankingCsv(result);
            return Ok;
        }
        bool byMachine = false;
        if (!OutputPath::writeAtomically(outFile, rankingCsv(result), &error, &byMachine)) {
            err() << error << "\n";
            return byMachine ? Internal : BadInput;
        }
        return Ok;
    }

    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Rank labeled pairs by how likely their label is wrong (out-of-fold "
                                            "confident learning)."));
        const QCommandLineOption data(QStringLiteral("data"), tr("Labeled CSV (tweets schema)."), tr("FILE"));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file; the result is stored in it."),
                                         tr("FILE"));
        const QCommandLineOption images(QStringLiteral("images"), tr("Folder holding <id>.<ext> images."), tr("DIR"));
        const QCommandLineOption folds(QStringLiteral("folds"), tr("Number of folds (default 5)."), tr("K"),
                                       QStringLiteral("5"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the fold assignment (default 0)."),
                                      tr("N"), QStringLiteral("0"));
        const QCommandLineOption outFile(QStringLiteral("out"), tr("Write the ranking CSV here instead of stdout."),
                                         tr("FILE"));
        parser.addOptions({data, project, images, folds, seed, outFile});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (parser.isSet(data) == parser.isSet(project)) {
            err() << tr("usage: entail label-issues --data FILE.csv|--project FILE [--images DIR] [--folds K] "
                        "[--seed N] [--out ranking.csv]")
                  << "\n";
            return BadInput;
        }
        LabelIssueOptions options;
        QString error;
        if (!readOptions(parser, folds, seed, &options)
            || (parser.isSet(outFile) && !OutputPath::check(parser.value(outFile), &error))) {
            if (!error.isEmpty())
                err() << error << "\n";
            return BadInput;
        }
        ProjectStore store;
        std::vector<Pair> pairs;
        if (!loadPairs(parser, data, project, images, store, &pairs))
            return BadInput;
        LabelIssueResult result;
        if (!LabelIssueFinder::find(pairs, options, &result, [](int done, int total) {
                err() << "\r" << tr("fold rounds %1/%2").arg(done).arg(total);
                err().flush();
                return true;
            })) {
            err() << tr("%1: too few labeled pairs for %2 folds")
                         .arg(parser.value(parser.isSet(data) ? data : project)).arg(options.folds)
                  << "\n";
            return BadInput;
        }
        err() << "\n";
        return finish(result, store, parser.value(outFile));
    }
};

const Registration labelIssuesCommand({QStringLiteral("label-issues"),
                                       LabelIssuesCli::tr("rank labeled pairs by how likely their label is wrong"),
                                       &LabelIssuesCli::run});

}  // namespace
}  // namespace entail::cli
