#pragma once
// The project file (*.entail): one SQLite database (WAL) holding pairs, original and current labels,
// an append-only annotation log, model versions and their predictions. Every write is one transaction,
// so a committed correction survives a crash at any moment.
// A ProjectStore owns its own connection and must be used from the thread that opened it.
#include "model/core/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace entail {

class StoreConnection;

struct LogEntry {
    qint64 seq = 0;
    qint64 pairKey = 0;
    QString annotator;
    QDateTime timestamp;  // UTC
    int fromLabel = kNoLabel;
    int toLabel = kNoLabel;
    QString source;       // "human" | "import" | "model"
};

// One annotator's latest label of one pair (storeannotations.cpp).
struct AnnotatorLabelRecord {
    qint64 pairKey = 0;
    QString annotator;
    int label = kNoLabel;
    QString time;  // ISO 8601 UTC
};

// A reviewer's final label of a pair in disagreement (storeannotations.cpp).
struct AdjudicationRecord {
    qint64 pairKey = 0;
    QString reviewer;
    int label = kNoLabel;
    QString time;  // ISO 8601 UTC
};

// A pair assigned to an annotator, to label (storeassignments.cpp).
struct AssignmentRecord {
    qint64 pairKey = 0;
    QString annotator;
    QString time;  // ISO 8601 UTC, when it was assigned
};

struct ModelVersion {
    qint64 id = 0;
    QString name;         // "v3"
    QString file;         // absolute path of the checkpoint
    QDateTime created;
    QString configJson;   // TrainingRecord::configJson; read from the store without the snapshot's labels
    QString metricsJson;
    bool active = false;
};

// A project file's state on disk (size, modification time, inode and SQLite header of the file and of its
// -wal: every commit changes the -wal's size or header, or the file's header), taken when
// a ProjectStore that passed the damage checks is closed: opening that unchanged state again (the window
// adopting what its loader thread opened) need not repeat the checks. Any change on disk in between, by
// this process or another, makes the states differ and the checks run again.
class VerifiedState final {
public:
    bool operator==(const VerifiedState &o) const;
    bool operator!=(const VerifiedState &o) const { return !(*this == o); }
    bool isValid() const { return !m_path.isEmpty(); }

private:
    friend class ProjectStore;
    static VerifiedState of(const QString &path);
    QString m_path;
    qint64 m_size = -1, m_mtimeNs = 0, m_walSize = -1, m_walMtimeNs = 0;
    quint64 m_inode = 0, m_walInode = 0;
    QByteArray m_headers;
};

class ProjectStore final {
    friend class PairImport;  // a new project's bulk writes (pairimport.h)
    friend class PairCursor;  // reading every pair, one at a time (paircursor.h)

public:
    static constexpr int kSchemaVersion = 2;

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // A project is a file or a server locator (model/team/projectlocator.h: postgresql://USER@HOST/DB?project=N).
    // Creates a new, empty project (fails if the file exists). Opening migrates older schema versions.
    bool create(const QString &path, QString *error);
    enum class Access { ReadWrite, ReadOnly };
    // Full: every damage check before open() returns. WhileReading, for a reader of every pair (ProjectExport):
    // only the checks that do not read every pair (the file's header and size, the schema, the review log);
    // the pairs' pages, labels, count and log are checked by the PairCursor that reads them, and a project
    // opened so must be used for nothing else. closeVerified() then vouches for nothing.
    enum class Checks { Full, WhileReading };
    // Refuses a damaged project (see StoreCheck). With `verified` from closeVerified() of the same file, still
    // unchanged on disk, the checks are not repeated. A project whose file or folder is not writable is opened
    // read-only, like Access::ReadOnly: no -wal/-shm files are created beside it.
    bool open(const QString &path, QString *error, const VerifiedState &verified = {},
              Access access = Access::ReadWrite, Checks checks = Checks::Full);
    void close();
    // The password for a server locator, for this process only (never stored): the window's prompt. Without
    // one, libpq's PGPASSWORD, ~/.pgpass or peer authentication apply.
    static void setServerPassword(const QString &locator, const QString &password);
    // Closes an open store and returns the state its file is left in (invalid when nothing was open).
    VerifiedState closeVerified();
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    QString modelsDir() const;  // "<project>.models/" beside the project file

    // Adds every pair in one transaction, with an "import" log entry per labeled pair; assigns keys.
    bool addPairs(Dataset &dataset, const QString &annotator, QString *error);
    Dataset dataset() const;  // all pairs, in import order, with current labels (a snapshot)
    // The same with empty texts: the window of a large project holds no texts and reads those it shows
    // (storetexts.cpp).
    Dataset datasetWithoutTexts() const;
    struct PairText {
        qint64 key = 0;
        QString first, second;
    };
    // The texts of the pairs of `keys` (unknown keys are left out), in no particular order.
    std::vector<PairText> texts(const std::vector<qint64> &keys) const;
    // Every pair's texts, by key, a page at a time (memory: one page); `visit` returns false to stop.
    // False when a read failed (`error` says why).
    bool forEachText(const std::function<bool(const PairText &)> &visit, QString *error) const;
    int pairCount() const;
    std::optional<Pair> pair(qint64 key) const;
    // Up to `limit` pairs whose keys follow `afterKey`, by key: a bulk job reads the project page by page
    // (start at 0, continue after the last key returned; empty at the end).
    std::vector<Pair> pairsAfter(qint64 afterKey, int limit) const;

    // Changes the current label and appends the log entry, atomically. No-op (true) when the stored label
    // (read inside the transaction, whatever the caller last saw) is `label` already. `previous` receives the
    // stored label it replaced.
    bool setLabel(qint64 key, int label, const QString &annotator, const QString &source, QString *error,
                  int *previous = nullptr);
    // setLabel for many pairs in one transaction (all or none), a log entry per changed pair; `previous`
    // receives each pair's stored label, `lastLogSeq` the seq of the transaction's last log entry (its
    // entries are the changed pairs' count of consecutive seqs ending there; 0 when none was written).
    bool setLabels(const std::vector<qint64> &keys, const std::vector<int> &labels, const QString &annotator,
                   const QString &source, QString *error, std::vector<int> *previous = nullptr,
                   qint64 *lastLogSeq = nullptr);
    bool setSplits(const std::vector<Pair> &pairs, QString *error);
    bool setImageInfo(const std::vector<Pair> &pairs, QString *error);  // imageFile / imageMissing

    // Fetched images (storefetches.cpp): the last attempt per tweet id; the table is created on the first write.
    bool recordFetches(const std::vector<ImageFetchRecord> &records, QString *error);
    std::vector<ImageFetchRecord> fetchRecords() const;  // ordered by tweet id; empty when none were recorded

    // Per-annotator labels (storeannotations.cpp; in a file the tables appear with the first): records
    // `annotator`'s label of the pair (replacing their own earlier one, never another's) and re-derives the
    // pair's current label by ConsensusRule (model/team/consensus.h), a change logged as a human correction by
    // the annotator, in one transaction. On a server the server derives and logs it, and the annotator is the
    // database role whatever `annotator` says. `previous`: the annotator's own earlier label of the pair
    // (kNoLabel: none), what an undo gives back to recordAnnotatorLabel or, when none, withdrawAnnotatorLabel.
    bool recordAnnotatorLabel(qint64 key, int label, const QString &annotator, QString *error,
                              int *previous = nullptr);
    // Takes back the annotator's label of the pair (the undo of their first one) and re-derives; `previous`
    // receives the label taken back (kNoLabel: there was none).
    bool withdrawAnnotatorLabel(qint64 key, const QString &annotator, QString *error, int *previous = nullptr);
    std::vector<AnnotatorLabelRecord> annotatorLabels() const;  // by pair key, then annotator
    bool hasAnnotatorLabels() const;  // any at all (one row read: cheap at any size)
    // A reviewer's final label of the pair (kNoLabel: takes the adjudication back), then re-derives.
    bool adjudicate(qint64 key, int label, const QString &reviewer, QString *error);
    std::vector<AdjudicationRecord> adjudications() const;  // by pair key
    // How many annotator labels a pair wants before it counts as agreed (meta "labels_per_pair", default 2).
    int labelsPerPair() const;
    // Assignments (storeassignments.cpp; in a file the table appears with the first team write): which
    // annotator is to label which pair, in one transaction. Assigning a pair twice keeps the first; an unknown
    // pair key refuses all, naming it. `changed` receives how many assignments were added or removed. On a
    // server the annotator is a role name, and only reviewers and owners may assign (the server's grants);
    // a server project created before assignments gains the table with its creator's first assignment.
    bool assignPairs(const std::vector<qint64> &keys, const QString &annotator, QString *error,
                     int *changed = nullptr);
    // Empty `keys`: every pair assigned to the annotator.
    bool unassignPairs(const std::vector<qint64> &keys, const QString &annotator, QString *error,
                       int *changed = nullptr);
    std::vector<AssignmentRecord> assignments() const;  // by pair key, then annotator; empty when none
    // Makes the login role `name` (created if new) an annotator, a reviewer (also adjudicates) or an owner of
    // this server project; refused for a file (its annotators are names) and by the server for non-owners.
    enum class TeamRole { Annotator, Reviewer, Owner };
    bool addTeamMember(const QString &name, TeamRole role, QString *error);
    // A project on a PostgreSQL server (ProjectLocator): identity and permissions come from the server.
    bool isServer() const;
    // Who the server says we are (its session role); on a file, empty: the window's configured name is used.
    QString serverIdentity() const;

    std::vector<LogEntry> log(qint64 pairKey = -1) const;  // oldest first; -1 = all pairs
    // Changes committed by others (storewatch.cpp): the log is append-only, so its entries after `seq` are
    // every label change since; each call costs what it returns (at most `limit` entries, oldest first).
    std::vector<LogEntry> logSince(qint64 seq, int limit = 10000) const;
    qint64 lastLogSeq() const;  // 0 for an empty log
    // SQLite's data_version: changes when another connection (thread or process) committed; -1 when closed.
    qint64 dataVersion() const;
    // Copies the committed pages from the -wal into the file as far as no reader needs them (PASSIVE: never
    // waits), so that the file alone soon holds every committed correction. True on a read-only project.
    bool checkpoint(QString *error = nullptr);

    QVariant meta(const QString &key, const QVariant &fallback = {}) const;
    bool setMeta(const QString &key, const QVariant &value, QString *error = nullptr);

    // Model versions. addModel copies nothing: `file` must already be in modelsDir().
    bool addModel(ModelVersion &version, QString *error);
    // Versions as listed: their configJson lacks the label snapshot's per-pair labels (megabytes at 100,000
    // pairs; its counts and digest stay), so that listing costs the same at any project size.
    std::vector<ModelVersion> models() const;
    // A version's whole configuration, with the label snapshot's per-pair labels; empty when there is none.
    QString fullConfigJson(qint64 id) const;
    std::optional<ModelVersion> activeModel() const;
    bool setActiveModel(qint64 id, QString *error);
    QString nextModelName() const;

    // Cached predictions of a model version, keyed by pair key.
    bool savePredictions(qint64 modelId, const std::vector<qint64> &keys,
                         const std::vector<Prediction> &predictions, QString *error);
    // Adds (or replaces) these predictions of a version, keeping its others: a bulk job's later batches,
    // each in a transaction of its own.
    bool appendPredictions(qint64 modelId, const std::vector<qint64> &keys,
                           const std::vector<Prediction> &predictions, QString *error);
    bool loadPredictions(qint64 modelId, std::vector<qint64> *keys, std::vector<Prediction> *predictions) const;

    // A consistent single-file copy at `target` (which must not exist) of every committed change, taken
    // while others may write (the project is the file plus its -wal while open: copying the file alone is not).
    bool backup(const QString &target, QString *error) const;

    QString lastError() const;

private:
    bool openServer(const QString &locator, bool create, Access access, QString *error);
    bool connectServer(const QString &locator, bool mustExist, Access access, QString *error, QString *database);
    bool createServerSchema(const QString &database, QString *error);  // inside the caller's transaction
    friend class ProjectCopy;  // copies between a file and a server (projectcopy.h)
    friend class ReviewStore;  // the review_log table (reviewstore.cpp) shares this connection
    // The rows of an executed "SELECT seq, pair_key, annotator, ts, from_label, to_label, source" query.
    static std::vector<LogEntry> readLog(QSqlQuery &q);

    std::unique_ptr<StoreConnection> d;
    bool m_fullyChecked = false;  // opened with Checks::Full (or an unchanged verified state)
};

}  // namespace entail
