#include "model/fetch/archiveextractor.h"

#include "model/core/outputpath.h"
#include "model/core/tweetid.h"
#include "model/image/imageloader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QtConcurrent>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <memory>
#include <sys/statvfs.h>
#include <unistd.h>

namespace entail {

namespace {
constexpr size_t kBlockBytes = 64 * 1024;
// Below this an entry's ratio says nothing: libarchive reads ahead by whole blocks.
constexpr qint64 kRatioFloor = 2 * 1024 * 1024;
const char *const kImageSuffixes[] = {"jpg", "jpeg", "png", "gif", "webp", "bmp"};

struct ArchiveFree {
    void operator()(archive *a) const { archive_read_free(a); }
};

bool isImageSuffix(const QString &suffix)
{
    return std::any_of(std::begin(kImageSuffixes), std::end(kImageSuffixes),
                       [&](const char *s) { return suffix == QLatin1String(s); });
}

QString entryPath(archive_entry *entry)
{
    const char *path = archive_entry_pathname_utf8(entry);
    if (!path)
        path = archive_entry_pathname(entry);
    return path ? QString::fromUtf8(path) : QString();
}

// Why an entry must not be written at all, or empty.
QString refusal(const QString &path, archive_entry *entry)
{
    if (path.isEmpty())
        return ArchiveExtractor::tr("an entry without a name");
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('\\'))
        || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return ArchiveExtractor::tr("an absolute path");
    const QStringList parts = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return ArchiveExtractor::tr("a path that leaves its folder (..)");
    if (archive_entry_hardlink(entry))
        return ArchiveExtractor::tr("a hard link");
    if (archive_entry_filetype(entry) == AE_IFLNK || archive_entry_symlink(entry))
        return ArchiveExtractor::tr("a symbolic link");
    if (archive_entry_filetype(entry) != AE_IFREG)
        return ArchiveExtractor::tr("a device or other special file");
    return {};
}
}  // namespace

ArchiveExtractor::ArchiveExtractor(const QString &imagesDir, const FetchOptions &options)
    : m_dir(imagesDir), m_options(options)
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

ArchiveResult ArchiveExtractor::run(const QString &archiveFile, const QString &source, const QSet<QString> &wanted,
                                    const Progress &progress)
{
    m_result = ArchiveResult();
    m_source = source;
    m_wanted = wanted;
    m_kept.clear();
    m_reported = 0;
    m_report = progress;
    std::unique_ptr<archive, ArchiveFree> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(archiveFile).constData(), kBlockBytes) != ARCHIVE_OK) {
        m_result.stopped = tr("%1: cannot read the archive: %2")
                               .arg(archiveFile, QString::fromUtf8(archive_error_string(a.get())));
        return std::move(m_result);
    }
    archive_entry *entry = nullptr;
    while (!cancelled()) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            m_result.stopped = tr("%1: the archive is damaged or not a .tar, .tar.gz or .zip after %n entries: %2",
                                  nullptr, m_result.entries)
                                   .arg(archiveFile, QString::fromUtf8(archive_error_string(a.get())));
            break;
        }
        if (++m_result.entries > m_options.maxEntries) {
            m_result.stopped = tr("%1: more than %2 entries; extraction stopped").arg(archiveFile).arg(m_options.maxEntries);
            break;
        }
        if (!readEntry(a.get(), entry))
            break;
    }
    collect(0);
    return std::move(m_result);
}

bool ArchiveExtractor::readEntry(archive *a, archive_entry *entry)
{
    const QString path = entryPath(entry);
    if (archive_entry_filetype(entry) == AE_IFDIR && !archive_entry_hardlink(entry))
        return true;
    const QString name = QString(path).replace(QLatin1Char('\\'), QLatin1Char('/')).section(QLatin1Char('/'), -1);
    const QString stem = name.section(QLatin1Char('.'), 0, -2);
    const QString suffix = name.section(QLatin1Char('.'), -1).toLower();
    const bool wanted = TweetId::isFileSafe(stem) && isImageSuffix(suffix) && m_wanted.contains(stem) && !m_kept.contains(stem);
    const QString id = wanted ? stem : QString();
    const QString why = refusal(path, entry);
    if (!why.isEmpty()) {
        add(outcomeFor(id, path), FetchStatus::Refused, why);
        return true;  // its data is skipped by the next header
    }
    const qint64 declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
    if (m_result.unpacked + declared > m_options.maxUnpackedBytes) {
        m_result.stopped = tr("the archive unpacks to more than %1 MB; extraction stopped (see --max-unpacked)")
                               .arg(m_options.maxUnpackedBytes / (1024 * 1024));
        return false;
    }
    if (!wanted) {
        ++m_result.skipped;
        m_result.unpacked += declared;
        return true;
    }
    if (declared > m_options.maxBytes) {
        add(outcomeFor(id, path), FetchStatus::TooLarge,
            tr("the entry holds %1 bytes, more than the limit of %2").arg(declared).arg(m_options.maxBytes));
        return true;
    }
    return roomLeft() && extract(a, id, path, suffix);
}

bool ArchiveExtractor::extract(archive *a, const QString &id, const QString &path, const QString &suffix)
{
    const QString temporary = QDir(m_dir).filePath(QStringLiteral(".%1.%2.archive.part").arg(id).arg(m_result.entries));
    FetchOutcome outcome = outcomeFor(id, path);
    const bool goOn = copyData(a, temporary, &outcome);
    if (outcome.status != FetchStatus::Ok || !goOn) {
        QFile::remove(temporary);
        if (!m_result.cancelled)  // a cancelled entry is tried again next time
            add(outcome, outcome.status, outcome.reason);
        return goOn;
    }
    m_kept.insert(id);  // until its decoding says otherwise
    const QString target = QDir(m_dir).filePath(id + QLatin1Char('.') + suffix);
    m_decoding.push_back(QtConcurrent::run(&m_pool, &ArchiveExtractor::keep, outcome, temporary, target));
    collect(size_t(2 * m_pool.maxThreadCount()));  // bounds the temporary files on disk
    return true;
}

// Adds the outcomes of the oldest decodings until at most `keepAtMost` are under way.
void ArchiveExtractor::collect(size_t keepAtMost)
{
    while (m_decoding.size() > keepAtMost) {
        const FetchOutcome outcome = m_decoding.front().result();
        m_decoding.pop_front();
        if (outcome.status != FetchStatus::Ok)
            m_kept.remove(outcome.task.tweetId);
        add(outcome, outcome.status, outcome.reason);
    }
}

// The entry's bytes into `temporary` within the caps. False when extraction must stop (disk full, damage,
// the total cap, cancel); the outcome's status says what became of this entry.
bool ArchiveExtractor::copyData(archive *a, const QString &temporary, FetchOutcome *outcome)
{
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_result.stopped = OutputPath::writeError(temporary, out);
        outcome->status = FetchStatus::Failed;
        outcome->reason = m_result.stopped;
        return false;
    }
    const la_int64_t packedStart = archive_filter_bytes(a, -1);
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    outcome->status = FetchStatus::Ok;
    for (;;) {
        if (cancelled())
            return false;
        const int r = archive_read_data_block(a, &block, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN) {
            outcome->status = FetchStatus::Failed;
            outcome->reason = tr("the archive is damaged in this entry: %1").arg(QString::fromUtf8(archive_error_string(a)));
            m_result.stopped = outcome->reason;
            return false;
        }
        const qint64 end = qint64(offset) + qint64(size);
        m_result.unpacked += end - outcome->bytes;
        outcome->bytes = end;
        const qint64 packed = std::max<qint64>(1, archive_filter_bytes(a, -1) - packedStart);
        if (end > m_options.maxBytes) {
            outcome->status = FetchStatus::TooLarge;
            outcome->reason = tr("more than the limit of %1 bytes").arg(m_options.maxBytes);
        } else if (end >= kRatioFloor && double(end) > m_options.maxRatio * double(packed)) {
            outcome->status = FetchStatus::Refused;
            outcome->reason = tr("it unpacks to more than %1 times its packed size (a zip bomb?)")
                                  .arg(m_options.maxRatio);
        } else if (m_result.unpacked > m_options.maxUnpackedBytes) {
            outcome->status = FetchStatus::Refused;
            outcome->reason = m_result.stopped = tr("the archive unpacks to more than %1 MB; extraction stopped "
                                                    "(see --max-unpacked)").arg(m_options.maxUnpackedBytes / (1024 * 1024));
            return false;
        }
        if (outcome->status != FetchStatus::Ok)
            return true;
        if (!out.seek(offset) || out.write(static_cast<const char *>(block), qint64(size)) != qint64(size)) {
            outcome->status = FetchStatus::Failed;
            outcome->reason = m_result.stopped = OutputPath::writeError(temporary, out);
            return false;
        }
    }
    return true;  // ArchiveFetch syncs the folder once before it records the images (not 4 ms a file)
}

// On a pool thread: decoded, then renamed to `target`; the temporary file is gone afterwards.
FetchOutcome ArchiveExtractor::keep(FetchOutcome outcome, const QString &temporary, const QString &target)
{
    const LoadedImage image = ImageLoader::load(temporary);
    if (!image.ok) {
        outcome.status = FetchStatus::NotAnImage;
        outcome.reason = image.reason;
    } else if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        outcome.status = FetchStatus::Failed;
        outcome.reason = tr("cannot rename %1 to %2").arg(temporary, target);
    } else {
        outcome.file = target;
    }
    QFile::remove(temporary);
    return outcome;
}

bool ArchiveExtractor::roomLeft()
{
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(m_dir).constData(), &fs) != 0)
        return true;  // unknown: a full disk is still caught by the failed write
    const qint64 available = qint64(fs.f_bavail) * qint64(fs.f_frsize);
    if (available >= std::max(m_options.minFreeBytes, m_options.maxBytes))
        return true;
    m_result.stopped = tr("%1: the disk is nearly full (%2 MB free); extraction stopped")
                           .arg(m_dir).arg(available / (1024 * 1024));
    return false;
}

bool ArchiveExtractor::cancelled()
{
    m_result.cancelled = m_result.cancelled || (m_options.cancel && m_options.cancel->load());
    return m_result.cancelled;
}

FetchOutcome ArchiveExtractor::outcomeFor(const QString &id, const QString &path) const
{
    FetchOutcome outcome;
    outcome.task = {id, m_source + QStringLiteral("!/") + path};
    outcome.attempts = 1;
    return outcome;
}

void ArchiveExtractor::add(FetchOutcome outcome, FetchStatus status, const QString &reason)
{
    outcome.status = status;
    outcome.reason = status == FetchStatus::Ok ? QString() : reason;
    outcome.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_reported += outcome.task.tweetId.isEmpty() ? 0 : 1;  // counted against the wanted tweets
    m_result.outcomes.push_back(std::move(outcome));
    if (m_report)
        m_report(FetchProgress{m_reported, int(m_wanted.size()), m_result.unpacked});
}

}  // namespace entail
