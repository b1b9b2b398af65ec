#pragma once
// Writing a new project's pairs in bulk (what a streamed import of 100,000s of pairs needs): batches of
// pairs, each one transaction, through statements prepared once and bound through SQLite's own API (Qt's
// binding builds a string per value and cost more than SQLite itself), into a store that ProjectBuilder has
// just created under its temporary name. Until finish() the file has no rollback journal and no fsync: it is
// not visible under the project's name and a failed build deletes it, so neither is needed there; the
// annotation log's index is built once after the rows. finish() restores WAL and full sync before
// ProjectBuilder moves the file into place.
#include "model/core/types.h"

#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace entail {

class ProjectStore;
class Utf8Row;  // pairimport.cpp

class PairImport final {
public:
    explicit PairImport(ProjectStore &store) : m_store(store) {}
    ~PairImport();
    PairImport(const PairImport &) = delete;
    PairImport &operator=(const PairImport &) = delete;

    bool begin(QString *error);
    // Adds `pairs` after those added before, with an "import" log entry by `annotator` per labeled pair, in
    // one transaction; sets their keys.
    bool add(std::vector<Pair> &pairs, const QString &annotator, QString *error);
    // The ids of an added pair (by key), to tell a repeated pair from a hash collision.
    bool sameIds(qint64 key, const Pair &pair) const;
    // Writes the splits (in the order the pairs were added) and the dataset's description, builds the
    // index and returns to WAL with full sync.
    bool finish(const std::vector<qint64> &keys, const std::vector<Split> &splits, const Dataset &description,
                QString *error);

private:
    bool insert(Pair &pair, Utf8Row &row);
    bool fail(QString *error, const QString &what) const;
    void release();

    ProjectStore &m_store;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_pair = nullptr;
    sqlite3_stmt *m_log = nullptr;
    sqlite3_stmt *m_split = nullptr;
    int m_nextOrd = 0;
};

}  // namespace entail
