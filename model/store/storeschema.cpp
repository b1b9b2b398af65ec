#include "model/store/storeschema.h"

#include "model/data/splits.h"
#include "model/store/pairtable.h"
#include "model/store/storeconnection.h"

#include <iterator>

namespace entail {

namespace {

const char *const kSchemaV1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE pairs(key INTEGER PRIMARY KEY, ord INTEGER NOT NULL,"
    " id_1 TEXT NOT NULL, text_1 TEXT NOT NULL, image_1 TEXT NOT NULL, image_1_path TEXT NOT NULL,"
    " id_2 TEXT NOT NULL, text_2 TEXT NOT NULL, image_2 TEXT NOT NULL, image_2_path TEXT NOT NULL,"
    " original_label INTEGER NOT NULL, current_label INTEGER NOT NULL)",
    "CREATE TABLE annotation_log(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " pair_key INTEGER NOT NULL REFERENCES pairs(key), annotator TEXT NOT NULL, ts TEXT NOT NULL,"
    " from_label INTEGER NOT NULL, to_label INTEGER NOT NULL,"
    " source TEXT NOT NULL CHECK(source IN ('human','import','model')))",
    "CREATE INDEX annotation_log_pair ON annotation_log(pair_key, seq)",
    "CREATE TRIGGER annotation_log_no_update BEFORE UPDATE ON annotation_log"
    " BEGIN SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
    "CREATE TRIGGER annotation_log_no_delete BEFORE DELETE ON annotation_log"
    " BEGIN SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
};

const char *const kMigrationTo2[] = {
    "ALTER TABLE pairs ADD COLUMN split INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE pairs ADD COLUMN image_1_file TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pairs ADD COLUMN image_1_missing INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE pairs ADD COLUMN image_2_file TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE pairs ADD COLUMN image_2_missing INTEGER NOT NULL DEFAULT 1",
    "CREATE TABLE models(id INTEGER PRIMARY KEY, name TEXT NOT NULL, file TEXT NOT NULL,"
    " created TEXT NOT NULL, config TEXT NOT NULL, metrics TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE predictions(model_id INTEGER NOT NULL REFERENCES models(id),"
    " pair_key INTEGER NOT NULL REFERENCES pairs(key),"
    " b0 REAL, b1 REAL, b2 REAL, t0 REAL, t1 REAL, t2 REAL, i0 REAL, i1 REAL, i2 REAL,"
    " PRIMARY KEY(model_id, pair_key))",
    // Schema 1 files written by other tools may lack these; every schema 2 project has them.
    "CREATE INDEX IF NOT EXISTS annotation_log_pair ON annotation_log(pair_key, seq)",
    "CREATE TRIGGER IF NOT EXISTS annotation_log_no_update BEFORE UPDATE ON annotation_log"
    " BEGIN SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS annotation_log_no_delete BEFORE DELETE ON annotation_log"
    " BEGIN SELECT RAISE(ABORT, 'the annotation log is append-only'); END",
};

// Tables a file gains with their first use (a server's schema has them from the start).
const char *const kFetchTable[] = {
    "CREATE TABLE IF NOT EXISTS image_fetches(tweet_id TEXT PRIMARY KEY, url TEXT NOT NULL, ts TEXT NOT NULL,"
    " bytes INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL)",
};
const char *const kReviewTable[] = {
    "CREATE TABLE IF NOT EXISTS review_log(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " pair_key INTEGER NOT NULL REFERENCES pairs(key), annotator TEXT NOT NULL, ts TEXT NOT NULL,"
    " state TEXT NOT NULL, comment TEXT NOT NULL, label INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS review_log_pair ON review_log(pair_key, seq)",
    "CREATE TRIGGER IF NOT EXISTS review_log_no_update BEFORE UPDATE ON review_log"
    " BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS review_log_no_delete BEFORE DELETE ON review_log"
    " BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END",
};
const char *const kTeamTables[] = {
    "CREATE TABLE IF NOT EXISTS annotator_labels(pair_key INTEGER NOT NULL REFERENCES pairs(key),"
    " annotator TEXT NOT NULL, label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 2), ts TEXT NOT NULL,"
    " PRIMARY KEY (pair_key, annotator))",
    "CREATE TABLE IF NOT EXISTS adjudications(pair_key INTEGER PRIMARY KEY REFERENCES pairs(key),"
    " reviewer TEXT NOT NULL, label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 2), ts TEXT NOT NULL)",
    // Which annotator is to label which pair (storeassignments.cpp).
    "CREATE TABLE IF NOT EXISTS assignments(pair_key INTEGER NOT NULL REFERENCES pairs(key),"
    " annotator TEXT NOT NULL, ts TEXT NOT NULL, PRIMARY KEY (pair_key, annotator))",
};

constexpr quint64 kSplitSeed = 42;  // the seed's random_state

// Projects from schema 1 had no splits: assign the seed's stratified split once.
bool assignInitialSplits(const StoreConnection &c, QString *error)
{
    std::vector<Pair> pairs = PairTable::load(c);
    assignSplits(pairs, kSplitSeed);
    return PairTable::writeSplits(c, pairs, error);
}

}  // namespace

bool StoreSchema::create(const StoreConnection &c, QString *error)
{
    return c.transaction(error, [&] {
        return c.execAll(kSchemaV1, std::size(kSchemaV1), error)
            && c.execAll(kMigrationTo2, std::size(kMigrationTo2), error)
            && c.setSchemaVersion(kVersion, error);
    });
}

bool StoreSchema::ensure(const StoreConnection &c, Lazy tables, QString *error)
{
    switch (tables) {
    case Lazy::Fetches:
        return c.ensureTables(kFetchTable, std::size(kFetchTable), error);
    case Lazy::Reviews:
        return c.ensureTables(kReviewTable, std::size(kReviewTable), error);
    case Lazy::Team:
        return c.ensureTables(kTeamTables, std::size(kTeamTables), error);
    }
    return false;
}

bool StoreSchema::migrate(const StoreConnection &c, QString *error)
{
    const int version = c.schemaVersion();
    if (version > kVersion)
        return c.refuse(error, StoreConnection::tr("%1: the project was written by a newer Entail Studio "
                                                   "(schema %2, this version reads up to %3)")
                                   .arg(c.path()).arg(version).arg(kVersion));
    if (version < 1)
        return c.refuse(error, StoreConnection::tr("%1: not an Entail Studio project").arg(c.path()));
    if (version == 1 && c.isReadOnly())
        return c.refuse(error, StoreConnection::tr("%1: the project has an older format and cannot be upgraded "
                                                   "read-only; open it once where it can be written")
                                   .arg(c.path()));
    if (version == 1) {
        return c.transaction(error, [&] {
            return c.execAll(kMigrationTo2, std::size(kMigrationTo2), error) && c.setSchemaVersion(2, error)
                && assignInitialSplits(c, error);
        });
    }
    return true;
}

}  // namespace entail
