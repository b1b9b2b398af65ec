#include "model/labelissues/labelissuefinder.h"

#include "model/labelissues/confidentlearning.h"
#include "model/labelissues/labelissuestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <numeric>

namespace entail {

void LabelIssueFinder::score(const std::vector<Pair> &labeled, const std::vector<Probs> &probs, QualityScore score,
                             LabelIssueResult *result)
{
    std::vector<int> labels;
    for (const Pair &p : labeled)
        labels.push_back(p.currentLabel);
    result->score = score;
    result->thresholds = ConfidentLearning::thresholds(labels, probs);
    result->confidentJoint = ConfidentLearning::confidentJoint(labels, probs, result->thresholds);
    result->noiseMatrix = ConfidentLearning::calibrate(result->confidentJoint, labels);
    std::vector<int> suggested;
    const std::vector<bool> issue = ConfidentLearning::pruneByNoiseRate(labels, probs, result->noiseMatrix, &suggested);
    const std::vector<double> quality = ConfidentLearning::quality(labels, probs, score);
    result->issuesPerLabel = {};
    result->ranking.clear();
    for (size_t n = 0; n < labeled.size(); ++n) {
        PairScore s;
        s.key = labeled[n].key;
        s.id1 = labeled[n].first.id;
        s.id2 = labeled[n].second.id;
        s.given = labels[n];
        s.suggested = suggested[n];
        s.quality = quality[n];
        s.isIssue = issue[n];
        s.probs = probs[n];
        result->issuesPerLabel[size_t(s.given)] += s.isIssue ? 1 : 0;
        result->ranking.push_back(s);
    }
    // Most likely wrong first; equal scores keep the pairs' order.
    std::stable_sort(result->ranking.begin(), result->ranking.end(),
                     [](const PairScore &a, const PairScore &b) { return a.quality < b.quality; });
}

bool LabelIssueFinder::find(const std::vector<Pair> &pairs, const LabelIssueOptions &options,
                            LabelIssueResult *result, const OutOfFold::Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Pair> labeled;
    for (const Pair &p : pairs)
        if (isValidLabel(p.currentLabel))
            labeled.push_back(p);
    if (options.folds < 2 || int(labeled.size()) < options.folds)
        return false;
    std::vector<Probs> probs;
    if (!OutOfFold::compute(labeled, options, &probs, progress))
        return false;
    LabelIssueResult r;
    r.folds = options.folds;
    r.repeats = std::max(1, options.repeats);
    r.seed = options.seed;
    r.labelsDigest = LabelIssueStore::labelsDigest(pairs);
    r.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    score(labeled, probs, options.score, &r);
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    *result = std::move(r);
    return true;
}

}  // namespace entail
