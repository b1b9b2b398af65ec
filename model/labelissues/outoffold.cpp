#include "model/labelissues/outoffold.h"

#include "model/labelissues/linearmodel.h"
#include "model/labelissues/pairfeaturizer.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QThreadPool>
#include <algorithm>
#include <numeric>
#include <random>

namespace entail {

std::vector<int> OutOfFold::assignFolds(const std::vector<int> &labels, int folds, quint64 seed)
{
    std::vector<int> fold(labels.size(), 0);
    std::mt19937_64 rng(seed);
    int next = 0;
    for (int c = 0; c < kNumClasses; ++c) {
        std::vector<size_t> members;
        for (size_t i = 0; i < labels.size(); ++i)
            if (labels[i] == c)
                members.push_back(i);
        std::shuffle(members.begin(), members.end(), rng);
        for (size_t i : members) {
            fold[i] = next;
            next = (next + 1) % folds;
        }
    }
    return fold;
}

namespace {

// One fold model: trained on the pairs outside `heldOut`, predicting the pairs in it.
void runFold(const std::vector<SparseVector> &rows, const std::vector<int> &labels, const std::vector<int> &fold,
             int heldOut, quint64 seed, std::vector<Probs> *sum)
{
    std::vector<const SparseVector *> trainRows;
    std::vector<int> trainLabels;
    for (size_t i = 0; i < rows.size(); ++i)
        if (fold[i] != heldOut) {
            trainRows.push_back(&rows[i]);
            trainLabels.push_back(labels[i]);
        }
    LinearModel model(PairFeaturizer::kDimensions);
    LinearModel::Options options;
    options.seed = seed * 1000003u + quint64(heldOut);
    model.train(trainRows, trainLabels, options);
    for (size_t i = 0; i < rows.size(); ++i)
        if (fold[i] == heldOut) {
            const Probs p = model.predict(rows[i]);
            for (int c = 0; c < kNumClasses; ++c)
                (*sum)[i][size_t(c)] += p[size_t(c)];
        }
}

}  // namespace

bool OutOfFold::compute(const std::vector<Pair> &pairs, const LabelIssueOptions &options,
                        std::vector<Probs> *probs, const Progress &progress)
{
    PairFeaturizer featurizer;
    featurizer.fit(pairs);
    std::vector<SparseVector> rows(pairs.size());
    std::vector<int> labels(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        rows[i] = featurizer.features(pairs[i]);
        labels[i] = pairs[i].currentLabel;
    }
    const int repeats = std::max(1, options.repeats);
    std::vector<Probs> sum(pairs.size(), Probs{});
    // Folds write disjoint rows of `sum`, so two can run at once; our own pool, never the global one.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (int r = 0; r < repeats; ++r) {
        const quint64 seed = options.seed + quint64(r);
        const std::vector<int> fold = assignFolds(labels, options.folds, seed);
        std::vector<int> folds(size_t(options.folds));
        std::iota(folds.begin(), folds.end(), 0);
        QtConcurrent::blockingMap(&pool, folds, [&](int k) { runFold(rows, labels, fold, k, seed, &sum); });
        if (progress && !progress(r + 1, repeats))
            return false;
    }
    for (Probs &p : sum)
        for (float &v : p)
            v /= float(repeats);
    *probs = std::move(sum);
    return true;
}

}  // namespace entail
