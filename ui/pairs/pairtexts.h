#pragma once
// The pair table's texts as a worker thread may read them: a snapshot (shared strings, taken on the GUI thread
// in a few milliseconds at 100,000 pairs) and the two things the table does with all of them, a search and
// the order by one tweet's text. PairFilterProxy runs these off the GUI thread on large tables and in place
// on small ones, so both give the same rows in the same order. A table that holds no texts (a large project,
// PairTableModel::holdsTexts) gives a snapshot of keys and a reader: the worker reads the texts from the
// store a page at a time, so a search holds none of them and an order holds one tweet's, folded, meanwhile.
#include "model/store/store.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace entail {

class PairTableModel;

struct PairTexts {
    // Every pair's texts from the store (ProjectStore::forEachText, on the calling thread).
    using Reader = std::function<bool(const std::function<bool(const ProjectStore::PairText &)> &, QString *error)>;

    std::vector<QString> first, second;  // per source row; empty when `read` is set
    std::vector<qint64> keys;            // per source row: ties in an order go by the pair key
    Reader read;                         // set when the table holds no texts

    static std::shared_ptr<const PairTexts> of(const PairTableModel &pairs);
    int size() const { return int(keys.size()); }
    // Visits every row's two texts, from memory or through `read` (rows the store no longer has are left
    // out); false when the store could not be read (`error` says why).
    bool forEach(const std::function<void(int row, const QString &first, const QString &second)> &visit,
                 QString *error = nullptr) const;

    // Fills the texts of `pairs` (held without them) through `read`, for a job that writes them out.
    static bool fillTexts(std::vector<Pair> &pairs, const Reader &read, QString *error);

    // 1 where either text contains `needle`, case folded (the row's ids and key are the caller's to test).
    // Empty with `error` set when the texts could not be read.
    static std::vector<uint8_t> search(const PairTexts &texts, const QString &needle, QString *error = nullptr);
    // The rank of every row when sorted by tweet `tweet`'s text (0 or 1), as rank() below; empty with `error`
    // set when the texts could not be read.
    static std::vector<int> rankBy(const PairTexts &texts, int tweet, QString *error = nullptr);
    // The same test for one pair's texts.
    static bool matches(const QString &first, const QString &second, const QString &needle);
    // The rank of every row when sorted by `texts` ascending (case folded), ties by key.
    static std::vector<int> rank(const std::vector<QString> &texts, const std::vector<qint64> &keys);
};

}  // namespace entail
