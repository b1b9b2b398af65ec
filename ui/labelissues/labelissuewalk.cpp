#include "ui/labelissues/labelissuewalk.h"

#include "ui/pairs/pairtablemodel.h"

#include <vector>

namespace entail {

LabelIssueWalk::Step LabelIssueWalk::step(int fromRank, int direction, const std::function<bool(int)> &shown) const
{
    const LabelIssueResult *result = m_pairs->labelIssues();
    if (!result)
        return {};
    // One pass over the ranking (hash lookups only): 100,000 scores take a few milliseconds.
    std::vector<Step> walkable;
    for (size_t i = 0; i < result->ranking.size(); ++i) {
        const PairScore &s = result->ranking[i];
        if (!s.isIssue)
            continue;
        const int row = m_pairs->rowOfKey(s.key);
        if (row < 0 || !m_pairs->isLabelIssue(row) || (m_skip && m_skip(s.key)) || (shown && !shown(row)))
            continue;
        walkable.push_back({row, int(i), int(walkable.size()) + 1, 0});
    }
    if (walkable.empty())
        return {};
    Step chosen = direction > 0 ? walkable.front() : walkable.back();
    if (fromRank >= 0) {
        if (direction > 0) {
            for (const Step &s : walkable)
                if (s.rank > fromRank) {
                    chosen = s;
                    break;
                }
        } else {
            for (auto it = walkable.rbegin(); it != walkable.rend(); ++it)
                if (it->rank < fromRank) {
                    chosen = *it;
                    break;
                }
        }
    }
    chosen.count = int(walkable.size());
    return chosen;
}

}  // namespace entail
