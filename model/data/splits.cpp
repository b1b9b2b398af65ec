#include "model/data/splits.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace entail {

namespace {

template <typename LabelOf>
std::array<std::vector<size_t>, kNumClasses> orderByLabel(size_t count, LabelOf labelOf, quint64 seed)
{
    std::array<std::vector<size_t>, kNumClasses> byLabel;
    std::mt19937_64 rng(seed);
    for (int label = 0; label < kNumClasses; ++label) {
        std::vector<size_t> &members = byLabel[size_t(label)];
        for (size_t i = 0; i < count; ++i)
            if (labelOf(i) == label)
                members.push_back(i);
        std::shuffle(members.begin(), members.end(), rng);
    }
    return byLabel;
}

// Every pair's split from the shuffled members of each class (unlabeled pairs: train).
std::vector<Split> splitsOf(size_t count, const std::array<std::vector<size_t>, kNumClasses> &byLabel,
                            double testFraction, double validationFraction)
{
    std::vector<Split> splits(count, Split::Train);
    for (const std::vector<size_t> &members : byLabel) {
        const size_t nTest = size_t(std::lround(members.size() * testFraction));
        const size_t nVal = size_t(std::lround((members.size() - nTest) * validationFraction));
        for (size_t k = 0; k < members.size(); ++k) {
            if (k < nTest)
                splits[members[k]] = Split::Test;
            else if (k < nTest + nVal)
                splits[members[k]] = Split::Validation;
        }
    }
    return splits;
}

}  // namespace

std::array<std::vector<size_t>, kNumClasses> stratifiedOrder(const std::vector<Pair> &pairs, quint64 seed)
{
    return orderByLabel(pairs.size(), [&](size_t i) { return pairs[i].currentLabel; }, seed);
}

void assignSplits(std::vector<Pair> &pairs, quint64 seed, double testFraction, double validationFraction)
{
    const std::vector<Split> splits =
        splitsOf(pairs.size(), stratifiedOrder(pairs, seed), testFraction, validationFraction);
    for (size_t i = 0; i < pairs.size(); ++i)
        pairs[i].split = splits[i];
}

std::vector<Split> stratifiedSplits(const std::vector<qint8> &labels, quint64 seed, double testFraction,
                                    double validationFraction)
{
    return splitsOf(labels.size(), orderByLabel(labels.size(), [&](size_t i) { return int(labels[i]); }, seed),
                    testFraction, validationFraction);
}

}  // namespace entail
