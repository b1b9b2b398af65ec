#include "model/store/pairtable.h"

#include "model/store/storeconnection.h"

#include <QSqlQuery>
#include <QStringDecoder>
#include <sqlite3.h>

#include <algorithm>

namespace entail {

// QString::fromUtf8 drops a leading byte order mark; in a stored text it is the text's own character.
QString PairTable::text(sqlite3_stmt *s, int column)
{
    const char *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    const int size = sqlite3_column_bytes(s, column);
    if (size < 3 || !QByteArrayView(bytes, 3).startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes, size);
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(bytes, size));
}

Pair PairTable::readRow(sqlite3_stmt *s, bool v2)
{
    Pair p;
    p.key = sqlite3_column_int64(s, 0);
    p.first.id = text(s, 1);
    p.first.text = text(s, 2);
    p.first.imageUrl = text(s, 3);
    p.first.imagePathColumn = text(s, 4);
    p.second.id = text(s, 5);
    p.second.text = text(s, 6);
    p.second.imageUrl = text(s, 7);
    p.second.imagePathColumn = text(s, 8);
    p.originalLabel = sqlite3_column_int(s, 9);
    p.currentLabel = sqlite3_column_int(s, 10);
    if (v2) {
        p.split = Split(std::clamp(sqlite3_column_int(s, 11), 0, kNumSplits - 1));
        p.first.imageFile = text(s, 12);
        p.first.imageMissing = sqlite3_column_int(s, 13) != 0;
        p.second.imageFile = text(s, 14);
        p.second.imageMissing = sqlite3_column_int(s, 15) != 0;
    }
    return p;
}

namespace {

// A server's rows, through Qt (a server has no SQLite handle); columns as readPair's.
std::vector<Pair> loadFromServer(const StoreConnection &c, const QString &sql, const std::vector<qint64> &binds)
{
    std::vector<Pair> out;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qint64 b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next()) {
        Pair p;
        p.key = q.value(0).toLongLong();
        Tweet *tweets[2] = {&p.first, &p.second};
        for (int t = 0; t < 2; ++t) {
            tweets[t]->id = q.value(1 + 4 * t).toString();
            tweets[t]->text = q.value(2 + 4 * t).toString();
            tweets[t]->imageUrl = q.value(3 + 4 * t).toString();
            tweets[t]->imagePathColumn = q.value(4 + 4 * t).toString();
            tweets[t]->imageFile = q.value(12 + 2 * t).toString();
            tweets[t]->imageMissing = q.value(13 + 2 * t).toInt() != 0;
        }
        p.originalLabel = q.value(9).toInt();
        p.currentLabel = q.value(10).toInt();
        p.split = Split(std::clamp(q.value(11).toInt(), 0, kNumSplits - 1));
        out.push_back(std::move(p));
    }
    return out;
}

int nextOrd(const StoreConnection &c)
{
    QSqlQuery q(c.db());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(ord), -1) + 1 FROM pairs")) && q.next())
        return q.value(0).toInt();
    return 0;
}

}  // namespace

// Through SQLite's own API: reading UTF-8 straight into the texts measured about twice as fast as Qt's
// per-value QVariants (UTF-16 from SQLite, then copied) at 100,000 pairs. `tail` follows "FROM pairs" and
// binds `binds` in order.
static std::vector<Pair> loadRows(const StoreConnection &c, const QString &tail, const std::vector<qint64> &binds,
                                  bool texts = true)
{
    std::vector<Pair> out;
    sqlite3 *db = c.handle();
    const bool v2 = c.isServer() || c.schemaVersion() >= 2;
    const QString sql = PairTable::selectSql(v2, texts) + QStringLiteral(" FROM pairs ") + tail;
    if (c.isServer())
        return loadFromServer(c, sql, binds);
    if (!db)
        return out;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return out;
    }
    for (size_t i = 0; i < binds.size(); ++i)
        sqlite3_bind_int64(s, int(i) + 1, binds[i]);
    while (sqlite3_step(s) == SQLITE_ROW)
        out.push_back(PairTable::readRow(s, v2));
    sqlite3_finalize(s);
    return out;
}

std::vector<Pair> PairTable::load(const StoreConnection &c, const QString &where, qint64 key)
{
    const QString tail = where + QStringLiteral(" ORDER BY ord");
    return where.isEmpty() ? loadRows(c, tail, {}) : loadRows(c, tail, {key});
}

std::vector<Pair> PairTable::loadWithoutTexts(const StoreConnection &c)
{
    return loadRows(c, QStringLiteral("ORDER BY ord"), {}, false);
}

std::vector<Pair> PairTable::loadAfter(const StoreConnection &c, qint64 afterKey, int limit)
{
    return loadRows(c, QStringLiteral("WHERE key > ? ORDER BY key LIMIT ?"), {afterKey, qint64(limit)});
}

bool PairTable::insert(const StoreConnection &c, std::vector<Pair> &pairs, const QString &annotator,
                       QString *error, int firstOrd)
{
    const auto text = &StoreConnection::text;
    int ord = firstOrd >= 0 ? firstOrd : nextOrd(c);
    QSqlQuery q(c.db()), log(c.db());
    q.prepare(insertPairSql());
    prepareLog(log);
    const QString now = StoreConnection::timestampNow();  // one moment for the whole batch
    for (Pair &p : pairs) {
        int i = 0;
        for (const QVariant &v :
             {QVariant(ord++), text(p.first.id), text(p.first.text), text(p.first.imageUrl),
              text(p.first.imagePathColumn), text(p.second.id), text(p.second.text), text(p.second.imageUrl),
              text(p.second.imagePathColumn), QVariant(p.originalLabel), QVariant(p.currentLabel),
              QVariant(int(p.split)), text(p.first.imageFile), QVariant(int(p.first.imageMissing)),
              text(p.second.imageFile), QVariant(int(p.second.imageMissing))})
            q.bindValue(i++, v);
        if (!q.exec())
            return c.fail(error, StoreConnection::tr("cannot add pairs"), q.lastError());
        p.key = q.lastInsertId().toLongLong();
        if (!isValidLabel(p.currentLabel))
            continue;
        bindLog(log, p.key, annotator, now, kNoLabel, p.currentLabel, QStringLiteral("import"));
        if (!log.exec())
            return c.fail(error, StoreConnection::tr("cannot append to the annotation log"), log.lastError());
    }
    return true;
}

bool PairTable::writeSplits(const StoreConnection &c, const std::vector<Pair> &pairs, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("UPDATE pairs SET split = ? WHERE key = ?"));
    for (const Pair &p : pairs) {
        q.addBindValue(int(p.split));
        q.addBindValue(p.key);
        if (!q.exec())
            return c.fail(error, StoreConnection::tr("cannot save splits"), q.lastError());
    }
    return true;
}

bool PairTable::writeImageInfo(const StoreConnection &c, const std::vector<Pair> &pairs, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("UPDATE pairs SET image_1_file = ?, image_1_missing = ?, image_2_file = ?,"
                             " image_2_missing = ? WHERE key = ?"));
    for (const Pair &p : pairs) {
        q.addBindValue(StoreConnection::text(p.first.imageFile));
        q.addBindValue(int(p.first.imageMissing));
        q.addBindValue(StoreConnection::text(p.second.imageFile));
        q.addBindValue(int(p.second.imageMissing));
        q.addBindValue(p.key);
        if (!q.exec())
            return c.fail(error, StoreConnection::tr("cannot save image locations"), q.lastError());
    }
    return true;
}

QString PairTable::selectSql(bool v2, bool texts)
{
    QString sql = texts ? QStringLiteral("SELECT key, id_1, text_1, image_1, image_1_path, id_2, text_2, image_2,"
                                         " image_2_path, original_label, current_label")
                        : QStringLiteral("SELECT key, id_1, '', image_1, image_1_path, id_2, '', image_2,"
                                         " image_2_path, original_label, current_label");
    if (v2)
        sql += QStringLiteral(", split, image_1_file, image_1_missing, image_2_file, image_2_missing");
    return sql;
}

QString PairTable::insertPairSql()
{
    return QStringLiteral(
        "INSERT INTO pairs(ord, id_1, text_1, image_1, image_1_path, id_2, text_2, image_2, image_2_path,"
        " original_label, current_label, split, image_1_file, image_1_missing, image_2_file, image_2_missing)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
}

QString PairTable::insertLogSql()
{
    return QStringLiteral("INSERT INTO annotation_log(pair_key, annotator, ts, from_label, to_label, source)"
                          " VALUES (?, ?, ?, ?, ?, ?)");
}

void PairTable::prepareLog(QSqlQuery &q) { q.prepare(insertLogSql()); }

void PairTable::bindLog(QSqlQuery &q, qint64 key, const QString &annotator, const QString &timestamp, int from,
                        int to, const QString &source)
{
    q.bindValue(0, key);
    q.bindValue(1, StoreConnection::text(annotator));
    q.bindValue(2, timestamp);
    q.bindValue(3, from);
    q.bindValue(4, to);
    q.bindValue(5, source);
}

bool PairTable::appendLog(const StoreConnection &c, qint64 key, const QString &annotator, int from, int to,
                          const QString &source, QString *error)
{
    QSqlQuery q(c.db());
    prepareLog(q);
    bindLog(q, key, annotator, StoreConnection::timestampNow(), from, to, source);
    if (!q.exec())
        return c.fail(error, StoreConnection::tr("cannot append to the annotation log"), q.lastError());
    return true;
}

bool PairTable::changeLabel(const StoreConnection &c, qint64 key, int label, const QString &annotator,
                            const QString &source, QString *error, int *previous)
{
    QSqlQuery q(c.db());
    if (!c.execPrepared(q, QStringLiteral("SELECT current_label FROM pairs WHERE key = ?"), {key},
                        StoreConnection::tr("cannot read the pair"), error))
        return false;
    if (!q.next())
        return c.refuse(error, StoreConnection::tr("%1: no pair with key %2").arg(c.path()).arg(key));
    const int from = q.value(0).toInt();
    if (previous)
        *previous = from;
    if (from == label)
        return true;
    QSqlQuery u(c.db());
    return c.execPrepared(u, QStringLiteral("UPDATE pairs SET current_label = ? WHERE key = ?"), {label, key},
                          StoreConnection::tr("cannot change the label"), error)
        && appendLog(c, key, annotator, from, label, source, error);
}

}  // namespace entail
