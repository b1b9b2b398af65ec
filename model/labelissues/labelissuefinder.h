#pragma once
// Label issues of a set of pairs: out-of-fold probabilities of the labeled pairs (OutOfFold), then confident
// learning (ConfidentLearning). Unlabeled pairs are not scored. Runs on the calling thread (the window runs
// it on a worker; folds use their own thread pool); cancellable through `progress`.
#include "model/labelissues/labelissuetypes.h"
#include "model/labelissues/outoffold.h"

namespace entail {

class LabelIssueFinder final {
public:
    // False when cancelled or when there are fewer labeled pairs than folds (nothing is then written).
    static bool find(const std::vector<Pair> &pairs, const LabelIssueOptions &options, LabelIssueResult *result,
                     const OutOfFold::Progress &progress = {});
    // Confident learning on given probabilities (what find() does after the folds): fills every field of
    // `result` but the options, digest, time and date.
    static void score(const std::vector<Pair> &labeled, const std::vector<Probs> &probs, QualityScore score,
                      LabelIssueResult *result);
};

}  // namespace entail
