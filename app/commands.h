#pragma once
// Sub-commands of the `entail` tool. Each cli_*.cpp registers its own with a static Registration.
// Exit codes: 0 success, 2 bad input (message on stderr naming file and line), 1 internal error.
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

#include "model/core/types.h"

namespace entail {
class Predictor;
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

// `--device cpu|cuda|cuda:N`, default cpu.
QCommandLineOption deviceOption();
// False after printing why `device` cannot be used (unknown, or no CUDA here); the command returns BadInput.
bool checkDevice(const QString &device);

// Reads a tweets CSV. On failure prints the message (naming the file and line) and returns false; the
// command then returns BadInput.
bool loadCsv(const QString &csvFile, const QString &imagesDir, Dataset *dataset);

// What `evaluate` and `predict` start from: a model on a device and a tweets CSV (--model, --data,
// --images, --device).
struct PredictionInput {
    PredictionInput(const QString &dataDescription, QString usage);
    // Adds the options above and then `extra`, parses `arguments`, checks that --model, --data and every
    // option of `required` are set (else prints the usage), and loads the model and the CSV. False after
    // printing the help or a message: the command then returns `*exitCode`. `outputFile`, when given, is
    // checked (OutputPath::check) before the model is loaded.
    bool parseAndLoad(QCommandLineParser &parser, const QStringList &arguments,
                      const QList<QCommandLineOption> &extra, const QList<QCommandLineOption> &required,
                      int *exitCode, const QCommandLineOption *outputFile = nullptr);

    QCommandLineOption model, data, images, device;
    QString usage;
    std::unique_ptr<Predictor> predictor;
    Dataset dataset;
};

// A 3x3 table with the label names as row and column headings; `cell` gives each cell's text.
void printClassMatrix(QTextStream &stream, int nameWidth, int columnWidth,
                      const std::function<QString(int row, int column)> &cell);

// Predicts every pair, with "predicted done/total" on stderr.
std::vector<Prediction> predictWithProgress(const Predictor &predictor, const std::vector<Pair> &pairs);

}  // namespace entail::cli
