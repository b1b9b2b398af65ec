#include "model/team/consensus.h"

#include <array>

namespace entail {

Consensus ConsensusRule::derive(const std::vector<int> &labels, int adjudication, int labelsPerPair)
{
    Consensus c;
    std::array<int, kNumClasses> counts{};
    for (int l : labels)
        if (isValidLabel(l)) {
            ++counts[l];
            ++c.labels;
        }
    if (isValidLabel(adjudication)) {
        c.state = ConsensusState::Adjudicated;
        c.label = adjudication;
        c.votes = counts[adjudication];
        return c;
    }
    if (c.labels == 0)
        return c;
    int top = 0;
    for (int l = 1; l < kNumClasses; ++l)
        if (counts[l] > counts[top])
            top = l;
    c.votes = counts[top];
    if (c.votes == c.labels) {
        c.state = c.labels >= labelsPerPair ? ConsensusState::Agreed : ConsensusState::NeedsMore;
        c.label = top;
    } else if (2 * c.votes > c.labels) {
        c.state = ConsensusState::Majority;
        c.label = top;
    } else {
        c.state = ConsensusState::Disagreement;
        c.votes = 0;
    }
    return c;
}

int ConsensusRule::currentLabel(const Consensus &c, int current, int original)
{
    if (isValidLabel(c.label))
        return c.label;
    return c.state == ConsensusState::Unlabelled ? original : current;
}

QString ConsensusRule::stateName(ConsensusState state)
{
    static const char *const kNames[kNumConsensusStates] = {"unlabelled", "needs-more", "agreed",
                                                            "majority",   "disagreement", "adjudicated"};
    return QString::fromLatin1(kNames[int(state)]);
}

QString ConsensusRule::describe(const Consensus &c)
{
    switch (c.state) {
    case ConsensusState::Unlabelled:
        return tr("imported label, no annotator yet");
    case ConsensusState::NeedsMore:
        return tr("%n label(s), needs more", nullptr, c.labels);
    case ConsensusState::Agreed:
        return tr("agreed by %n annotator(s)", nullptr, c.labels);
    case ConsensusState::Majority:
        return tr("majority %1 of %2").arg(c.votes).arg(c.labels);
    case ConsensusState::Disagreement:
        return tr("disagreement, %n label(s): needs a reviewer", nullptr, c.labels);
    case ConsensusState::Adjudicated:
        return tr("adjudicated by a reviewer");
    }
    return QString();
}

}  // namespace entail
