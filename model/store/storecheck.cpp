#include "model/store/storecheck.h"

#include "model/store/storeconnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

namespace entail {

namespace {

const char kSqliteMagic[] = "SQLite format 3";  // and its terminating zero: 16 bytes

// The schema objects every project has (schema 2); a foreign database with user_version = 2 lacks them.
const char *const kExpectedObjects[] = {
    "meta", "pairs", "annotation_log", "annotation_log_pair", "annotation_log_no_update",
    "annotation_log_no_delete", "models", "predictions",
};

// Runs a query whose first row (if any) describes a violation; `row` receives its columns.
bool firstRow(const StoreConnection &c, const QString &sql, QVariantList *row, QString *error)
{
    QSqlQuery q(c.db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return StoreCheck::damaged(c, StoreConnection::tr("it cannot be read: %1").arg(q.lastError().text()),
                                   error);
    row->clear();
    if (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            row->append(q.value(i));
    return true;
}

bool checkObjects(const StoreConnection &c, QString *error)
{
    for (const char *name : kExpectedObjects) {
        QVariantList row;
        if (!firstRow(c, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(name)),
                      &row, error))
            return false;
        if (row.isEmpty())
            return StoreCheck::damaged(
                c, StoreConnection::tr("the table, index or trigger %1 is missing").arg(QLatin1String(name)),
                error);
    }
    return true;
}

bool checkPairCount(const StoreConnection &c, QString *error)
{
    QVariantList row;
    if (!firstRow(c, QStringLiteral("SELECT value, (SELECT COUNT(*) FROM pairs) FROM meta"
                                    " WHERE key = 'pair_count'"),
                  &row, error))
        return false;
    if (row.isEmpty())  // projects imported before the count was recorded
        return true;
    if (row.at(0).toLongLong() != row.at(1).toLongLong())
        return StoreCheck::countDiffers(c, row.at(0).toLongLong(), row.at(1).toLongLong(), error);
    return true;
}

bool checkLabels(const StoreConnection &c, QString *error)
{
    QVariantList row;
    if (!firstRow(c, QStringLiteral("SELECT key, CASE WHEN current_label BETWEEN -1 AND 2 THEN original_label"
                                    " ELSE current_label END FROM pairs WHERE current_label NOT BETWEEN -1 AND 2"
                                    " OR original_label NOT BETWEEN -1 AND 2 LIMIT 1"),
                  &row, error))
        return false;
    if (!row.isEmpty())
        return StoreCheck::labelOutside(c, row.at(0).toLongLong(), row.at(1).toLongLong(), error);
    // The log's last entry of a pair is its current label; a pair never logged keeps its imported label.
    if (!firstRow(c, QStringLiteral(
                         "SELECT p.key, p.current_label, COALESCE(l.to_label, p.original_label) FROM pairs p"
                         " LEFT JOIN annotation_log l ON l.seq ="
                         " (SELECT MAX(seq) FROM annotation_log WHERE pair_key = p.key)"
                         " WHERE p.current_label != COALESCE(l.to_label, p.original_label) LIMIT 1"),
                  &row, error))
        return false;
    if (!row.isEmpty())
        return StoreCheck::logDisagrees(c, row.at(0).toLongLong(), row.at(1).toInt(), row.at(2).toInt(), error);
    return true;
}

// The review_log table (ReviewStore) exists once a pair was reviewed: then its index and append-only triggers,
// its states and labels, and the pairs it names.
bool checkReviews(const StoreConnection &c, QString *error)
{
    if (!c.hasSchemaObject(QStringLiteral("review_log")))
        return true;
    for (const char *name : {"review_log_pair", "review_log_no_update", "review_log_no_delete"})
        if (!c.hasSchemaObject(QLatin1String(name)))
            return StoreCheck::damaged(
                c, StoreConnection::tr("the table, index or trigger %1 is missing").arg(QLatin1String(name)), error);
    const std::pair<const char *, const char *> checks[] = {
        {"SELECT seq, state FROM review_log WHERE state NOT IN ('', 'skipped', 'unsure', 'confirmed') LIMIT 1",
         QT_TRANSLATE_NOOP("ProjectStore", "review entry %1 has the unknown state \"%2\"")},
        {"SELECT seq, label FROM review_log WHERE label NOT BETWEEN -1 AND 2 LIMIT 1",
         QT_TRANSLATE_NOOP("ProjectStore", "review entry %1 has the label %2, outside -1..2")},
        {"SELECT seq, pair_key FROM review_log WHERE pair_key NOT IN (SELECT key FROM pairs) LIMIT 1",
         QT_TRANSLATE_NOOP("ProjectStore", "review entry %1 names the pair %2, which does not exist")},
    };
    for (const auto &[sql, message] : checks) {
        QVariantList row;
        if (!firstRow(c, QLatin1String(sql), &row, error))
            return false;
        if (!row.isEmpty())
            return StoreCheck::damaged(
                c, StoreConnection::tr(message).arg(row.at(0).toLongLong()).arg(row.at(1).toString()), error);
    }
    return true;
}

}  // namespace

bool StoreCheck::damaged(const StoreConnection &c, const QString &reason, QString *error, const QString &file)
{
    return c.refuse(error, StoreConnection::tr("%1: the project file is damaged (%2). Restore a backup of it, or "
                                               "import the CSV again into a new project (`entail export` of an "
                                               "older copy of the project writes that CSV).")
                               .arg(file.isEmpty() ? c.path() : file, reason));
}

bool StoreCheck::countDiffers(const StoreConnection &c, qint64 recorded, qint64 present, QString *error)
{
    return damaged(c, StoreConnection::tr("%1 pairs were imported but %2 are present").arg(recorded).arg(present),
                   error);
}

bool StoreCheck::labelOutside(const StoreConnection &c, qint64 key, qint64 label, QString *error)
{
    return damaged(c, StoreConnection::tr("pair %1 has the label %2, outside -1..2").arg(key).arg(label), error);
}

bool StoreCheck::logDisagrees(const StoreConnection &c, qint64 key, int label, int logged, QString *error)
{
    return damaged(c, StoreConnection::tr("pair %1 has the label %2 but its log says %3").arg(key).arg(label).arg(logged),
                   error);
}

bool StoreCheck::checkFile(const StoreConnection &c, const QString &projectFile, QString *error)
{
    const QString path = QFileInfo(projectFile).absoluteFilePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.refuse(error, StoreConnection::tr("%1: cannot read the project (%2)").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return damaged(c, StoreConnection::tr("it does not start with an SQLite header"), error, path);
    const int raw = (uchar(header.at(16)) << 8) | uchar(header.at(17));
    const qint64 pageSize = raw == 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(c, StoreConnection::tr("its header names a page size of %1 bytes").arg(pageSize), error, path);
    // With a WAL beside it the file may be mid-checkpoint; without one, it is whole pages.
    if (QFileInfo(path + QStringLiteral("-wal")).size() == 0 && file.size() % pageSize != 0)
        return damaged(c, StoreConnection::tr("its size, %1 bytes, is not a whole number of %2-byte pages")
                              .arg(file.size()).arg(pageSize),
                       error, path);
    return true;
}

bool StoreCheck::checkIntegrity(const StoreConnection &c, QString *error)
{
    QVariantList row;
    if (!firstRow(c, QStringLiteral("PRAGMA quick_check(1)"), &row, error))
        return false;
    const QString verdict = row.isEmpty() ? QString() : row.at(0).toString();
    if (verdict != QLatin1String("ok"))
        return damaged(c, StoreConnection::tr("SQLite's check reports: %1").arg(verdict), error);
    return true;
}

bool StoreCheck::checkContents(const StoreConnection &c, QString *error)
{
    return checkSchema(c, error) && checkPairCount(c, error) && checkLabels(c, error);
}

bool StoreCheck::checkSchema(const StoreConnection &c, QString *error)
{
    return checkObjects(c, error) && checkReviews(c, error);
}

}  // namespace entail
