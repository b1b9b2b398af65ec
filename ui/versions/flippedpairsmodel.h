#pragma once
// Compares the predictions of two model versions on the project's pairs: the metrics and confusion
// matrices of both against the current labels, and the list of pairs whose predicted label flipped.
// The list is the model; the matrices are exposed for ConfusionDeltaModel.
#include "model/metrics/metrics.h"
#include "model/core/types.h"
#include "ui/common/trainingmetatypes.h"

#include <QAbstractTableModel>
#include <vector>

namespace entail {

using Confusion = std::array<std::array<int, kNumClasses>, kNumClasses>;

struct FlippedPair {
    qint64 key = 0;
    Split split = Split::Train;
    int label = kNoLabel;  // current label
    int before = kNoLabel;
    int after = kNoLabel;
    float beforeConfidence = 0.f;
    float afterConfidence = 0.f;
    QString firstText;
    QString secondText;
};

// Computed on a worker thread (VersionComparer), shown by FlippedPairsModel.
struct VersionComparison {
    QString beforeName, afterName;
    int compared = 0;  // predicted by both, in scope
    Metrics beforeMetrics, afterMetrics;  // on the labeled ones
    std::vector<FlippedPair> flipped;
};

class FlippedPairsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PairKey, SplitColumn, Label, Before, After, Effect, Text, ColumnCount };
    enum Role { PairKeyRole = Qt::UserRole + 1 };
    enum class Scope { AllPairs, HeldOut };  // held out: validation and test pairs
    enum class Change { Fixed, Broken, Changed };

    explicit FlippedPairsModel(QObject *parent = nullptr);

    // `before`: usually the active version; `after`: the one selected. Pairs either version lacks a
    // prediction for are left out.
    void compare(const Dataset &pairs, const QString &beforeName, const PairKeys &beforeKeys,
                 const Predictions &before, const QString &afterName, const PairKeys &afterKeys,
                 const Predictions &after, Scope scope = Scope::AllPairs);
    // The same, in two steps: compute() touches no model state, so it may run on any thread.
    static VersionComparison compute(const Dataset &pairs, const QString &beforeName, const PairKeys &beforeKeys,
                                     const Predictions &before, const QString &afterName, const PairKeys &afterKeys,
                                     const Predictions &after, Scope scope = Scope::AllPairs);
    void setComparison(VersionComparison comparison);
    void clear();

    bool isEmpty() const { return m_result.compared == 0; }
    QString beforeName() const { return m_result.beforeName; }
    QString afterName() const { return m_result.afterName; }
    int comparedPairs() const { return m_result.compared; }  // predicted by both, in scope
    const Metrics &beforeMetrics() const { return m_result.beforeMetrics; }  // on the labeled ones
    const Metrics &afterMetrics() const { return m_result.afterMetrics; }
    Confusion difference() const;  // after - before, [true][predicted]
    int count(Change change) const;
    const FlippedPair &flipped(int row) const { return m_result.flipped.at(size_t(row)); }
    static Change change(const FlippedPair &f);

    static QString labelText(int label);  // translated class name, "—" for none
    static QString splitText(Split split);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    VersionComparison m_result;
};

}  // namespace entail
