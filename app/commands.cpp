#include "app/commands.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/importer.h"

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

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << arguments.value(0) << ": " << parser.errorText() << "\n" << parser.helpText();
        err().flush();
        *exitCode = BadInput;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
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

void printProjectSummary(const Dataset &ds, const QString &project)
{
    int counts[kNumClasses] = {};
    int unlabeled = 0, found = 0, missing = 0;
    int splits[kNumSplits] = {};
    for (const Pair &p : ds.pairs) {
        if (isValidLabel(p.currentLabel))
            ++counts[p.currentLabel];
        else
            ++unlabeled;
        for (const Tweet *t : {&p.first, &p.second})
            (t->imageMissing ? missing : found) += 1;
        ++splits[int(p.split)];
    }
    out() << QCoreApplication::translate("Cli", "%1: %2 pairs: %3 NoEntailment, %4 Implies, %5 Contradictory, %6 unlabeled")
                 .arg(project).arg(ds.pairs.size()).arg(counts[NoEntailment]).arg(counts[Implies])
                 .arg(counts[Contradictory]).arg(unlabeled)
          << "\n"
          << QCoreApplication::translate("Cli", "images: %1 found, %2 missing").arg(found).arg(missing) << "\n"
          << QCoreApplication::translate("Cli", "splits: %1 train, %2 validation, %3 test")
                 .arg(splits[0]).arg(splits[1]).arg(splits[2])
          << "\n";
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
