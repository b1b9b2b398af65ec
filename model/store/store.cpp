// The project's lifetime, its pairs, labels, annotation log and settings (model versions and predictions:
// storeversions.cpp; the schema: storeschema.cpp).
#include "model/store/store.h"

#include "model/store/filemove.h"
#include "model/store/pairtable.h"
#include "model/store/storecheck.h"
#include "model/store/storeconnection.h"
#include "model/store/storepgschema.h"
#include "model/store/storeschema.h"
#include "model/team/projectlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace entail {

static_assert(ProjectStore::kSchemaVersion == StoreSchema::kVersion);

ProjectStore::ProjectStore() : d(std::make_unique<StoreConnection>()) {}

ProjectStore::~ProjectStore() { close(); }

bool ProjectStore::isOpen() const { return d->isOpen(); }
bool ProjectStore::isReadOnly() const { return d->isReadOnly(); }
QString ProjectStore::path() const { return d->path(); }
QString ProjectStore::modelsDir() const
{
    if (!d->isServer())
        return d->path() + QStringLiteral(".models");
    // A server project's checkpoints stay on this computer, in a folder named after the locator.
    QString name = d->path().mid(d->path().indexOf(QLatin1String("://")) + 3);
    for (QChar &ch : name)
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('.') && ch != QLatin1Char('-'))
            ch = QLatin1Char('_');
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/servers/")
        + name + QStringLiteral(".models");
}

namespace {
QMutex passwordLock;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byLocator;
    return byLocator;
}
}  // namespace

void ProjectStore::setServerPassword(const QString &locator, const QString &password)
{
    // Kept under the canonical locator, which is what connectServer looks up (any spelling of it works).
    QString why;
    const std::optional<ServerLocation> location = ProjectLocator::parse(locator, &why);
    QMutexLocker lock(&passwordLock);
    passwords().insert(location ? location->url() : locator, password);
}

bool ProjectStore::connectServer(const QString &locator, bool mustExist, Access access, QString *error,
                                 QString *database)
{
    QString why;
    const std::optional<ServerLocation> location = ProjectLocator::parse(locator, &why);
    if (!location)
        return d->refuse(error, why);
    QString password;
    {
        QMutexLocker lock(&passwordLock);
        password = passwords().value(location->url());
    }
    *database = location->database;
    return d->openServer(*location, password, mustExist, error, access == Access::ReadOnly);
}

bool ProjectStore::createServerSchema(const QString &database, QString *error)
{
    return StorePgSchema::create(*d, database, error) && d->setSchemaVersion(StoreSchema::kVersion, error)
        && d->writeMeta(QStringLiteral("created"), StoreConnection::timestampNow(), error);
}

bool ProjectStore::openServer(const QString &locator, bool create, Access access, QString *error)
{
    QString database;
    bool ok = connectServer(locator, !create, access, error, &database);
    if (ok)
        ok = create ? d->transaction(error, [&] { return createServerSchema(database, error); })
                    : StoreSchema::migrate(*d, error);
    if (!ok)
        close();
    return ok;
}
QString ProjectStore::lastError() const { return d->lastError(); }

void ProjectStore::close() { d->close(); }

bool ProjectStore::create(const QString &path, QString *error)
{
    close();
    if (ProjectLocator::isServerUrl(path))
        return openServer(path, true, Access::ReadWrite, error);
    if (QFileInfo::exists(path))
        return d->refuse(error, StoreConnection::tr("%1: a file of that name exists already").arg(path));
    if (!d->open(path, error)) {
        close();
        return false;
    }
    if (!StoreSchema::create(*d, error)) {
        close();
        QFile::remove(path);
        return false;
    }
    setMeta(QStringLiteral("created"), StoreConnection::timestampNow());
    return true;
}

namespace {
QByteArray head(const QString &path, qint64 bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}
}  // namespace

VerifiedState VerifiedState::of(const QString &path)
{
    VerifiedState s;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return s;
    s.m_path = QFileInfo(path).absoluteFilePath();
    s.m_size = qint64(st.st_size);
    s.m_mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.m_inode = quint64(st.st_ino);
    if (::stat(QFile::encodeName(path + QStringLiteral("-wal")).constData(), &st) == 0) {
        s.m_walSize = qint64(st.st_size);
        s.m_walMtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        s.m_walInode = quint64(st.st_ino);
        s.m_headers = head(path + QStringLiteral("-wal"), 32);  // checkpoint sequence and salts
    }
    s.m_headers += head(path, 100);
    return s;
}

bool VerifiedState::operator==(const VerifiedState &o) const
{
    return m_path == o.m_path && m_size == o.m_size && m_mtimeNs == o.m_mtimeNs && m_inode == o.m_inode
        && m_walSize == o.m_walSize && m_walMtimeNs == o.m_walMtimeNs && m_walInode == o.m_walInode
        && m_headers == o.m_headers;
}

VerifiedState ProjectStore::closeVerified()
{
    if (!isOpen() || !m_fullyChecked) {
        close();
        return {};
    }
    const QString file = path();
    close();
    return VerifiedState::of(file);
}

namespace {
// Root may write anywhere; access() answers for the user running us, as SQLite will meet it.
bool writable(const QString &file)
{
    const QFileInfo info(file);
    return ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) == 0
        && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK | X_OK) == 0;
}
}  // namespace

bool ProjectStore::open(const QString &path, QString *error, const VerifiedState &verified, Access access,
                        Checks checks)
{
    close();
    m_fullyChecked = false;
    if (ProjectLocator::isServerUrl(path))
        return openServer(path, false, access, error);
    if (!QFileInfo(path).isFile())
        return d->refuse(error, StoreConnection::tr("%1: no such project file").arg(path));
    const bool readOnly = access == Access::ReadOnly || !writable(path);
    const bool checked = verified.isValid() && verified == VerifiedState::of(path);
    // Damage is looked for before the migration could write to the file.
    if (!checked && !StoreCheck::checkFile(*d, path, error)) {
        close();
        return false;
    }
    QString openError;
    if (!d->open(path, &openError, readOnly)) {
        close();
        const bool corrupt = openError.contains(QLatin1String("malformed"))
            || openError.contains(QLatin1String("not a database"));  // SQLite's own words
        return corrupt ? StoreCheck::damaged(*d, openError.section(QStringLiteral(": "), 1), error)
                       : d->refuse(error, openError);
    }
    // A migration writes: the file it writes to is checked in full first, whoever opens it.
    const bool full = checks == Checks::Full || d->schemaVersion() < StoreSchema::kVersion;
    if ((!checked && full && !StoreCheck::checkIntegrity(*d, error)) || !StoreSchema::migrate(*d, error)
        || (!checked && !(full ? StoreCheck::checkContents(*d, error) : StoreCheck::checkSchema(*d, error)))) {
        close();
        return false;
    }
    m_fullyChecked = full || checked;
    return true;
}

bool ProjectStore::backup(const QString &target, QString *error) const
{
    if (d->isServer())
        return d->refuse(error, StoreConnection::tr("%1: a server's project is backed up by the server's own tools, "
                                                    "or copied to a file with entail project copy").arg(path()));
    const QFileInfo info(target);
    const QString file = info.absoluteFilePath();
    if (info.exists())
        return d->refuse(error, StoreConnection::tr("%1: a file of that name exists already").arg(file));
    if (!info.absoluteDir().exists())
        return d->refuse(error, StoreConnection::tr("%1: no such folder").arg(info.absolutePath()));
    const QString partial = info.absoluteDir().filePath(
        QStringLiteral(".%1.backup-%2").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(partial);
    QSqlQuery q(d->db());
    // VACUUM INTO reads one snapshot: every correction committed before it started, nothing half-written.
    bool ok = d->execPrepared(q, QStringLiteral("VACUUM INTO ?"), {partial},
                              StoreConnection::tr("cannot write the backup %1").arg(file), error);
    if (ok && !FileMove::syncAndRename(partial, file))
        ok = d->refuse(error, StoreConnection::tr("%1: cannot write the backup (%2)")
                                  .arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    if (!ok)
        QFile::remove(partial);
    return ok;
}

bool ProjectStore::addPairs(Dataset &dataset, const QString &annotator, QString *error)
{
    std::vector<Pair> pairs = dataset.pairs;
    const bool ok = d->transaction(error, [&] {
        return PairTable::insert(*d, pairs, annotator, error)
            && d->writeMeta(QStringLiteral("source_file"), dataset.sourceFile, error)
            && d->writeMeta(QStringLiteral("has_path_columns"), int(dataset.hasPathColumns), error)
            && d->writeMeta(QStringLiteral("has_label_idx"), int(dataset.hasLabelIdx), error)
            && d->writeMeta(QStringLiteral("pair_count"), pairCount(), error);
    });
    if (ok)
        dataset.pairs = std::move(pairs);
    return ok;
}

// The dataset's description (its source file and columns) with `pairs`.
static Dataset describedDataset(const ProjectStore &store, std::vector<Pair> pairs)
{
    Dataset ds;
    ds.sourceFile = store.meta(QStringLiteral("source_file")).toString();
    ds.hasPathColumns = store.meta(QStringLiteral("has_path_columns")).toInt() != 0;
    ds.hasLabelIdx = store.meta(QStringLiteral("has_label_idx")).toInt() != 0;
    ds.pairs = std::move(pairs);
    return ds;
}

Dataset ProjectStore::dataset() const { return describedDataset(*this, PairTable::load(*d)); }

Dataset ProjectStore::datasetWithoutTexts() const { return describedDataset(*this, PairTable::loadWithoutTexts(*d)); }

std::vector<Pair> ProjectStore::pairsAfter(qint64 afterKey, int limit) const
{
    return PairTable::loadAfter(*d, afterKey, limit);
}

int ProjectStore::pairCount() const { return int(d->scalar(QStringLiteral("SELECT COUNT(*) FROM pairs"), 0)); }

std::optional<Pair> ProjectStore::pair(qint64 key) const
{
    std::vector<Pair> one = PairTable::load(*d, QStringLiteral("WHERE key = ?"), key);
    if (one.empty())
        return std::nullopt;
    return one.front();
}

bool ProjectStore::setLabel(qint64 key, int label, const QString &annotator, const QString &source,
                            QString *error, int *previous)
{
    if (!isValidLabel(label) && label != kNoLabel)
        return d->refuse(error, StoreConnection::tr("invalid label id %1").arg(label));
    return d->transaction(error, [&] { return PairTable::changeLabel(*d, key, label, annotator, source, error, previous); });
}

bool ProjectStore::setSplits(const std::vector<Pair> &pairs, QString *error)
{
    return d->transaction(error, [&] { return PairTable::writeSplits(*d, pairs, error); });
}

bool ProjectStore::setImageInfo(const std::vector<Pair> &pairs, QString *error)
{
    return d->transaction(error, [&] { return PairTable::writeImageInfo(*d, pairs, error); });
}

std::vector<LogEntry> ProjectStore::log(qint64 pairKey) const
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT seq, pair_key, annotator, ts, from_label, to_label, source"
                                 " FROM annotation_log");
    if (pairKey >= 0)
        sql += QStringLiteral(" WHERE pair_key = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY seq"));
    if (pairKey >= 0)
        q.addBindValue(pairKey);
    return q.exec() ? readLog(q) : std::vector<LogEntry>{};
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
    return d->writeMeta(key, value, error);
}

}  // namespace entail
