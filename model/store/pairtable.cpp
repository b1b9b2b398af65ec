#include "model/store/pairtable.h"

#include "model/store/storeconnection.h"

#include <QSqlQuery>

#include <algorithm>

namespace entail {

namespace {

Pair readPair(const QSqlQuery &q, bool v2)
{
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
    return p;
}

int nextOrd(const StoreConnection &c)
{
    QSqlQuery q(c.db());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(ord), -1) + 1 FROM pairs")) && q.next())
        return q.value(0).toInt();
    return 0;
}

}  // namespace

std::vector<Pair> PairTable::load(const StoreConnection &c, const QString &where, qint64 key)
{
    std::vector<Pair> out;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    const bool v2 = c.schemaVersion() >= 2;
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
    while (q.next())
        out.push_back(readPair(q, v2));
    return out;
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
              QVariant(int(p.split)), text(p.first.imageFile), QVariant(p.first.imageMissing),
              text(p.second.imageFile), QVariant(p.second.imageMissing)})
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
        q.addBindValue(p.first.imageMissing);
        q.addBindValue(StoreConnection::text(p.second.imageFile));
        q.addBindValue(p.second.imageMissing);
        q.addBindValue(p.key);
        if (!q.exec())
            return c.fail(error, StoreConnection::tr("cannot save image locations"), q.lastError());
    }
    return true;
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

}  // namespace entail
