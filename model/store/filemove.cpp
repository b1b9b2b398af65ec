#include "model/store/filemove.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace entail {

namespace {

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)  // file systems without the flag: the caller's lock guards the name
        return false;
    if (QFileInfo::exists(to)) {
        errno = EEXIST;
        return false;
    }
    return ::rename(a.constData(), b.constData()) == 0;
}

}  // namespace

bool FileMove::syncAndRename(const QString &from, const QString &to)
{
    if (!syncPath(from, O_RDONLY) || !renameNoReplace(from, to))
        return false;
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);  // the rename itself
    return true;
}

}  // namespace entail
