#include "model/duplicates/duplicategroups.h"

#include "model/duplicates/textnormalizer.h"

#include <QHash>

#include <algorithm>

namespace entail {

namespace {
bool groupConflicts(const std::vector<int> &rows, const std::vector<Pair> &pairs)
{
    int seen = kNoLabel;
    for (int row : rows) {
        const int label = row < int(pairs.size()) ? pairs[size_t(row)].currentLabel : kNoLabel;
        if (!isValidLabel(label))
            continue;
        if (seen != kNoLabel && label != seen)
            return true;
        seen = label;
    }
    return false;
}
}  // namespace

DuplicateGroups DuplicateGroups::compute(const std::vector<Pair> &pairs) { return compute(textsOf(pairs)); }

DuplicateGroups::Texts DuplicateGroups::textsOf(const std::vector<Pair> &pairs)
{
    Texts texts;
    texts.first.reserve(pairs.size());
    texts.second.reserve(pairs.size());
    for (const Pair &p : pairs) {
        texts.first.push_back(p.first.text);
        texts.second.push_back(p.second.text);
    }
    return texts;
}

DuplicateGroups DuplicateGroups::compute(const Texts &texts)
{
    const std::vector<QString> &first = texts.first, &second = texts.second;
    DuplicateGroups g;
    const size_t n = std::min(first.size(), second.size());
    g.m_groupOfRow.assign(n, -1);
    QHash<QString, int> firstRowOfKey;  // first row with that key; a group is made when a second one comes
    firstRowOfKey.reserve(qsizetype(n));
    for (size_t row = 0; row < n; ++row) {
        const QString key = TextNormalizer::normalize(first[row]) + QChar(0x1f) + TextNormalizer::normalize(second[row]);
        const auto it = firstRowOfKey.constFind(key);
        if (it == firstRowOfKey.cend()) {
            firstRowOfKey.insert(key, int(row));
            continue;
        }
        int &group = g.m_groupOfRow[size_t(*it)];
        if (group < 0) {
            group = int(g.m_members.size());
            g.m_members.push_back({*it});
        }
        g.m_groupOfRow[row] = group;
        g.m_members[size_t(group)].push_back(int(row));
    }
    return g;
}

int DuplicateGroups::groupOf(int row) const
{
    return row >= 0 && row < rowCount() ? m_groupOfRow[size_t(row)] : -1;
}

int DuplicateGroups::groupSize(int row) const
{
    const int group = groupOf(row);
    return group < 0 ? 1 : int(m_members[size_t(group)].size());
}

bool DuplicateGroups::hasConflict(int row, const std::vector<Pair> &pairs) const
{
    const int group = groupOf(row);
    return group >= 0 && groupConflicts(m_members[size_t(group)], pairs);
}

int DuplicateGroups::conflictingGroups(const std::vector<Pair> &pairs) const
{
    int n = 0;
    for (const std::vector<int> &rows : m_members)
        n += groupConflicts(rows, pairs) ? 1 : 0;
    return n;
}

int DuplicateGroups::pairsInGroups() const
{
    int n = 0;
    for (const std::vector<int> &rows : m_members)
        n += int(rows.size());
    return n;
}

}  // namespace entail
