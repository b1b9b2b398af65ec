#pragma once
// Every pair of a project, one at a time, in import order: one forward-only SQLite statement, so that memory
// holds one row (plus the last logged label of each pair, 4 bytes a pair) whatever the project's size.
// All rows are read in one read transaction: the pairs, their recorded count and the log are one snapshot,
// and other windows may write meanwhile (WAL).
//
// The cursor is also the damage check of the pairs for a project opened with ProjectStore::Checks::WhileReading
// (export): SQLite verifies each page of the pairs it reads and reports a damaged one ("malformed"), and the
// cursor checks each row against the app's invariants as StoreCheck does (labels in -1..2, the log's last
// entry per pair equal to its label, the count recorded at import). A damaged row stops the cursor with the
// message StoreCheck gives; the caller must then discard what it made of the rows before it.
//
// Why not PRAGMA quick_check first, as a full open does: it reads and verifies the whole file, which at 100,000
// pairs took as long as the whole streamed export (0.27-0.85 s). An export reads every page of the pairs
// (and of the ord index and the log) anyway, SQLite refuses a malformed page as it reads it, and the output is
// committed only after the last row passed: damage in the pages an export does not read (predictions, model
// versions, free pages) cannot reach its output, and `entail project check` or the window still find it.
#include "model/core/types.h"

#include <QByteArrayView>
#include <QString>
#include <unordered_map>
#include <vector>

struct sqlite3_stmt;

namespace entail {

class ProjectStore;
class StoreConnection;

class PairCursor final {
public:
    // The columns of a row, in PairTable::selectSql's order.
    enum Column {
        Key, Id1, Text1, Image1, ImagePath1, Id2, Text2, Image2, ImagePath2, OriginalLabel, CurrentLabel,
        SplitColumn, ImageFile1, ImageMissing1, ImageFile2, ImageMissing2
    };

    explicit PairCursor(const ProjectStore &store);  // the store stays open while the cursor lives
    ~PairCursor();
    PairCursor(const PairCursor &) = delete;
    PairCursor &operator=(const PairCursor &) = delete;

    // Starts the snapshot and reads the log; false (error set) when the project cannot be read.
    bool start(QString *error);
    // The next row; false at the end (error left empty) or when a row is damaged or unreadable (error set).
    bool next(QString *error);
    // Before the first row again, in the same snapshot.
    bool rewind(QString *error);
    qint64 rowsRead() const { return m_rows; }

    // The current row's stored UTF-8 (empty for a schema 1 project's image files) and numbers.
    QByteArrayView utf8(Column column) const;
    int integer(Column column) const;
    QString text(Column column) const;  // as the window reads it (a leading byte order mark kept)
    Pair pair() const;

private:
    bool readLog(QString *error);
    bool checkRow(QString *error) const;
    bool failed(QString *error) const;  // the statement's error, named as damage where SQLite says so
    qint64 scalar(const char *sql, qint64 fallback) const;

    const StoreConnection &m_c;
    sqlite3_stmt *m_statement = nullptr;
    bool m_v2 = false;
    bool m_inTransaction = false;
    qint64 m_rows = 0;
    qint64 m_recordedCount = -1;  // meta's pair_count; -1 for projects imported before it was kept
    // The last label logged for each pair key (kNotLogged: none); keys beyond the dense range in the map.
    std::vector<qint32> m_logged;
    std::unordered_map<qint64, qint32> m_loggedSparse;
};

}  // namespace entail
