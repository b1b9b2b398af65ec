#include "app/predictioninput.h"

#include "model/core/outputpath.h"
#include "model/inference/predictor.h"
#include "model/net/computedevice.h"

#include <QCoreApplication>

namespace entail::cli {

QCommandLineOption deviceOption()
{
    return QCommandLineOption(QStringLiteral("device"),
                              QCoreApplication::translate("Cli", "Where the network runs: cpu, cuda or cuda:N."),
                              QCoreApplication::translate("Cli", "DEVICE"), ComputeDevice::cpu());
}

bool checkDevice(const QString &device)
{
    QString error;
    if (ComputeDevice::check(device, &error))
        return true;
    err() << error << "\n";
    return false;
}

PredictionInput::PredictionInput(const QString &dataDescription, QString usage)
    : model(QStringLiteral("model"), QCoreApplication::translate("Cli", "Model file."),
            QCoreApplication::translate("Cli", "MODEL")),
      data(QStringLiteral("data"), dataDescription, QCoreApplication::translate("Cli", "FILE")),
      images(QStringLiteral("images"), QCoreApplication::translate("Cli", "Folder holding <id>.<ext> images."),
             QCoreApplication::translate("Cli", "DIR")),
      device(deviceOption()), usage(std::move(usage))
{
}

bool PredictionInput::parseAndLoad(QCommandLineParser &parser, const QStringList &arguments,
                                   const QList<QCommandLineOption> &extra, const QList<QCommandLineOption> &required,
                                   int *exitCode, const QCommandLineOption *outputFile)
{
    parser.addOptions({model, data, images, device});
    parser.addOptions(extra);
    if (!parseArguments(parser, arguments, exitCode))
        return false;
    *exitCode = BadInput;
    bool complete = parser.isSet(model) && parser.isSet(data);
    for (const QCommandLineOption &option : required)
        complete = complete && parser.isSet(option);
    if (!complete) {
        err() << usage << "\n";
        return false;
    }
    if (!checkDevice(parser.value(device)))
        return false;
    QString error;
    if (outputFile && !OutputPath::check(parser.value(*outputFile), &error)) {
        err() << error << "\n";
        return false;
    }
    predictor = Predictor::load(parser.value(model), &error, parser.value(device));
    if (!predictor) {
        err() << error << "\n";
        return false;
    }
    return loadCsv(parser.value(data), parser.value(images), &dataset);
}

std::vector<Prediction> predictWithProgress(const Predictor &predictor, const std::vector<Pair> &pairs)
{
    const std::vector<Prediction> predictions = predictor.predictAll(pairs, [](int done, int total) {
        err() << "\r" << QCoreApplication::translate("Cli", "predicted %1/%2").arg(done).arg(total);
        err().flush();
    });
    err() << "\n";
    return predictions;
}

}  // namespace entail::cli
