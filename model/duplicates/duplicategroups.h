#pragma once
// Pairs whose two texts are the same after TextNormalizer, grouped by hashing (one pass, O(n)). The group
// key is ordered: (a, b) and (b, a) are different groups, because entailment has a direction ("a implies b"
// says nothing about b implying a), so their labels may differ without any conflict.
#include "model/core/types.h"

#include <QString>
#include <unordered_map>
#include <vector>

namespace entail {

class DuplicateGroups final {
public:
    DuplicateGroups() = default;
    static DuplicateGroups compute(const std::vector<Pair> &pairs);
    // The same from the pairs' texts given one pair at a time, in any order of rows (a large project's texts
    // read from its store a page at a time): only a 128-bit hash of each pair's normalized texts is kept, so
    // the memory does not grow with the texts (two different texts share a hash with a probability of about
    // n^2 / 2^129: never, in practice).
    class Builder {
    public:
        explicit Builder(size_t rows);
        void add(int row, const QString &first, const QString &second);
        DuplicateGroups finish();

    private:
        struct Key {
            quint64 a = 0, b = 0;
            bool operator==(const Key &o) const { return a == o.a && b == o.b; }
        };
        struct KeyHash {
            size_t operator()(const Key &k) const { return size_t(k.a ^ (k.b * 0x9e3779b97f4a7c15ULL)); }
        };
        std::vector<int> m_groupOfRow;
        std::vector<std::vector<int>> m_members;
        std::unordered_map<Key, int, KeyHash> m_firstRowOfKey;  // a group is made when a second row comes
    };

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
