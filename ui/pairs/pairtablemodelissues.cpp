// PairTableModel's out-of-fold label-issue scores (the rest of the model: pairtablemodel.cpp).
#include "ui/pairs/pairtablemodel.h"

#include "model/labelissues/confidentlearning.h"

#include <QHash>

namespace entail {

std::vector<qint64> PairTableModel::keysOfRows() const
{
    std::vector<qint64> keys;
    keys.reserve(m_pairs.size());
    for (const Pair &p : m_pairs)
        keys.push_back(p.key);
    return keys;
}

std::vector<int> PairTableModel::rankOfRows(const LabelIssueResult &result, const std::vector<qint64> &keysOfRows)
{
    QHash<qint64, int> rankOfKey;
    rankOfKey.reserve(qsizetype(result.ranking.size()));
    for (size_t i = 0; i < result.ranking.size(); ++i)
        rankOfKey.insert(result.ranking[i].key, int(i));
    std::vector<int> ranks(keysOfRows.size(), -1);
    for (size_t row = 0; row < keysOfRows.size(); ++row)
        ranks[row] = rankOfKey.value(keysOfRows[row], -1);
    return ranks;
}

void PairTableModel::setLabelIssues(std::shared_ptr<const LabelIssueResult> result, std::vector<int> rankOfRow)
{
    m_issues = std::move(result);
    if (!m_issues)
        m_issueRank.clear();
    else if (rankOfRow.size() == m_pairs.size())
        m_issueRank = std::move(rankOfRow);
    else
        m_issueRank = rankOfRows(*m_issues, keysOfRows());
    if (!m_pairs.empty())
        Q_EMIT dataChanged(index(0, LabelQuality), index(rowCount() - 1, LabelQuality));
    Q_EMIT labelIssuesChanged();
}

int PairTableModel::labelRank(int row) const { return m_issueRank.empty() ? -1 : m_issueRank[size_t(row)]; }

const PairScore *PairTableModel::labelScore(int row) const
{
    const int rank = labelRank(row);
    return rank < 0 ? nullptr : &m_issues->ranking[size_t(rank)];
}

double PairTableModel::labelQuality(int row) const
{
    const PairScore *s = labelScore(row);
    const int label = m_pairs[size_t(row)].currentLabel;
    if (!s || !isValidLabel(label))
        return -1.0;
    return label == s->given ? s->quality : ConfidentLearning::quality({label}, {s->probs}, m_issues->score)[0];
}

double PairTableModel::sortableQuality(int row) const
{
    const double q = labelQuality(row);
    return q < 0 ? 2.0 : q;  // blanks after every score
}

bool PairTableModel::isLabelIssue(int row) const
{
    const PairScore *s = labelScore(row);
    return s && s->isIssue && m_pairs[size_t(row)].currentLabel == s->given;
}

bool PairTableModel::inNoiseCell(int row, int given, int suggested) const
{
    const PairScore *s = labelScore(row);
    return s && s->given == given && s->suggested == suggested && m_pairs[size_t(row)].currentLabel == given
        && (given == suggested || s->isIssue);
}

}  // namespace entail
