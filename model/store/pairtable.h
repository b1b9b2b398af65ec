#pragma once
// The rows of the pairs table and of the annotation log, read and written on a StoreConnection (the
// caller owns the transaction). Used by the store's own files only.
#include "model/core/types.h"

#include <QString>
#include <vector>

class QSqlQuery;
struct sqlite3_stmt;

namespace entail {

class StoreConnection;

class PairTable final {
public:
    // Pairs in import order; `where` (e.g. "WHERE key = ?") binds `key`. Reads schema 1 and 2.
    static std::vector<Pair> load(const StoreConnection &c, const QString &where = QString(), qint64 key = 0);
    // The same pairs as load() with empty texts (a large project's window reads the texts it shows).
    static std::vector<Pair> loadWithoutTexts(const StoreConnection &c);
    // Up to `limit` pairs whose keys follow `afterKey`, by key.
    static std::vector<Pair> loadAfter(const StoreConnection &c, qint64 afterKey, int limit);
    // Inserts the pairs after the last one (or from order `firstOrd` on, when the caller knows it), sets their
    // keys and logs an "import" entry per labeled pair.
    static bool insert(const StoreConnection &c, std::vector<Pair> &pairs, const QString &annotator,
                       QString *error, int firstOrd = -1);
    static bool writeSplits(const StoreConnection &c, const std::vector<Pair> &pairs, QString *error);
    static bool writeImageInfo(const StoreConnection &c, const std::vector<Pair> &pairs, QString *error);
    static bool appendLog(const StoreConnection &c, qint64 key, const QString &annotator, int from, int to,
                          const QString &source, QString *error);
    // ProjectStore::setLabel's work inside the caller's transaction.
    static bool changeLabel(const StoreConnection &c, qint64 key, int label, const QString &annotator,
                            const QString &source, QString *error, int *previous);

    // The columns load() reads, in readRow()'s order ("SELECT key, id_1, ..."; schema 2 adds split and the
    // image files), without FROM; PairCursor reads them too.
    // Without `texts`, the two text columns are read as empty strings.
    static QString selectSql(bool v2, bool texts = true);
    static Pair readRow(sqlite3_stmt *s, bool v2);
    // A stored text as it was written, a leading byte order mark included.
    static QString text(sqlite3_stmt *s, int column);

    // The statements above, with positional parameters in the order of insert()'s values (the pairs' one
    // also bound directly through SQLite by PairImport, which writes a batch's log entries in one statement).
    static QString insertPairSql();
    static QString insertLogSql();

private:
    static void prepareLog(QSqlQuery &q);
    static void bindLog(QSqlQuery &q, qint64 key, const QString &annotator, const QString &timestamp, int from,
                        int to, const QString &source);
};

}  // namespace entail
