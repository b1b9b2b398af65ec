#pragma once
// Images from an archive (.tar, .tar.gz/.tgz, .zip) into a folder as <id>.<ext>, read with libarchive as a
// stream (one block in memory at a time). An entry is taken when its base name, in any folder, is
// <id>.<image suffix> of a wanted tweet; it goes to a hidden temporary file, is decoded (on a small thread
// pool, while the next entries are read), then renamed, as a download is. Links, devices, absolute paths and
// `..` are refused without being written; the entry count, the unpacked bytes, each entry's size and its
// compression ratio are capped.
#include "model/fetch/fetchtypes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <deque>
#include <functional>
#include <vector>

struct archive;
struct archive_entry;

namespace entail {

struct ArchiveResult {
    // One per entry taken or refused, in archive order; task.url is "<source>!/<entry path>". A refused
    // entry that is no wanted tweet's has an empty tweet id.
    std::vector<FetchOutcome> outcomes;
    int entries = 0;        // read
    int skipped = 0;        // not a wanted tweet's image (another file, or a tweet that has its image)
    qint64 unpacked = 0;    // bytes of the entries read (written or skipped)
    QString stopped;        // why extraction stopped early (a cap, the disk, a damaged archive), else empty
    bool cancelled = false;
};

class ArchiveExtractor final {
    Q_DECLARE_TR_FUNCTIONS(ArchiveExtractor)
public:
    using Progress = std::function<void(const FetchProgress &)>;

    ArchiveExtractor(const QString &imagesDir, const FetchOptions &options);

    // `source` names the archive in the outcomes (the URL it came from, or its path).
    ArchiveResult run(const QString &archiveFile, const QString &source, const QSet<QString> &wanted,
                      const Progress &progress = {});

private:
    bool readEntry(archive *a, archive_entry *entry);
    bool extract(archive *a, const QString &id, const QString &path, const QString &suffix);
    bool copyData(archive *a, const QString &temporary, FetchOutcome *outcome);
    static FetchOutcome keep(FetchOutcome outcome, const QString &temporary, const QString &target);
    void collect(size_t keepAtMost);
    bool roomLeft();
    bool cancelled();
    void add(FetchOutcome outcome, FetchStatus status, const QString &reason);
    FetchOutcome outcomeFor(const QString &id, const QString &path) const;

    QString m_dir;
    FetchOptions m_options;
    QString m_source;
    QSet<QString> m_wanted;
    QSet<QString> m_kept;  // ids with an image from this archive (or being decoded): later entries are skipped
    QThreadPool m_pool;
    std::deque<QFuture<FetchOutcome>> m_decoding;  // oldest first
    Progress m_report;
    int m_reported = 0;  // outcomes of wanted tweets
    ArchiveResult m_result;
};

}  // namespace entail
