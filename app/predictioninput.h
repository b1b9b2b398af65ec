#pragma once
// What `evaluate` and `predict` share: a model on a device and a tweets CSV. Only the engine links this
// (it loads LibTorch), never the `entail` front.
#include "app/commands.h"

#include <memory>

namespace entail {
class Predictor;
}

namespace entail::cli {

// `--device cpu|cuda|cuda:N`, default cpu.
QCommandLineOption deviceOption();
// False after printing why `device` cannot be used (unknown, or no CUDA here); the command returns BadInput.
bool checkDevice(const QString &device);

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

// `entail predict --project` (cli_predictproject.cpp): the arguments ask for it; the command itself.
bool wantsProjectPrediction(const QStringList &arguments);
int predictProject(const QStringList &arguments);

// Predicts every pair, with "predicted done/total" on stderr.
std::vector<Prediction> predictWithProgress(const Predictor &predictor, const std::vector<Pair> &pairs);

}  // namespace entail::cli
