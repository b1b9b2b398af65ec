#include "model/training/crossvalidation.h"

#include "model/data/splits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <random>

namespace entail {

std::vector<int> CrossValidation::assignFolds(const std::vector<Pair> &pairs, int folds, quint64 seed)
{
    std::vector<int> fold(pairs.size(), -1);
    for (const std::vector<size_t> &members : stratifiedOrder(pairs, seed)) {
        for (size_t k = 0; k < members.size(); ++k)
            fold[members[k]] = int(k % size_t(folds));
    }
    return fold;
}

namespace {
// Fold `f` is the test set; of the other labeled pairs a stratified `validationFraction` early-stops.
Dataset foldDataset(const Dataset &dataset, const std::vector<int> &fold, int f, double validationFraction,
                    quint64 seed)
{
    Dataset ds;
    ds.sourceFile = dataset.sourceFile;
    for (size_t i = 0; i < dataset.pairs.size(); ++i) {
        if (fold[i] < 0)
            continue;
        Pair p = dataset.pairs[i];
        p.split = fold[i] == f ? Split::Test : Split::Train;
        ds.pairs.push_back(p);
    }
    std::mt19937_64 rng(seed + quint64(f) + 1);
    for (int label = 0; label < kNumClasses; ++label) {
        std::vector<size_t> members;
        for (size_t i = 0; i < ds.pairs.size(); ++i)
            if (ds.pairs[i].split == Split::Train && ds.pairs[i].currentLabel == label)
                members.push_back(i);
        std::shuffle(members.begin(), members.end(), rng);
        const size_t nVal = size_t(std::lround(double(members.size()) * validationFraction));
        for (size_t k = 0; k < nVal; ++k)
            ds.pairs[members[k]].split = Split::Validation;
    }
    return ds;
}

void meanSd(const std::vector<Metrics> &folds, double (*get)(const Metrics &), double *mean, double *sd)
{
    double s = 0, s2 = 0;
    for (const Metrics &m : folds) {
        s += get(m);
        s2 += get(m) * get(m);
    }
    const double n = double(folds.size());
    *mean = s / n;
    *sd = n > 1 ? std::sqrt(std::max(0.0, (s2 - s * s / n) / (n - 1))) : 0.0;
}

// Rows of `r`'s test pairs are the dataset's pairs of fold `f`, in order (foldDataset keeps it).
void outOfFold(const TrainResult &r, const std::vector<int> &fold, int f, std::vector<Probs> *out)
{
    size_t row = 0;
    for (size_t i = 0; i < fold.size() && row < r.testLogits.size(); ++i) {
        if (fold[i] != f)
            continue;
        Probs biased = r.testLogits[row++];
        float top = -1e30f;
        for (int c = 0; c < kNumClasses; ++c) {
            biased[size_t(c)] = float((biased[size_t(c)] + r.logitBias[size_t(c)]) / r.calibration.temperature);
            top = std::max(top, biased[size_t(c)]);
        }
        float sum = 0.0f;
        for (float &v : biased)
            sum += (v = std::exp(v - top));
        for (float &v : biased)
            v /= sum;
        (*out)[i] = biased;
    }
}

// What every fold adds up: the pooled confusion matrix and the test predictions under each swept alpha.
struct Pooled {
    std::array<std::array<int, kNumClasses>, kNumClasses> confusion{};
    std::vector<std::vector<int>> sweepPredicted = std::vector<std::vector<int>>(std::size(CrossValidation::kSweepAlphas));
    std::vector<int> sweepTruth;

    void add(const TrainResult &r)
    {
        for (size_t i = 0; i < r.testLogits.size(); ++i) {
            sweepTruth.push_back(r.testLabels[i]);
            for (size_t a = 0; a < std::size(CrossValidation::kSweepAlphas); ++a) {
                Probs shifted = r.testLogits[i];
                for (int c = 0; c < kNumClasses; ++c)
                    if (r.trainPriors[size_t(c)] > 0)
                        shifted[size_t(c)] -= float(CrossValidation::kSweepAlphas[a] * std::log(r.trainPriors[size_t(c)]));
                sweepPredicted[a].push_back(argmax(shifted));
            }
        }
        for (int t = 0; t < kNumClasses; ++t)
            for (int p = 0; p < kNumClasses; ++p)
                confusion[size_t(t)][size_t(p)] += r.test.confusion[size_t(t)][size_t(p)];
    }

    Metrics metrics() const
    {
        std::vector<int> truth, predicted;
        for (int t = 0; t < kNumClasses; ++t)
            for (int p = 0; p < kNumClasses; ++p)
                for (int n = 0; n < confusion[size_t(t)][size_t(p)]; ++n) {
                    truth.push_back(t);
                    predicted.push_back(p);
                }
        return computeMetrics(truth, predicted);
    }
};
}  // namespace

CrossValidationResult CrossValidation::run(const Dataset &dataset, const TrainConfig &config, int folds,
                                           double validationFraction,
                                           const std::function<void(int, const TrainResult &)> &onFold,
                                           const std::function<void(Trainer &)> &setUp,
                                           const std::atomic<bool> *cancel)
{
    CrossValidationResult cv;
    if (folds < 2) {
        cv.error = QCoreApplication::translate("CrossValidation", "cross-validation needs at least 2 folds");
        return cv;
    }
    const std::vector<int> fold = assignFolds(dataset.pairs, folds, config.seed);
    Pooled pooled;
    cv.testProbs.assign(dataset.pairs.size(), Probs{});
    for (int f = 0; f < folds; ++f) {
        Trainer trainer(config);
        if (setUp)
            setUp(trainer);
        const TrainResult r = trainer.train(foldDataset(dataset, fold, f, validationFraction, config.seed), QString(),
                                            cancel);
        if (!r.ok) {
            cv.error = r.cancelled ? QCoreApplication::translate("CrossValidation", "cancelled") : r.error;
            return cv;
        }
        if (onFold)
            onFold(f, r);
        cv.folds.push_back(r.test);
        pooled.add(r);
        outOfFold(r, fold, f, &cv.testProbs);
    }
    cv.pooled = pooled.metrics();
    meanSd(cv.folds, [](const Metrics &m) { return m.macroF1; }, &cv.meanMacroF1, &cv.sdMacroF1);
    meanSd(cv.folds, [](const Metrics &m) { return m.accuracy; }, &cv.meanAccuracy, &cv.sdAccuracy);
    for (size_t a = 0; a < std::size(kSweepAlphas); ++a)
        cv.priorSweep.push_back({kSweepAlphas[a], computeMetrics(pooled.sweepTruth, pooled.sweepPredicted[a])});
    cv.ok = true;
    return cv;
}

}  // namespace entail
