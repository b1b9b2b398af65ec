#include "model/data/splits.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace entail {

std::array<std::vector<size_t>, kNumClasses> stratifiedOrder(const std::vector<Pair> &pairs, quint64 seed)
{
    std::array<std::vector<size_t>, kNumClasses> byLabel;
    std::mt19937_64 rng(seed);
    for (int label = 0; label < kNumClasses; ++label) {
        std::vector<size_t> &members = byLabel[size_t(label)];
        for (size_t i = 0; i < pairs.size(); ++i)
            if (pairs[i].currentLabel == label)
                members.push_back(i);
        std::shuffle(members.begin(), members.end(), rng);
    }
    return byLabel;
}

void assignSplits(std::vector<Pair> &pairs, quint64 seed, double testFraction, double validationFraction)
{
    for (const std::vector<size_t> &members : stratifiedOrder(pairs, seed)) {
        const size_t nTest = size_t(std::lround(members.size() * testFraction));
        const size_t nVal = size_t(std::lround((members.size() - nTest) * validationFraction));
        for (size_t k = 0; k < members.size(); ++k) {
            Split s = Split::Train;
            if (k < nTest)
                s = Split::Test;
            else if (k < nTest + nVal)
                s = Split::Validation;
            pairs[members[k]].split = s;
        }
    }
    for (Pair &p : pairs)
        if (!isValidLabel(p.currentLabel))
            p.split = Split::Train;
}

}  // namespace entail
