#pragma once
// The pair table's texts as a worker thread may read them: a snapshot (shared strings, taken on the GUI thread
// in a few milliseconds at 100,000 pairs) and the two things the table does with all of them, a search and
// the order by one tweet's text. PairFilterProxy runs these off the GUI thread on large tables and in place
// on small ones, so both give the same rows in the same order.
#include <QString>
#include <cstdint>
#include <memory>
#include <vector>

namespace entail {

class PairTableModel;

struct PairTexts {
    std::vector<QString> first, second;  // per source row
    std::vector<qint64> keys;            // per source row: ties in an order go by the pair key

    static std::shared_ptr<const PairTexts> of(const PairTableModel &pairs);
    int size() const { return int(keys.size()); }
    const std::vector<QString> &tweet(int index) const { return index == 0 ? first : second; }

    // 1 where either text contains `needle`, case folded (the row's ids and key are the caller's to test).
    static std::vector<uint8_t> search(const PairTexts &texts, const QString &needle);
    // The same test for one pair's texts.
    static bool matches(const QString &first, const QString &second, const QString &needle);
    // The rank of every row when sorted by `texts` ascending (case folded), ties by key.
    static std::vector<int> rank(const std::vector<QString> &texts, const std::vector<qint64> &keys);
};

}  // namespace entail
