#include "app/commands.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/importer.h"
#include "model/store/projectimport.h"

#include <QCoreApplication>
#include <cstdio>

namespace entail::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> all;
    return all;
}
}  // namespace

Registration::Registration(Command command) { registry().push_back(std::move(command)); }

const std::vector<Command> &commands() { return registry(); }

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {
// Qt's help names the program as it was started ("Usage: /path/entail [options]"); a sub-command's help names
// the sub-command the way `arguments` does ("Usage: entail team assign [options]").
QString helpOf(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const QString named = arguments.value(0);
    const QString usage = QStringLiteral(": ");  // "Usage: " in any language: the first colon of the first line
    const qsizetype at = text.indexOf(started, text.indexOf(usage));
    if (!started.isEmpty() && !named.isEmpty() && at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, started.size(), named);
    return text;
}
}  // namespace

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << arguments.value(0) << ": " << parser.errorText() << "\n" << helpOf(parser, arguments);
        err().flush();
        *exitCode = BadInput;
        return false;
    }
    if (parser.isSet(help)) {
        out() << helpOf(parser, arguments);
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool loadCsv(const QString &csvFile, const QString &imagesDir, Dataset *dataset)
{
    ImportOptions options;
    options.imagesDir = imagesDir;
    InputError inputError;
    if (!Importer::importCsv(csvFile, options, dataset, &inputError)) {
        err() << inputError.toString() << "\n";
        return false;
    }
    return true;
}

void printProjectSummary(const ImportCounts &c, const QString &project)
{
    out() << QCoreApplication::translate("Cli", "%1: %2 pairs: %3 NoEntailment, %4 Implies, %5 Contradictory, %6 unlabeled")
                 .arg(project).arg(c.pairs).arg(c.labels[NoEntailment]).arg(c.labels[Implies])
                 .arg(c.labels[Contradictory]).arg(c.unlabeled)
          << "\n"
          << QCoreApplication::translate("Cli", "images: %1 found, %2 missing").arg(c.imagesFound).arg(c.imagesMissing)
          << "\n"
          << QCoreApplication::translate("Cli", "splits: %1 train, %2 validation, %3 test")
                 .arg(c.splits[0]).arg(c.splits[1]).arg(c.splits[2])
          << "\n";
}

void printProjectSummary(const Dataset &ds, const QString &project)
{
    ImportCounts c;
    for (const Pair &p : ds.pairs) {
        c.add(p);
        ++c.splits[size_t(p.split)];
    }
    printProjectSummary(c, project);
}

void printClassMatrix(QTextStream &stream, int nameWidth, int columnWidth,
                      const std::function<QString(int row, int column)> &cell)
{
    stream << QString().leftJustified(nameWidth);
    for (int c = 0; c < kNumClasses; ++c)
        stream << labelName(c).rightJustified(columnWidth);
    stream << "\n";
    for (int r = 0; r < kNumClasses; ++r) {
        stream << labelName(r).leftJustified(nameWidth);
        for (int c = 0; c < kNumClasses; ++c)
            stream << cell(r, c).rightJustified(columnWidth);
        stream << "\n";
    }
}

}  // namespace entail::cli
