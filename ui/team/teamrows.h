#pragma once
// The team's state per row of the window's pair table (PairTableModel's rows), built off the GUI thread from
// a TeamSnapshot: this annotator's own label, the pair's state by the project's rule and how many labels it
// has, and whether it is assigned to me. What "my queue", the Team filter, the Flags column, blind mode and the progress line read.
#include "model/team/consensus.h"
#include "ui/team/teamsnapshot.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace entail {

struct TeamRows {
    QString me;                    // whose labels myLabel holds
    int labelsPerPair = ConsensusRule::kDefaultLabelsPerPair;
    std::vector<int8_t> myLabel;   // kNoLabel: I have not labelled the pair
    std::vector<uint8_t> state;    // ConsensusState
    std::vector<uint8_t> labels;   // annotator labels of the pair (at most 255 counted)
    std::vector<uint8_t> assignedToMe;  // 1: the pair is assigned to me (ProjectStore::assignPairs)
    int doneByMe = 0;              // pairs I labelled
    int doneByTeam = 0;            // pairs with as many labels as the project wants, or adjudicated

    static TeamRows build(const TeamSnapshot &snapshot, const std::vector<qint64> &keysOfRows, const QString &me);
    int size() const { return int(state.size()); }
    ConsensusState stateOf(int row) const { return ConsensusState(state[size_t(row)]); }
    bool isDone(int row) const;  // by the team
    // Mine to label: I have not labelled it, it is not adjudicated, and it is assigned to me or wants more
    // labels (fewer than labelsPerPair).
    bool inMyQueue(int row) const;
    bool isAssignedToMe(int row) const { return assignedToMe[size_t(row)] != 0; }
    // This window's own label changed (recorded or taken back): updates myLabel and the counts at once;
    // the pair's state follows with the next snapshot.
    void setMyLabel(int row, int label);
};

}  // namespace entail
