#pragma once
// Pairs whose two texts are the same after TextNormalizer, grouped by hashing (one pass, O(n)). The group
// key is ordered: (a, b) and (b, a) are different groups, because entailment has a direction ("a implies b"
// says nothing about b implying a), so their labels may differ without any conflict.
#include "model/core/types.h"

#include <vector>

namespace entail {

class DuplicateGroups final {
public:
    DuplicateGroups() = default;
    static DuplicateGroups compute(const std::vector<Pair> &pairs);

    int rowCount() const { return int(m_groupOfRow.size()); }
    int groupCount() const { return int(m_members.size()); }  // groups of two or more pairs
    int groupOf(int row) const;                      // -1 when the pair's texts are unique
    const std::vector<int> &members(int group) const { return m_members[size_t(group)]; }  // rows, ascending
    int groupSize(int row) const;                    // 1 for a unique pair
    // Two members of the row's group carry different labels (unlabelled members do not count).
    bool hasConflict(int row, const std::vector<Pair> &pairs) const;
    int conflictingGroups(const std::vector<Pair> &pairs) const;
    int pairsInGroups() const;

private:
    std::vector<int> m_groupOfRow;
    std::vector<std::vector<int>> m_members;
};

}  // namespace entail
