#include "model/core/outputpath.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <climits>
#include <sys/statvfs.h>
#include <unistd.h>

namespace entail {

namespace {
QString failure(const QString &path, const QString &reason)
{
    return OutputPath::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
}  // namespace

bool OutputPath::check(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QFileInfo folderInfo(folder);
    if (path.isEmpty() || info.fileName().isEmpty()) {
        *error = failure(path, tr("no file name given"));
        return false;
    }
    if (QFile::encodeName(info.fileName()).size() > NAME_MAX) {
        *error = failure(path, tr("the file name is longer than %1 bytes").arg(NAME_MAX));
        return false;
    }
    if (!folderInfo.exists()) {
        *error = failure(path, tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    if (!folderInfo.isDir()) {
        *error = failure(path, tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    if (info.isDir()) {
        *error = failure(path, tr("it is a folder"));
        return false;
    }
    // QSaveFile writes a temporary file next to the target, so the folder must be writable.
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0) {
        *error = failure(path, tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    return true;
}

bool OutputPath::writeAtomically(const QString &path, const QByteArray &bytes, QString *error, bool *byMachine)
{
    // Unbuffered: QSaveFile::commit() (Qt 6.4) does not see an error that only its final flush meets and
    // would publish an empty file on a full disk; unbuffered writes fail in write() itself.
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(bytes) == bytes.size()
        && file.commit())
        return true;
    *error = writeError(path, file);
    if (byMachine) {
        QString ignored;
        *byMachine = check(path, &ignored);
    }
    return false;  // the QSaveFile's destructor discards its temporary file
}

bool OutputPath::isDiskFull(int errnoValue)
{
    return errnoValue == ENOSPC || errnoValue == EDQUOT;
}

bool OutputPath::isFolderFull(const QString &folder)
{
    struct statvfs fs {};
    constexpr quint64 kRoomForAWrite = 1 << 20;
    return ::statvfs(QFile::encodeName(folder).constData(), &fs) == 0
        && quint64(fs.f_bavail) * fs.f_frsize < kRoomForAWrite;
}

QString OutputPath::reason(QFileDevice::FileError error, int errnoValue, const QString &fallback)
{
    if (isDiskFull(errnoValue) || error == QFileDevice::ResourceError)
        return tr("disk full");
    return fallback;
}

QString OutputPath::writeError(const QString &path, const QFileDevice &file)
{
    const int savedErrno = errno;
    QString why = reason(file.error(), savedErrno, file.errorString());
    if (why == file.errorString()) {
        QString checkError;
        if (!check(path, &checkError))
            return checkError;
    }
    return failure(path, why);
}

}  // namespace entail
