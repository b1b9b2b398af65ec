// ProjectStore's model versions and their cached predictions (the rest of the store: store.cpp).
#include "model/store/store.h"

#include "model/store/storeconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace entail {

namespace {

// The per-pair labels of the snapshot are left out of the listing (a configuration that is not JSON, e.g.
// written by another tool, is listed as it is).
QString modelColumns(const StoreConnection &c)
{
    return c.dialect("SELECT id, name, file, created,"
                     " IIF(json_valid(config), json_remove(config, '$.label_snapshot.labels'), config), metrics,"
                     " active FROM models",
                     // On a server every configuration was written by Entail Studio as JSON.
                     "SELECT id, name, file, created, (config::jsonb #- '{label_snapshot,labels}')::text, metrics,"
                     " active FROM models");
}

ModelVersion readModel(const QSqlQuery &q, const QString &modelsDir)
{
    ModelVersion m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    const QString stored = q.value(2).toString();
    m.file = QFileInfo(stored).isAbsolute() ? stored : QDir(modelsDir).filePath(stored);
    m.created = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    m.configJson = q.value(4).toString();
    m.metricsJson = q.value(5).toString();
    m.active = q.value(6).toBool();
    return m;
}

}  // namespace

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
    const auto text = &StoreConnection::text;
    QSqlQuery q(d->db());
    if (!d->execPrepared(q,
                         QStringLiteral("INSERT INTO models(name, file, created, config, metrics, active)"
                                        " VALUES (?, ?, ?, ?, ?, 0)"),
                         {text(version.name), text(stored), version.created.toString(Qt::ISODateWithMs),
                          text(version.configJson), text(version.metricsJson)},
                         StoreConnection::tr("cannot record the model version"), error))
        return false;
    version.id = q.lastInsertId().toLongLong();
    version.active = false;
    return true;
}

std::vector<ModelVersion> ProjectStore::models() const
{
    std::vector<ModelVersion> out;
    QSqlQuery q(d->db());
    if (!q.exec(modelColumns(*d) + QStringLiteral(" ORDER BY id")))
        return out;
    while (q.next())
        out.push_back(readModel(q, modelsDir()));
    return out;
}

QString ProjectStore::fullConfigJson(qint64 id) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT config FROM models WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<ModelVersion> ProjectStore::activeModel() const
{
    QSqlQuery q(d->db());
    if (q.exec(modelColumns(*d) + QStringLiteral(" WHERE active = 1 ORDER BY id DESC LIMIT 1")) && q.next())
        return readModel(q, modelsDir());
    return std::nullopt;
}

bool ProjectStore::setActiveModel(qint64 id, QString *error)
{
    return d->transaction(error, [&] {
        QSqlQuery q(d->db());
        return d->execPrepared(q, QStringLiteral("UPDATE models SET active = CASE WHEN id = ? THEN 1 ELSE 0 END"), {id},
                               StoreConnection::tr("cannot activate the model"), error);
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

namespace {
// Inside the caller's transaction.
bool insertPredictions(const StoreConnection &c, qint64 modelId, const std::vector<qint64> &keys,
                       const std::vector<Prediction> &predictions, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("INSERT INTO predictions(model_id, pair_key, b0, b1, b2, t0, t1, t2, i0, i1, i2)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (model_id, pair_key) DO UPDATE SET"
                             " b0 = excluded.b0, b1 = excluded.b1, b2 = excluded.b2, t0 = excluded.t0,"
                             " t1 = excluded.t1, t2 = excluded.t2, i0 = excluded.i0, i1 = excluded.i1,"
                             " i2 = excluded.i2"));
    const size_t n = std::min(keys.size(), predictions.size());
    for (size_t i = 0; i < n; ++i) {
        q.addBindValue(modelId);
        q.addBindValue(keys[i]);
        for (const Probs *p : {&predictions[i].both, &predictions[i].textOnly, &predictions[i].imageOnly})
            for (float v : *p)
                q.addBindValue(double(v));
        if (!q.exec())
            return c.fail(error, StoreConnection::tr("cannot save predictions"), q.lastError());
    }
    return true;
}
}  // namespace

bool ProjectStore::savePredictions(qint64 modelId, const std::vector<qint64> &keys,
                                   const std::vector<Prediction> &predictions, QString *error)
{
    return d->transaction(error, [&] {
        QSqlQuery del(d->db());
        return d->execPrepared(del, QStringLiteral("DELETE FROM predictions WHERE model_id = ?"), {modelId},
                               StoreConnection::tr("cannot save predictions"), error)
            && insertPredictions(*d, modelId, keys, predictions, error);
    });
}

bool ProjectStore::appendPredictions(qint64 modelId, const std::vector<qint64> &keys,
                                     const std::vector<Prediction> &predictions, QString *error)
{
    return d->transaction(error, [&] { return insertPredictions(*d, modelId, keys, predictions, error); });
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
