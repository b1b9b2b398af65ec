#include "ui/team/teamrows.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace entail {

TeamRows TeamRows::build(const TeamSnapshot &snapshot, const std::vector<qint64> &keysOfRows, const QString &me)
{
    TeamRows out;
    out.me = me;
    out.labelsPerPair = snapshot.labelsPerPair;
    const size_t n = keysOfRows.size();
    out.myLabel.assign(n, int8_t(kNoLabel));
    out.state.assign(n, uint8_t(ConsensusState::Unlabelled));
    out.labels.assign(n, 0);
    out.assignedToMe.assign(n, 0);
    std::unordered_map<qint64, int> rowOfKey;
    rowOfKey.reserve(snapshot.consensus.size() * 2);
    for (const auto &[key, consensus] : snapshot.consensus)
        rowOfKey.emplace(key, -1);
    for (size_t row = 0; row < n; ++row)
        if (auto found = rowOfKey.find(keysOfRows[row]); found != rowOfKey.end())
            found->second = int(row);
    for (const auto &[key, consensus] : snapshot.consensus)
        if (const int row = rowOfKey[key]; row >= 0) {
            out.state[size_t(row)] = uint8_t(consensus.state);
            out.labels[size_t(row)] = uint8_t(std::min(consensus.labels, 255));
        }
    for (const AnnotatorLabel &l : snapshot.labels)
        if (l.annotator == me && isValidLabel(l.label))
            if (auto found = rowOfKey.find(l.pairKey); found != rowOfKey.end() && found->second >= 0)
                out.myLabel[size_t(found->second)] = int8_t(l.label);
    std::unordered_set<qint64> mine;  // a pair assigned to me may have no label yet: not in rowOfKey
    for (const auto &[key, annotator] : snapshot.assignments)
        if (annotator == me)
            mine.insert(key);
    for (size_t row = 0; row < n && !mine.empty(); ++row)
        out.assignedToMe[row] = mine.count(keysOfRows[row]) ? 1 : 0;
    for (int row = 0; row < out.size(); ++row) {
        out.doneByMe += out.myLabel[size_t(row)] != kNoLabel;
        out.doneByTeam += out.isDone(row);
    }
    return out;
}

bool TeamRows::isDone(int row) const
{
    return stateOf(row) == ConsensusState::Adjudicated || labels[size_t(row)] >= labelsPerPair;
}

bool TeamRows::inMyQueue(int row) const
{
    return myLabel[size_t(row)] == kNoLabel && stateOf(row) != ConsensusState::Adjudicated
        && (isAssignedToMe(row) || labels[size_t(row)] < labelsPerPair);
}

void TeamRows::setMyLabel(int row, int label)
{
    if (row < 0 || row >= size())
        return;
    const bool had = myLabel[size_t(row)] != kNoLabel, has = isValidLabel(label);
    const bool wasDone = isDone(row);
    myLabel[size_t(row)] = int8_t(has ? label : kNoLabel);
    if (had != has) {
        doneByMe += has ? 1 : -1;
        const int count = labels[size_t(row)] + (has ? 1 : -1);
        labels[size_t(row)] = uint8_t(std::clamp(count, 0, 255));
        if (labels[size_t(row)] > 0 && stateOf(row) == ConsensusState::Unlabelled)
            state[size_t(row)] = uint8_t(ConsensusState::NeedsMore);
    }
    doneByTeam += int(isDone(row)) - int(wasDone);
}

}  // namespace entail
