#pragma once
// What the team room shows, read on a worker thread through its own store connection: every annotator's
// label, the agreement report over them, the pairs a reviewer has to settle (ConsensusRule states
// Disagreement and Majority, and those already adjudicated, so that a decision can be taken back) and which
// annotator each pair is assigned to.
#include "model/team/agreement.h"
#include "model/team/consensus.h"

#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace entail {

struct DisputedPair {
    qint64 key = 0;
    std::vector<int> labels;  // per TeamSnapshot::report.annotators; kNoLabel: that annotator did not label it
    int adjudication = kNoLabel;
    Consensus consensus;
};

struct TeamSnapshot {
    QString error;  // not empty: the read failed
    std::vector<AnnotatorLabel> labels;  // by pair key
    AgreementReport report;
    std::vector<DisputedPair> disputed;  // by pair key
    // Every pair with an annotator label or an adjudication, by key: the state the rule gives it.
    std::vector<std::pair<qint64, Consensus>> consensus;
    std::vector<std::pair<qint64, QString>> assignments;  // (pair key, annotator), by pair key
    int labelsPerPair = ConsensusRule::kDefaultLabelsPerPair;
    qint64 dataVersion = -1;  // the store's data version when read

    // Reads the project at `project` (a file or a server locator) with a connection of this thread.
    static TeamSnapshot read(const QString &project);
    // Builds everything from the labels (no store): what read() does once the rows are in.
    static TeamSnapshot fromLabels(std::vector<AnnotatorLabel> labels, const std::vector<qint64> &adjudicatedKeys,
                                   const std::vector<int> &adjudicatedLabels, int labelsPerPair);
    // The pairs labelled `labelA` by annotator a and `labelB` by annotator b (a click on a confusion cell).
    std::vector<qint64> pairsWith(const QString &a, int labelA, const QString &b, int labelB) const;
};

}  // namespace entail
