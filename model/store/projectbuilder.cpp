#include "model/store/projectbuilder.h"

#include "model/core/outputpath.h"
#include "model/store/filemove.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace entail {

namespace {

const char *const kSideFiles[] = {"", "-wal", "-shm", "-journal"};

void removeWithSideFiles(const QString &file)
{
    for (const char *suffix : kSideFiles)
        QFile::remove(file + QLatin1String(suffix));
}

bool processGone(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH; }

}  // namespace

ProjectBuilder::ProjectBuilder(const QString &path) : m_path(QFileInfo(path).absoluteFilePath())
{
    const QFileInfo info(m_path);
    m_temporary = info.dir().filePath(QStringLiteral(".%1.importing-%2")
                                          .arg(info.fileName())
                                          .arg(QCoreApplication::applicationPid()));
}

ProjectBuilder::~ProjectBuilder()
{
    m_store.close();
    if (!m_finished && m_lock && m_lock->isLocked())
        removeWithSideFiles(m_temporary);
}

bool ProjectBuilder::refuse(QString *error, const QString &message) const
{
    if (error)
        *error = message;
    return false;
}

bool ProjectBuilder::lock(QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);  // only a lock whose process is gone is stale, however long an import takes
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app))
            return refuse(error, tr("%1 is being created by another process (pid %2)").arg(m_path).arg(pid));
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QFileInfo(folder).isDir())
            return refuse(error, tr("%1: the folder %2 does not exist").arg(m_path, folder));
        if (m_lock->error() == QLockFile::PermissionError)
            return refuse(error, tr("%1: cannot write in the folder %2").arg(m_path, folder));
        m_diskFull = OutputPath::isFolderFull(folder);
        if (m_diskFull)
            return refuse(error, tr("%1: disk full").arg(m_path));
        return refuse(error, tr("%1: cannot create the lock file %2").arg(m_path, m_lock->fileName()));
    }
    if (QFileInfo::exists(m_path)) {
        m_lock->unlock();
        return refuse(error, tr("%1: a file of that name exists already").arg(m_path));
    }
    removeLeftovers();
    return true;
}

void ProjectBuilder::removeLeftovers() const
{
    const QFileInfo info(m_path);
    const QString prefix = QStringLiteral(".%1.importing-").arg(info.fileName());
    const QStringList names = info.dir().entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && processGone(pid))
            QFile::remove(info.dir().filePath(name));
    }
}

bool ProjectBuilder::create(QString *error)
{
    return lock(error) && m_store.create(m_temporary, error);
}

bool ProjectBuilder::finish(QString *error)
{
    m_store.close();  // the last connection checkpoints the WAL into the file and removes it
    if (QFileInfo::exists(m_temporary + QStringLiteral("-wal")))
        return refuse(error, tr("%1: the new project could not be completed").arg(m_path));
    if (!FileMove::syncAndRename(m_temporary, m_path))
        return refuse(error, tr("%1: cannot move the new project into place (%2)")
                                 .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    m_finished = true;
    return true;
}

bool ProjectBuilder::build(Dataset &dataset, const QString &annotator, const QString &imagesDir, QString *error)
{
    const bool ok = create(error) && m_store.addPairs(dataset, annotator, error)
        && (imagesDir.isEmpty() || m_store.setMeta(QStringLiteral("images_dir"), imagesDir, error))
        && finish(error);
    if (!ok && error)
        error->replace(m_temporary, m_path);  // the user knows the project's name, not the temporary one
    return ok;
}

}  // namespace entail
