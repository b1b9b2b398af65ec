#pragma once
// Next/previous suspect through the label-issue ranking (most likely wrong first): the flagged pairs whose
// label is still the one scored, that the skip hook lets through (e.g. pairs reviewed as "label is right").
#include <QtGlobal>
#include <functional>

namespace entail {

class PairTableModel;

class LabelIssueWalk final {
public:
    using Skip = std::function<bool(qint64 key)>;
    struct Step {
        int row = -1;   // source row; -1 when no pair qualifies
        int rank = -1;  // its place in the ranking
        int index = 0;  // 1-based among the qualifying pairs
        int count = 0;  // qualifying pairs
    };

    explicit LabelIssueWalk(const PairTableModel *pairs) : m_pairs(pairs) {}
    void setSkip(Skip skip) { m_skip = std::move(skip); }

    // The qualifying pair after (direction > 0) or before `fromRank` in the ranking, wrapping around, among
    // the rows `shown` accepts; fromRank -1 starts at either end.
    Step step(int fromRank, int direction, const std::function<bool(int row)> &shown) const;

private:
    const PairTableModel *m_pairs;
    Skip m_skip;
};

}  // namespace entail
