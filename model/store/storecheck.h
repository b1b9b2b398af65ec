#pragma once
// The checks a project passes before it is opened, proportional to what can go wrong: the file's size and
// header, SQLite's quick_check, the schema's tables and triggers, and the invariants the app keeps (the pair
// count recorded at import, the label domain, the log's last entry per pair equal to its label). A damaged
// project is refused with a message that names it and says how to recover, instead of being read as empty.
#include <QString>
#include <QtGlobal>

namespace entail {

class StoreConnection;

class StoreCheck final {
public:
    // Before SQLite touches the file: the SQLite header, and a size of whole pages (when no WAL is beside it).
    static bool checkFile(const StoreConnection &c, const QString &projectFile, QString *error);
    // Before a migration writes anything.
    static bool checkIntegrity(const StoreConnection &c, QString *error);
    // After the migration: the schema's objects and the app's invariants.
    static bool checkContents(const StoreConnection &c, QString *error);
    // The part of checkContents that does not read every pair: the schema's objects and the review log.
    // A reader of every pair (PairCursor) checks the rest on the rows it reads.
    static bool checkSchema(const StoreConnection &c, QString *error);
    // The damage the invariants' checks report, named as damaged() does.
    static bool countDiffers(const StoreConnection &c, qint64 recorded, qint64 present, QString *error);
    static bool labelOutside(const StoreConnection &c, qint64 key, qint64 label, QString *error);
    static bool logDisagrees(const StoreConnection &c, qint64 key, int label, int logged, QString *error);
    // "<file>: the project file is damaged (<reason>). <how to recover>"; sets c's last error. `file`
    // defaults to c's path.
    static bool damaged(const StoreConnection &c, const QString &reason, QString *error, const QString &file = {});
};

}  // namespace entail
