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

DuplicateGroups DuplicateGroups::compute(const std::vector<Pair> &pairs)
{
    Builder builder(pairs.size());
    for (size_t row = 0; row < pairs.size(); ++row)
        builder.add(int(row), pairs[row].first.text, pairs[row].second.text);
    return builder.finish();
}

DuplicateGroups::Builder::Builder(size_t rows) : m_groupOfRow(rows, -1) { m_firstRowOfKey.reserve(rows); }

void DuplicateGroups::Builder::add(int row, const QString &first, const QString &second)
{
    if (row < 0 || size_t(row) >= m_groupOfRow.size())
        return;
    const QString text = TextNormalizer::normalize(first) + QChar(0x1f) + TextNormalizer::normalize(second);
    const Key key{quint64(qHash(text, 0x2545f4914f6cdd1dULL)), quint64(qHash(text, 0x9e3779b97f4a7c15ULL))};
    const auto [it, isNew] = m_firstRowOfKey.try_emplace(key, row);
    if (isNew)
        return;
    int &group = m_groupOfRow[size_t(it->second)];
    if (group < 0) {
        group = int(m_members.size());
        m_members.push_back({it->second});
    }
    m_groupOfRow[size_t(row)] = group;
    m_members[size_t(group)].push_back(row);
}

DuplicateGroups DuplicateGroups::Builder::finish()
{
    DuplicateGroups g;
    for (std::vector<int> &members : m_members)
        std::sort(members.begin(), members.end());  // the rows may have come in any order
    g.m_groupOfRow = std::move(m_groupOfRow);
    g.m_members = std::move(m_members);
    m_firstRowOfKey.clear();
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
