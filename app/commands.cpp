#include "app/commands.h"

#include "model/data/importer.h"
#include "model/inference/predictor.h"

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

bool loadModelAndCsv(const QString &modelFile, const QString &csvFile, const QString &imagesDir,
                     std::unique_ptr<Predictor> *predictor, Dataset *dataset)
{
    QString error;
    *predictor = Predictor::load(modelFile, &error);
    if (!*predictor) {
        err() << error << "\n";
        return false;
    }
    ImportOptions options;
    options.imagesDir = imagesDir;
    InputError inputError;
    if (!Importer::importCsv(csvFile, options, dataset, &inputError)) {
        err() << inputError.toString() << "\n";
        return false;
    }
    return true;
}

}  // namespace entail::cli
