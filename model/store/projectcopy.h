#pragma once
// `entail project copy SRC DST`: a project copied between a file and a PostgreSQL server (either way, or
// file to file, server to server). Every table is copied row by row with its keys, so the annotation log,
// the per-annotator labels, assignments, reviews, model versions and predictions stay as they were and an
// export of the copy is byte-identical to one of the source. Nothing of the target is visible until the copy is complete:
// a file is written under a temporary name and renamed; on a server the schema and every row are one
// transaction.
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace entail {

class ProjectCopy final {
    Q_DECLARE_TR_FUNCTIONS(ProjectCopy)

public:
    // `progress` receives each table's name and row count as it is copied.
    static bool copy(const QString &source, const QString &target, QString *error,
                     const std::function<void(const QString &table, qint64 rows)> &progress = {});
};

}  // namespace entail
