#pragma once
// A model file the user loads into the project: validated by loading it, then copied into the project's
// models folder so that it travels with the project, and described as a model version.
#include "model/inference/predictor.h"
#include "model/store/store.h"

#include <memory>

namespace entail {

class ModelFileCopy final {
public:
    struct Result {
        std::shared_ptr<const Predictor> predictor;
        QString file;  // inside the project's models folder
        QString error;
    };
    // Runs on a worker thread.
    static Result load(const QString &file, const QString &modelsDir);
    // The version to record for a loaded model (its file, configuration and metrics).
    static ModelVersion version(const Result &loaded);
};

}  // namespace entail
