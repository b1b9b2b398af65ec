#pragma once
// Sub-commands of the `entail` tool. Each cli_*.cpp registers its own with a static Registration.
// Exit codes: 0 success, 2 bad input (message on stderr naming file and line), 1 internal error.
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>

#include "model/core/types.h"

namespace entail {
struct ImportCounts;
}

namespace entail::cli {

enum ExitCode : int { Ok = 0, Internal = 1, BadInput = 2 };

struct Command {
    QString name;
    QString summary;  // one line for `entail --help`
    std::function<int(const QStringList &arguments)> run;  // arguments[0] is "entail <name>"
};

struct Registration {
    explicit Registration(Command command);
};

const std::vector<Command> &commands();
QTextStream &out();  // stdout
QTextStream &err();  // stderr

// Parses `arguments` (arguments[0] = "entail <name>") with --help added. Returns false after printing the
// problem (or the help) to the right stream; `exitCode` is then what the command should return.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);

// Reads a tweets CSV. On failure prints the message (naming the file and line) and returns false; the
// command then returns BadInput.
bool loadCsv(const QString &csvFile, const QString &imagesDir, Dataset *dataset);

// "<project>: N pairs: ... NoEntailment, ... unlabeled", images found/missing and the splits, on stdout.
void printProjectSummary(const Dataset &dataset, const QString &project);
void printProjectSummary(const ImportCounts &counts, const QString &project);

// A 3x3 table with the label names as row and column headings; `cell` gives each cell's text.
void printClassMatrix(QTextStream &stream, int nameWidth, int columnWidth,
                      const std::function<QString(int row, int column)> &cell);

}  // namespace entail::cli
