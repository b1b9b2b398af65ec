#pragma once
// The CSV files `entail label` and `entail team assign` read: one row per pair, named by its id_1 and id_2,
// and one more column (the label, the annotator). Every row is checked before the command writes anything.
#include <QString>
#include <vector>

namespace entail {
class ProjectStore;
}

namespace entail::cli {

struct PairRow {
    int line = 0;    // the row's line in the file
    qint64 key = 0;  // the pair's key in the project
    QString value;   // the row's `column` (empty when the file has no such column and it was optional)
};

// Reads `file` (id_1, id_2 and `column`, in any order) and looks every row's pair up in `store`. On a problem
// prints it on stderr, naming the file and line, and returns false. `columnOptional`: a file without `column`
// is accepted.
bool readPairRows(const QString &file, const ProjectStore &store, const QString &column, bool columnOptional,
                  std::vector<PairRow> *rows);

}  // namespace entail::cli
