#pragma once
// "Next suspect": the pairs where the model and the current label disagree, most confident first.
#include <functional>
#include <vector>

namespace entail {

class PairTableModel;

class SuspectFinder final {
public:
    struct Position {
        float confidence = 2.0f;  // above any probability: before the first suspect
        int row = -1;
    };

    // The first suspect after `after` in the order (confidence descending, row ascending) among the rows
    // `accept` lets through, wrapping around to the most confident one; -1 when there is none.
    static int next(const PairTableModel &pairs, const Position &after, const std::function<bool(int)> &accept);
    static Position positionOf(const PairTableModel &pairs, int row);
    static int count(const PairTableModel &pairs, const std::function<bool(int)> &accept);
    // Labels that occur among the predicted pairs but that the model never predicts: on such pairs the
    // model's disagreement is its blind spot, not evidence against the label, so Next suspect skips them.
    static std::vector<int> blindSpots(const PairTableModel &pairs);
};

}  // namespace entail
