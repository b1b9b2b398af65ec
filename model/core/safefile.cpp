#include "model/core/safefile.h"

#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace entail {

namespace {
QString sizeText(qint64 bytes)
{
    if (bytes >= SafeFile::kGigabyte)
        return SafeFile::tr("%1 GB").arg(double(bytes) / double(SafeFile::kGigabyte), 0, 'f', 1);
    return SafeFile::tr("%1 MB").arg((bytes + SafeFile::kMegabyte - 1) / SafeFile::kMegabyte);
}
}  // namespace

bool SafeFile::open(QFile &file, qint64 maxBytes, QString *reason)
{
    const QString path = file.fileName();
    if (!QFileInfo::exists(path)) {
        *reason = tr("the file does not exist");
        return false;
    }
    // O_NONBLOCK: a FIFO swapped in after a check must not block the open; fstat then judges what was opened.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *reason = tr("the file cannot be read: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *reason = tr("not a regular file");
        return false;
    }
    if (qint64(st.st_size) > maxBytes) {
        ::close(fd);
        *reason = tr("the file is too large (%1; the limit is %2)").arg(sizeText(st.st_size), sizeText(maxBytes));
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *reason = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    return true;
}

bool SafeFile::readAll(const QString &path, qint64 maxBytes, QByteArray *data, QString *reason)
{
    QFile file(path);
    if (!open(file, maxBytes, reason))
        return false;
    const qint64 size = file.size();
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(bytes.data() + done, size - done);
        if (n <= 0)
            break;
        done += n;
    }
    if (done != size) {
        *reason = tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    *data = std::move(bytes);
    return true;
}

}  // namespace entail
