#include "model/duplicates/duplicategroups.h"

#include "model/duplicates/textnormalizer.h"

#include <QHash>

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

DuplicateGroups DuplicateGroups::compute(const std::vector<Pair> &pairs)
{
    DuplicateGroups g;
    g.m_groupOfRow.assign(pairs.size(), -1);
    QHash<QString, int> firstRowOfKey;  // first row with that key; a group is made when a second one comes
    firstRowOfKey.reserve(qsizetype(pairs.size()));
    for (size_t row = 0; row < pairs.size(); ++row) {
        const QString key = TextNormalizer::normalize(pairs[row].first.text) + QChar(0x1f)
            + TextNormalizer::normalize(pairs[row].second.text);
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
