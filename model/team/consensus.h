#pragma once
// A pair's current label in team mode, derived by one rule from every annotator's label of it: a reviewer's
// adjudication, else the label all annotators agree on, else a strict majority, else the single label. With
// no majority the pair is in disagreement and its current label stays as it was (the adjudication view lists
// it); with no annotator label at all it is the imported one. The same rule runs inside the PostgreSQL server
// (storepgschema.cpp: entail_derive_label) so that no client can set a current label another way; test_team
// checks that both give the same labels.
#include "model/core/types.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace entail {

enum class ConsensusState : int {
    Unlabelled = 0,   // no annotator label yet: the imported label stands
    NeedsMore = 1,    // fewer labels than the project wants, all the same
    Agreed = 2,       // enough labels, all the same
    Majority = 3,     // a strict majority, with dissent
    Disagreement = 4, // no strict majority: needs a reviewer
    Adjudicated = 5,  // a reviewer decided
};
constexpr int kNumConsensusStates = 6;

struct Consensus {
    ConsensusState state = ConsensusState::Unlabelled;
    int label = kNoLabel;  // the derived label; kNoLabel: keep the current one (Unlabelled: the imported one)
    int votes = 0;         // annotators behind `label`
    int labels = 0;        // annotator labels of the pair
};

class ConsensusRule final {
    Q_DECLARE_TR_FUNCTIONS(ConsensusRule)

public:
    static constexpr int kDefaultLabelsPerPair = 2;

    // `labels`: each annotator's label of one pair (one per annotator); `adjudication`: kNoLabel when none.
    static Consensus derive(const std::vector<int> &labels, int adjudication,
                            int labelsPerPair = kDefaultLabelsPerPair);
    // The label the pair shows: the derived one, else `current` (disagreement), else `original` (no labels).
    static int currentLabel(const Consensus &c, int current, int original);
    static QString stateName(ConsensusState state);  // "agreed", for filters and exports (not translated)
    static QString describe(const Consensus &c);     // "majority 2 of 3", translated, for the window
};

}  // namespace entail
