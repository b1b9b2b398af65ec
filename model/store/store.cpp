#include "model/store/store.h"

#include "model/data/splits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <iterator>

namespace entail {

namespace {

class StoreText {
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

// Schema history: 1 = pairs + annotation log; 2 = splits, resolved image files, model versions, predictions.
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
};

constexpr quint64 kSplitSeed = 42;  // the seed's random_state

QString timestampNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

// A null QString binds as SQL NULL; the schema wants empty strings.
QVariant text(const QString &s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s); }

}  // namespace

struct ProjectStore::Impl {
    QString connection;
    QString path;
    mutable QString lastError;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    bool fail(QString *error, const QString &what, const QSqlError &sqlError) const
    {
        lastError = StoreText::tr("%1: %2 (%3)").arg(path, what, sqlError.text());
        if (error)
            *error = lastError;
        return false;
    }

    bool exec(QSqlQuery &q, const QString &sql, QString *error) const
    {
        if (!q.exec(sql))
            return fail(error, StoreText::tr("database error"), q.lastError());
        return true;
    }

    bool execAll(const char *const *statements, size_t count, QString *error) const
    {
        QSqlQuery q(db());
        for (size_t i = 0; i < count; ++i)
            if (!exec(q, QString::fromLatin1(statements[i]), error))
                return false;
        return true;
    }

    // Runs `body` inside one transaction; rolls back when it returns false.
    template <typename F>
    bool transaction(QString *error, F body) const
    {
        QSqlDatabase d = db();
        if (!d.transaction())
            return fail(error, StoreText::tr("cannot start a transaction"), d.lastError());
        if (!body()) {
            d.rollback();
            return false;
        }
        if (!d.commit()) {
            const QSqlError e = d.lastError();
            d.rollback();
            return fail(error, StoreText::tr("cannot commit"), e);
        }
        return true;
    }

    int schemaVersion() const
    {
        QSqlQuery q(db());
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }

    bool setSchemaVersion(int v, QString *error) const
    {
        QSqlQuery q(db());
        return exec(q, QStringLiteral("PRAGMA user_version = %1").arg(v), error);
    }

    bool migrate(QString *error)
    {
        const int version = schemaVersion();
        if (version > kSchemaVersion) {
            lastError = StoreText::tr("%1: the project was written by a newer Entail Studio (schema %2, this "
                                      "version reads up to %3)")
                            .arg(path).arg(version).arg(kSchemaVersion);
            if (error)
                *error = lastError;
            return false;
        }
        if (version < 1) {
            lastError = StoreText::tr("%1: not an Entail Studio project").arg(path);
            if (error)
                *error = lastError;
            return false;
        }
        if (version == 1) {
            const bool ok = transaction(error, [&] {
                return execAll(kMigrationTo2, std::size(kMigrationTo2), error) && setSchemaVersion(2, error)
                    && assignInitialSplits(error);
            });
            if (!ok)
                return false;
        }
        return true;
    }

    // Projects from schema 1 had no splits: assign the seed's stratified split once.
    bool assignInitialSplits(QString *error)
    {
        std::vector<Pair> pairs = loadPairs(QString());
        assignSplits(pairs, kSplitSeed);
        return writeSplits(pairs, error);
    }

    bool writeSplits(const std::vector<Pair> &pairs, QString *error) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE pairs SET split = ? WHERE key = ?"));
        for (const Pair &p : pairs) {
            q.addBindValue(int(p.split));
            q.addBindValue(p.key);
            if (!q.exec())
                return fail(error, StoreText::tr("cannot save splits"), q.lastError());
        }
        return true;
    }

    bool configure(QString *error) const
    {
        QSqlQuery q(db());
        // WAL + FULL sync: a committed correction survives kill -9 (and power loss) at any moment.
        return exec(q, QStringLiteral("PRAGMA journal_mode = WAL"), error)
            && exec(q, QStringLiteral("PRAGMA synchronous = FULL"), error)
            && exec(q, QStringLiteral("PRAGMA foreign_keys = ON"), error)
            && exec(q, QStringLiteral("PRAGMA busy_timeout = 5000"), error);
    }

    std::vector<Pair> loadPairs(const QString &where, qint64 key = 0) const
    {
        std::vector<Pair> out;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        const bool v2 = schemaVersion() >= 2;
        QString sql = QStringLiteral(
            "SELECT key, id_1, text_1, image_1, image_1_path, id_2, text_2, image_2, image_2_path,"
            " original_label, current_label");
        sql += v2 ? QStringLiteral(", split, image_1_file, image_1_missing, image_2_file, image_2_missing")
                  : QString();
        sql += QStringLiteral(" FROM pairs ") + where + QStringLiteral(" ORDER BY ord");
        q.prepare(sql);
        if (!where.isEmpty())
            q.addBindValue(key);
        if (!q.exec())
            return out;
        while (q.next()) {
            Pair p;
            p.key = q.value(0).toLongLong();
            p.first.id = q.value(1).toString();
            p.first.text = q.value(2).toString();
            p.first.imageUrl = q.value(3).toString();
            p.first.imagePathColumn = q.value(4).toString();
            p.second.id = q.value(5).toString();
            p.second.text = q.value(6).toString();
            p.second.imageUrl = q.value(7).toString();
            p.second.imagePathColumn = q.value(8).toString();
            p.originalLabel = q.value(9).toInt();
            p.currentLabel = q.value(10).toInt();
            if (v2) {
                p.split = Split(std::clamp(q.value(11).toInt(), 0, kNumSplits - 1));
                p.first.imageFile = q.value(12).toString();
                p.first.imageMissing = q.value(13).toBool();
                p.second.imageFile = q.value(14).toString();
                p.second.imageMissing = q.value(15).toBool();
            }
            out.push_back(std::move(p));
        }
        return out;
    }

    bool appendLog(qint64 key, const QString &annotator, int from, int to, const QString &source,
                   QString *error) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO annotation_log(pair_key, annotator, ts, from_label, to_label, source)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(key);
        q.addBindValue(text(annotator));
        q.addBindValue(timestampNow());
        q.addBindValue(from);
        q.addBindValue(to);
        q.addBindValue(source);
        if (!q.exec())
            return fail(error, StoreText::tr("cannot append to the annotation log"), q.lastError());
        return true;
    }

    bool openConnection(const QString &file, QString *error)
    {
        path = QFileInfo(file).absoluteFilePath();
        connection = QStringLiteral("entail-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (!database.open())
            return fail(error, StoreText::tr("cannot open the project"), database.lastError());
        return configure(error);
    }

    QString absoluteModelFile(const QString &stored) const
    {
        if (QFileInfo(stored).isAbsolute())
            return stored;
        return QDir(path + QStringLiteral(".models")).filePath(stored);
    }

    ModelVersion readModel(const QSqlQuery &q) const
    {
        ModelVersion m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.file = absoluteModelFile(q.value(2).toString());
        m.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        m.configJson = q.value(4).toString();
        m.metricsJson = q.value(5).toString();
        m.active = q.value(6).toBool();
        return m;
    }
};

ProjectStore::ProjectStore() : d(new Impl) {}

ProjectStore::~ProjectStore()
{
    close();
    delete d;
}

bool ProjectStore::isOpen() const { return !d->connection.isEmpty() && d->db().isOpen(); }
QString ProjectStore::path() const { return d->path; }
QString ProjectStore::modelsDir() const { return d->path + QStringLiteral(".models"); }
QString ProjectStore::lastError() const { return d->lastError; }

void ProjectStore::close()
{
    if (d->connection.isEmpty())
        return;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connection);
    d->connection.clear();
}

bool ProjectStore::create(const QString &path, QString *error)
{
    close();
    if (QFileInfo::exists(path)) {
        d->lastError = StoreText::tr("%1: a file of that name exists already").arg(path);
        if (error)
            *error = d->lastError;
        return false;
    }
    if (!d->openConnection(path, error)) {
        close();
        return false;
    }
    const bool ok = d->transaction(error, [&] {
        return d->execAll(kSchemaV1, std::size(kSchemaV1), error)
            && d->execAll(kMigrationTo2, std::size(kMigrationTo2), error)
            && d->setSchemaVersion(kSchemaVersion, error);
    });
    if (!ok) {
        close();
        QFile::remove(path);
        return false;
    }
    setMeta(QStringLiteral("created"), timestampNow());
    return true;
}

bool ProjectStore::open(const QString &path, QString *error)
{
    close();
    if (!QFileInfo(path).isFile()) {
        d->lastError = StoreText::tr("%1: no such project file").arg(path);
        if (error)
            *error = d->lastError;
        return false;
    }
    if (!d->openConnection(path, error) || !d->migrate(error)) {
        close();
        return false;
    }
    return true;
}

bool ProjectStore::addPairs(Dataset &dataset, const QString &annotator, QString *error)
{
    int ord = 0;
    {
        QSqlQuery q(d->db());
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(ord), -1) + 1 FROM pairs")) && q.next())
            ord = q.value(0).toInt();
    }
    std::vector<Pair> pairs = dataset.pairs;
    const bool ok = d->transaction(error, [&] {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral(
            "INSERT INTO pairs(ord, id_1, text_1, image_1, image_1_path, id_2, text_2, image_2, image_2_path,"
            " original_label, current_label, split, image_1_file, image_1_missing, image_2_file, image_2_missing)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        for (Pair &p : pairs) {
            for (const QVariant &v :
                 {QVariant(ord++), text(p.first.id), text(p.first.text), text(p.first.imageUrl),
                  text(p.first.imagePathColumn), text(p.second.id), text(p.second.text), text(p.second.imageUrl),
                  text(p.second.imagePathColumn), QVariant(p.originalLabel), QVariant(p.currentLabel),
                  QVariant(int(p.split)), text(p.first.imageFile), QVariant(p.first.imageMissing),
                  text(p.second.imageFile), QVariant(p.second.imageMissing)})
                q.addBindValue(v);
            if (!q.exec())
                return d->fail(error, StoreText::tr("cannot add pairs"), q.lastError());
            p.key = q.lastInsertId().toLongLong();
            if (isValidLabel(p.currentLabel)
                && !d->appendLog(p.key, annotator, kNoLabel, p.currentLabel, QStringLiteral("import"), error))
                return false;
        }
        QSqlQuery m(d->db());
        m.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
        const std::pair<const char *, QVariant> meta[] = {
            {"source_file", dataset.sourceFile},
            {"has_path_columns", int(dataset.hasPathColumns)},
            {"has_label_idx", int(dataset.hasLabelIdx)},
        };
        for (const auto &[k, v] : meta) {
            m.addBindValue(QString::fromLatin1(k));
            m.addBindValue(text(v.toString()));
            if (!m.exec())
                return d->fail(error, StoreText::tr("cannot save project settings"), m.lastError());
        }
        return true;
    });
    if (ok)
        dataset.pairs = std::move(pairs);
    return ok;
}

Dataset ProjectStore::dataset() const
{
    Dataset ds;
    ds.sourceFile = meta(QStringLiteral("source_file")).toString();
    ds.hasPathColumns = meta(QStringLiteral("has_path_columns")).toInt() != 0;
    ds.hasLabelIdx = meta(QStringLiteral("has_label_idx")).toInt() != 0;
    ds.pairs = d->loadPairs(QString());
    return ds;
}

int ProjectStore::pairCount() const
{
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM pairs")) && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<Pair> ProjectStore::pair(qint64 key) const
{
    std::vector<Pair> one = d->loadPairs(QStringLiteral("WHERE key = ?"), key);
    if (one.empty())
        return std::nullopt;
    return one.front();
}

bool ProjectStore::setLabel(qint64 key, int label, const QString &annotator, const QString &source,
                            QString *error)
{
    if (!isValidLabel(label) && label != kNoLabel) {
        d->lastError = StoreText::tr("invalid label id %1").arg(label);
        if (error)
            *error = d->lastError;
        return false;
    }
    return d->transaction(error, [&] {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT current_label FROM pairs WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return d->fail(error, StoreText::tr("cannot read the pair"), q.lastError());
        if (!q.next()) {
            d->lastError = StoreText::tr("%1: no pair with key %2").arg(d->path).arg(key);
            if (error)
                *error = d->lastError;
            return false;
        }
        const int from = q.value(0).toInt();
        if (from == label)
            return true;
        QSqlQuery u(d->db());
        u.prepare(QStringLiteral("UPDATE pairs SET current_label = ? WHERE key = ?"));
        u.addBindValue(label);
        u.addBindValue(key);
        if (!u.exec())
            return d->fail(error, StoreText::tr("cannot change the label"), u.lastError());
        return d->appendLog(key, annotator, from, label, source, error);
    });
}

bool ProjectStore::setSplits(const std::vector<Pair> &pairs, QString *error)
{
    return d->transaction(error, [&] { return d->writeSplits(pairs, error); });
}

bool ProjectStore::setImageInfo(const std::vector<Pair> &pairs, QString *error)
{
    return d->transaction(error, [&] {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("UPDATE pairs SET image_1_file = ?, image_1_missing = ?, image_2_file = ?,"
                                 " image_2_missing = ? WHERE key = ?"));
        for (const Pair &p : pairs) {
            q.addBindValue(text(p.first.imageFile));
            q.addBindValue(p.first.imageMissing);
            q.addBindValue(text(p.second.imageFile));
            q.addBindValue(p.second.imageMissing);
            q.addBindValue(p.key);
            if (!q.exec())
                return d->fail(error, StoreText::tr("cannot save image locations"), q.lastError());
        }
        return true;
    });
}

std::vector<LogEntry> ProjectStore::log(qint64 pairKey) const
{
    std::vector<LogEntry> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT seq, pair_key, annotator, ts, from_label, to_label, source"
                                 " FROM annotation_log");
    if (pairKey >= 0)
        sql += QStringLiteral(" WHERE pair_key = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY seq"));
    if (pairKey >= 0)
        q.addBindValue(pairKey);
    if (!q.exec())
        return out;
    while (q.next()) {
        LogEntry e;
        e.seq = q.value(0).toLongLong();
        e.pairKey = q.value(1).toLongLong();
        e.annotator = q.value(2).toString();
        e.timestamp = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        e.fromLabel = q.value(4).toInt();
        e.toLabel = q.value(5).toInt();
        e.source = q.value(6).toString();
        out.push_back(std::move(e));
    }
    return out;
}

QVariant ProjectStore::meta(const QString &key, const QVariant &fallback) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0);
    return fallback;
}

bool ProjectStore::setMeta(const QString &key, const QVariant &value, QString *error)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(text(value.toString()));
    if (!q.exec())
        return d->fail(error, StoreText::tr("cannot save project settings"), q.lastError());
    return true;
}

bool ProjectStore::addModel(ModelVersion &version, QString *error)
{
    // Stored relative to the models folder so that a project can be moved with it.
    QString stored = version.file;
    const QString dir = QDir(modelsDir()).absolutePath() + QLatin1Char('/');
    if (stored.startsWith(dir))
        stored = stored.mid(dir.size());
    if (!version.created.isValid())
        version.created = QDateTime::currentDateTimeUtc();
    if (version.name.isEmpty())
        version.name = nextModelName();
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("INSERT INTO models(name, file, created, config, metrics, active)"
                             " VALUES (?, ?, ?, ?, ?, 0)"));
    q.addBindValue(text(version.name));
    q.addBindValue(text(stored));
    q.addBindValue(version.created.toString(Qt::ISODateWithMs));
    q.addBindValue(text(version.configJson));
    q.addBindValue(text(version.metricsJson));
    if (!q.exec())
        return d->fail(error, StoreText::tr("cannot record the model version"), q.lastError());
    version.id = q.lastInsertId().toLongLong();
    version.active = false;
    return true;
}

std::vector<ModelVersion> ProjectStore::models() const
{
    std::vector<ModelVersion> out;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT id, name, file, created, config, metrics, active FROM models ORDER BY id")))
        return out;
    while (q.next())
        out.push_back(d->readModel(q));
    return out;
}

std::optional<ModelVersion> ProjectStore::activeModel() const
{
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("SELECT id, name, file, created, config, metrics, active FROM models"
                              " WHERE active = 1 ORDER BY id DESC LIMIT 1"))
        && q.next())
        return d->readModel(q);
    return std::nullopt;
}

bool ProjectStore::setActiveModel(qint64 id, QString *error)
{
    return d->transaction(error, [&] {
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("UPDATE models SET active = (id = ?)"));
        q.addBindValue(id);
        if (!q.exec())
            return d->fail(error, StoreText::tr("cannot activate the model"), q.lastError());
        return true;
    });
}

QString ProjectStore::nextModelName() const
{
    QSqlQuery q(d->db());
    int n = 1;
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM models")) && q.next())
        n = q.value(0).toInt() + 1;
    return QStringLiteral("v%1").arg(n);
}

bool ProjectStore::savePredictions(qint64 modelId, const std::vector<qint64> &keys,
                                   const std::vector<Prediction> &predictions, QString *error)
{
    return d->transaction(error, [&] {
        QSqlQuery del(d->db());
        del.prepare(QStringLiteral("DELETE FROM predictions WHERE model_id = ?"));
        del.addBindValue(modelId);
        if (!del.exec())
            return d->fail(error, StoreText::tr("cannot save predictions"), del.lastError());
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("INSERT INTO predictions(model_id, pair_key, b0, b1, b2, t0, t1, t2, i0, i1, i2)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        const size_t n = std::min(keys.size(), predictions.size());
        for (size_t i = 0; i < n; ++i) {
            q.addBindValue(modelId);
            q.addBindValue(keys[i]);
            for (const Probs *p : {&predictions[i].both, &predictions[i].textOnly, &predictions[i].imageOnly})
                for (float v : *p)
                    q.addBindValue(double(v));
            if (!q.exec())
                return d->fail(error, StoreText::tr("cannot save predictions"), q.lastError());
        }
        return true;
    });
}

bool ProjectStore::loadPredictions(qint64 modelId, std::vector<qint64> *keys,
                                   std::vector<Prediction> *predictions) const
{
    keys->clear();
    predictions->clear();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT pair_key, b0, b1, b2, t0, t1, t2, i0, i1, i2 FROM predictions"
                             " WHERE model_id = ? ORDER BY pair_key"));
    q.addBindValue(modelId);
    if (!q.exec())
        return false;
    while (q.next()) {
        keys->push_back(q.value(0).toLongLong());
        Prediction p;
        int col = 1;
        for (Probs *probs : {&p.both, &p.textOnly, &p.imageOnly})
            for (float &v : *probs)
                v = float(q.value(col++).toDouble());
        predictions->push_back(p);
    }
    return !keys->empty();
}

}  // namespace entail
