#pragma once
// Hashed n-gram features of a tweet pair: word uni/bigrams and char 3-5-grams of each text (tf-idf weighted,
// each block L2-normalised), the words the texts share and do not share, and overlap figures of the pair
// (word/char Jaccard, tf-idf cosines, length ratio; binned, so that a linear model can use them non-linearly). Deterministic: the same text hashes alike on
// every platform.
#include "model/labelissues/labelissuetypes.h"

#include <QString>
#include <unordered_map>

namespace entail {

class PairFeaturizer final {
public:
    static constexpr int kBits = 18;
    static constexpr quint32 kDimensions = 1u << kBits;

    // Document frequencies over every text of `pairs` (labels are not read, so no fold leaks into another).
    void fit(const std::vector<Pair> &pairs);
    SparseVector features(const Pair &pair) const;

    static QStringList words(const QString &text);

private:
    using Counts = std::unordered_map<quint32, float>;
    void addBlock(Counts &block, SparseVector *out, float weight) const;
    static Counts wordGrams(const QStringList &words, char prefix);
    static Counts charGrams(const QString &text, char prefix);
    static void addOverlap(const QStringList &a, const QStringList &b, const Counts &charsA, const Counts &charsB,
                           Counts *pairBlock);
    float idf(quint32 hash) const;
    double cosine(const Counts &x, const Counts &y) const;

    std::unordered_map<quint32, int> m_documentFrequency;
    int m_documents = 0;
};

}  // namespace entail
