#pragma once
// Pairs whose two texts are the same after TextNormalizer, grouped by hashing (one pass, O(n)). The group
// key is ordered: (a, b) and (b, a) are different groups, because entailment has a direction ("a implies b"
// says nothing about b implying a), so their labels may differ without any conflict.
#include "model/core/types.h"

#include <QString>
#include <vector>

namespace entail {

class DuplicateGroups final {
public:
    DuplicateGroups() = default;
    static DuplicateGroups compute(const std::vector<Pair> &pairs);
    // The same from the two texts of every pair (row i: first[i], second[i]): what a worker thread is handed,
    // so that the window copies two shared strings per pair rather than every pair.
    struct Texts {
        std::vector<QString> first, second;
    };
    static Texts textsOf(const std::vector<Pair> &pairs);
    static DuplicateGroups compute(const Texts &texts);

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
