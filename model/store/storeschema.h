#pragma once
// The project file's schema: creating it in a new file, and migrating an older project when it is opened.
// Schema history: 1 = pairs + annotation log; 2 = splits, resolved image files, model versions, predictions.
#include <QString>

namespace entail {

class StoreConnection;

class StoreSchema final {
public:
    static constexpr int kVersion = 2;  // ProjectStore::kSchemaVersion

    // The newest schema in an empty database, in one transaction.
    static bool create(const StoreConnection &c, QString *error);
    // The tables a file gains with their first use, created inside the caller's transaction when missing.
    enum class Lazy { Fetches, Reviews, Team };
    static bool ensure(const StoreConnection &c, Lazy tables, QString *error);
    // Refuses a file that is not a project or was written by a newer version; upgrades an older one
    // in one transaction.
    static bool migrate(const StoreConnection &c, QString *error);
};

}  // namespace entail
