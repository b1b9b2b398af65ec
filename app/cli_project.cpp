// entail import / export / demo: dataset in and out of a project file.
#include "app/commands.h"
#include "model/core/outputpath.h"
#include "model/data/annotationexport.h"
#include "model/data/importer.h"
#include "model/data/reviewexport.h"
#include "model/store/projectbuilder.h"
#include "model/store/projectcopy.h"
#include "model/store/projectexport.h"
#include "model/store/projectimport.h"
#include "model/store/reviewstore.h"
#include "model/store/store.h"
#include "model/team/projectlocator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

namespace entail::cli {
namespace {

// Opens `file`, or prints why not (a damaged project is refused naming it): the command returns BadInput.
bool openProject(ProjectStore &store, const QString &file,
                 ProjectStore::Checks checks = ProjectStore::Checks::Full)
{
    QString message;
    if (store.open(file, &message, {}, ProjectStore::Access::ReadWrite, checks))
        return true;
    err() << message << "\n";
    return false;
}

class ProjectCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // Remembered in the project so that the window, which finds the images again on every open, keeps
    // accepting image paths outside the CSV's and the images folder.
    static bool rememberOutsidePaths(const QString &projectFile, QString *message)
    {
        ProjectStore store;
        return store.open(projectFile, message)
            && store.setMeta(QStringLiteral("allow_outside_paths"), true, message);
    }

    // A path where a new project can be created; otherwise prints why (before SQLite could fail on it).
    static bool isNewProjectPath(const QString &projectFile)
    {
        QString message;
        if (!OutputPath::check(projectFile, &message)) {
            err() << message << "\n";
            return false;
        }
        if (QFileInfo::exists(projectFile)) {
            err() << tr("%1: the project exists already; choose a new file name").arg(projectFile) << "\n";
            return false;
        }
        return true;
    }

    static int runImport(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Import a tweets CSV into a new project file."));
        parser.addPositionalArgument(QStringLiteral("csv"), tr("CSV file in the tweets schema."));
        const QCommandLineOption images(QStringLiteral("images"), tr("Folder holding <id>.<ext> images."),
                                        tr("DIR"));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file to create (*.entail)."),
                                         tr("FILE"));
        const QCommandLineOption annotator(QStringLiteral("annotator"), tr("Name recorded in the log."),
                                           tr("NAME"), QStringLiteral("import"));
        const QCommandLineOption outside(QStringLiteral("allow-outside-paths"),
                                         tr("Accept image paths outside the CSV's folder and the images folder."));
        parser.addOptions({images, project, annotator, outside});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (parser.positionalArguments().size() != 1 || !parser.isSet(project)) {
            err() << tr("usage: entail import <csv> [--images DIR] --project FILE") << "\n";
            return BadInput;
        }
        const QString csv = parser.positionalArguments().constFirst();
        if (ProjectLocator::isServerUrl(parser.value(project)))
            return importToServer(arguments, parser.value(project));
        const QString projectFile = parser.value(project);
        if (!isNewProjectPath(projectFile))
            return BadInput;
        QString message;
        // Locked before the CSV is read, so that a second import of the same name fails at once.
        ProjectBuilder builder(projectFile);
        if (!builder.lock(&message)) {
            err() << message << "\n";
            return builder.failedOnFullDisk() ? Internal : BadInput;
        }
        ImportOptions options;
        options.imagesDir = parser.value(images);
        options.allowOutsidePaths = parser.isSet(outside);
        if (!options.imagesDir.isEmpty() && !QFileInfo(options.imagesDir).isDir())
            err() << tr("warning: %1: no such images folder; images will be marked missing")
                         .arg(options.imagesDir) << "\n";
        const QString imagesDir =
            options.imagesDir.isEmpty() ? QString() : QFileInfo(options.imagesDir).absoluteFilePath();
        ProjectImport import(csv, options);
        bool progressShown = false;
        import.setProgress([&progressShown](const ImportProgress &p) { progressShown = printProgress(p); });
        const ProjectImport::Result result = import.run(builder, parser.value(annotator), imagesDir, &message);
        if (progressShown)
            err() << "\n";  // ends the progress line
        if (result != ProjectImport::Result::Ok) {
            err() << message << "\n";
            return result == ProjectImport::Result::BadInput ? BadInput : Internal;
        }
        if (options.allowOutsidePaths && !rememberOutsidePaths(projectFile, &message)) {
            err() << message << "\n";
            return Internal;
        }
        printProjectSummary(import.counts(), projectFile);
        return Ok;
    }

    // A server project is built as a file first (the streamed import with all its checks) and then copied to
    // the server in one transaction: the project appears there complete or not at all.
    static int importToServer(QStringList arguments, const QString &locator)
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("import.entail"));
        for (QString &a : arguments)  // --project URL or --project=URL
            if (a == locator || a == QStringLiteral("--project=") + locator)
                a.replace(locator, file);
        const int code = runImport(arguments);
        if (code != Ok)
            return code;
        QString message;
        if (!ProjectCopy::copy(file, locator, &message)) {
            err() << message << "\n";
            return Internal;
        }
        err() << tr("%1: created on the server").arg(locator) << "\n";
        return Ok;
    }

    // About every second on stderr, on one line: pairs so far, pairs/s and the time left (from the bytes read).
    static bool printProgress(const ImportProgress &p)
    {
        const double seconds = std::max<qint64>(p.elapsedMs, 1) / 1000.0;
        const double share = p.bytesTotal > 0 ? double(p.bytesRead) / double(p.bytesTotal) : 1.0;
        const double left = share > 0 ? seconds * (1.0 - share) / share : 0.0;
        err() << "\r"
              << tr("imported %1 pairs (%2%), %3 pairs/s, about %4 s left")
                     .arg(p.pairs).arg(qRound(100 * share)).arg(qRound64(p.pairs / seconds)).arg(qRound64(left))
              << "   ";
        err().flush();
        return true;
    }

    static int runExport(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Export the current labels as CSV (import schema) or JSONL."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."), tr("PROJECT"));
        const QCommandLineOption output(QStringLiteral("out"), tr("FILE.csv or FILE.jsonl."), tr("FILE"));
        const QCommandLineOption absolute(QStringLiteral("absolute-paths"),
                                          tr("Write absolute image paths (default: relative to the output's folder)."));
        const QCommandLineOption reviews(QStringLiteral("reviews"),
                                         tr("Also write the review history (skipped, unsure, label is right, "
                                            "comments) to FILE.csv."),
                                         tr("FILE"));
        const QCommandLineOption annotations(QStringLiteral("annotations"),
                                             tr("Also write every annotator's label of each pair (entail label) to "
                                                "FILE.csv."),
                                             tr("FILE"));
        parser.addOptions({project, output, absolute, reviews, annotations});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (!parser.isSet(project) || (!parser.isSet(output) && !parser.isSet(reviews) && !parser.isSet(annotations))) {
            err() << tr("usage: entail export --project FILE [--out FILE.csv|FILE.jsonl] [--absolute-paths] "
                        "[--reviews FILE.csv] [--annotations FILE.csv]")
                  << "\n";
            return BadInput;
        }
        QString message;
        for (const QCommandLineOption *o : {&output, &reviews, &annotations})  // a wrong path is the user's: exit 2, nothing written
            if (parser.isSet(*o) && !OutputPath::check(parser.value(*o), &message)) {
                err() << message << "\n";
                return BadInput;
            }
        // The labels alone are streamed, and the pairs checked as they are read (ProjectExport); the review
        // and annotator exports read every pair at once, after the full checks.
        const bool labelsOnly = !parser.isSet(reviews) && !parser.isSet(annotations);
        ProjectStore store;
        if (!openProject(store, parser.value(project),
                         labelsOnly ? ProjectStore::Checks::WhileReading : ProjectStore::Checks::Full))
            return BadInput;
        if (parser.isSet(output) && (code = writeLabels(store, parser.value(output), parser.isSet(absolute))) != Ok)
            return code;
        if (labelsOnly)
            return Ok;
        const Dataset ds = store.dataset();
        if (parser.isSet(reviews) && (code = writeReviews(store, ds, parser.value(reviews))) != Ok)
            return code;
        return parser.isSet(annotations) ? writeAnnotations(store, ds, parser.value(annotations)) : Ok;
    }

    static int writeLabels(const ProjectStore &store, const QString &target, bool absolute)
    {
        const bool jsonl = target.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
        if (!jsonl && !target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
            err() << tr("%1: the output must end in .csv or .jsonl").arg(target) << "\n";
            return BadInput;
        }
        const ProjectExport::Result r = ProjectExport::write(store, target, absolute);
        if (r.outcome != ProjectExport::Outcome::Written) {
            err() << r.error << "\n";
            return r.outcome == ProjectExport::Outcome::Refused ? BadInput : Internal;
        }
        out() << tr("%1: %2 pairs written").arg(target).arg(r.pairs) << "\n";
        if (!r.imagesFolder.isEmpty())  // import confines images to the CSV's folder and the images folder it is given
            out() << tr("note: the images lie outside the output's folder; import with --images %1").arg(r.imagesFolder)
                  << "\n";
        return Ok;
    }

    static int writeReviews(const ProjectStore &store, const Dataset &ds, const QString &target)
    {
        QString message;
        const std::vector<ReviewEntry> entries = ReviewStore::history(store);
        if (!ReviewExport::write(target, entries, ds.pairs, &message)) {
            err() << message << "\n";
            return Internal;
        }
        out() << tr("%1: %2 review entries written").arg(target).arg(entries.size()) << "\n";
        return Ok;
    }

    static int writeAnnotations(const ProjectStore &store, const Dataset &ds, const QString &target)
    {
        QString message;
        const std::vector<AnnotatorLabelRecord> labels = store.annotatorLabels();
        if (!AnnotationExport::write(target, labels, ds.pairs, &message)) {
            err() << message << "\n";
            return Internal;
        }
        out() << tr("%1: %2 annotator labels written").arg(target).arg(labels.size()) << "\n";
        return Ok;
    }
};

// entail project check|backup: a project's health and a consistent copy of it, while others may write.
class ProjectFileCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static QString usage()
    {
        return tr("usage: entail project check --project FILE | entail project backup --project FILE --out FILE"
                  " | entail project copy SOURCE TARGET");
    }

    // Between a file and a server, either way: the target must not exist; an export of it equals the source's.
    static int copy(const QStringList &arguments)
    {
        if (arguments.size() != 4) {
            err() << usage() << "\n";
            return BadInput;
        }
        QString message;
        if (!ProjectLocator::isServerUrl(arguments[3]) && !OutputPath::check(arguments[3], &message)) {
            err() << message << "\n";
            return BadInput;
        }
        const bool ok = ProjectCopy::copy(arguments[2], arguments[3], &message, [](const QString &table, qint64 rows) {
            if (rows > 0)
                err() << tr("%1: %2 rows").arg(table).arg(rows) << "\n";
        });
        if (!ok) {
            err() << message << "\n";
            return BadInput;
        }
        out() << tr("%1 copied to %2").arg(arguments[2], arguments[3]) << "\n";
        return Ok;
    }

    static int run(const QStringList &arguments)
    {
        const QString sub = arguments.value(1);
        if (sub == QLatin1String("copy"))
            return copy(arguments);
        if (sub != QLatin1String("check") && sub != QLatin1String("backup")) {
            err() << usage() << "\n";
            return (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? Ok : BadInput;
        }
        QCommandLineParser parser;
        parser.setApplicationDescription(sub == QLatin1String("check")
                                             ? tr("Check a project file for damage.")
                                             : tr("Write a consistent single-file copy of a project, "
                                                  "also while it is open elsewhere."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."), tr("PROJECT"));
        const QCommandLineOption output(QStringLiteral("out"), tr("Backup file to create."), tr("FILE"));
        parser.addOption(project);
        if (sub == QLatin1String("backup"))
            parser.addOption(output);
        int code = Ok;
        if (!parseArguments(parser, QStringList{arguments.constFirst() + QLatin1Char(' ') + sub} + arguments.mid(2),
                            &code))
            return code;
        if (!parser.isSet(project) || (sub == QLatin1String("backup") && !parser.isSet(output))) {
            err() << usage() << "\n";
            return BadInput;
        }
        QString message;
        if (sub == QLatin1String("backup") && !OutputPath::check(parser.value(output), &message)) {
            err() << message << "\n";
            return BadInput;
        }
        ProjectStore store;
        if (!openProject(store, parser.value(project)))
            return BadInput;
        if (sub == QLatin1String("check")) {
            out() << tr("%1: no damage found (%2 pairs)").arg(store.path()).arg(store.pairCount()) << "\n";
            return Ok;
        }
        if (!store.backup(parser.value(output), &message)) {
            err() << message << "\n";
            return QFileInfo::exists(parser.value(output)) ? BadInput : Internal;
        }
        out() << tr("%1: backup of %2 written (%3 pairs)").arg(parser.value(output), store.path()).arg(store.pairCount())
              << "\n";
        return Ok;
    }
};

const Registration importCommand({QStringLiteral("import"), ProjectCli::tr("import a CSV into a new project"),
                                  &ProjectCli::runImport});
const Registration exportCommand({QStringLiteral("export"), ProjectCli::tr("export current labels (CSV/JSONL)"),
                                  &ProjectCli::runExport});
const Registration projectCommand({QStringLiteral("project"),
                                   ProjectFileCli::tr("check, back up or copy a project (file or server)"),
                                   &ProjectFileCli::run});

}  // namespace
}  // namespace entail::cli
