#pragma once
// A trained network in memory: network, tokenizer and the descriptive parts of its checkpoint. Loads from
// and saves to the model file (model/modelfile/checkpoint.h), always with CPU tensors. Torch in the header: only model .cpp files and tests include it.
#include "model/modelfile/checkpoint.h"
#include "model/net/entailmentnet.h"
#include "model/net/netconfig.h"
#include "model/text/tokenizer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace entail {

class TrainedNetwork final {
    Q_DECLARE_TR_FUNCTIONS(TrainedNetwork)

public:
    Tokenizer tokenizer;
    EntailmentNet net{nullptr};
    QJsonObject training;   // how it was trained (loss, epochs, seed ...)
    QJsonObject metrics;    // {"validation", "test", "has_test"}
    QString createdAt;

    // On the CPU. Returns nullptr and an error naming the file when it is unreadable or its parts do not fit.
    static std::unique_ptr<TrainedNetwork> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
    ModelInfo info(const QString &path) const;

    // Applies the stored decision rule (logit bias), the temperature and softmax: logits [B,3] -> probabilities [B,3].
    torch::Tensor probabilities(const torch::Tensor &logits) const;

private:
    CheckpointData toCheckpoint() const;
};

}  // namespace entail
