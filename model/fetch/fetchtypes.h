#pragma once
// What fetching images is told (limits) and what it reports (a status and reason per image, progress).
#include <QString>
#include <QtGlobal>

#include <atomic>

namespace entail {

enum class FetchStatus { Ok, NotFound, NotAnImage, TooLarge, Timeout, Refused, Failed };

// The word recorded in the project and printed by `entail fetch-images` (not translated: it is data).
inline QString fetchStatusKey(FetchStatus s)
{
    static const char *const keys[] = {"ok", "not_found", "not_an_image", "too_large", "timeout", "refused",
                                       "failed"};
    return QString::fromLatin1(keys[int(s)]);
}

struct FetchOptions {
    int jobs = 8;                          // transfers at once
    int perHost = 4;                       // of which to one host
    int maxRedirects = 5;
    qint64 maxBytes = 20 * 1024 * 1024;    // per image; the transfer is aborted past it
    int timeoutMs = 30000;                 // per attempt, from request to last byte
    int retries = 2;                       // further attempts after a timeout or a 5xx
    int backoffMs = 1000;                  // before the first retry; doubled for each next one
    qint64 minFreeBytes = 64 * 1024 * 1024;  // no transfer starts with less free space in the images folder
    const std::atomic<bool> *cancel = nullptr;  // set from any thread: transfers under way are aborted
    // Archives (--archive): maxBytes above caps each entry; these cap the whole and catch zip bombs.
    qint64 maxUnpackedBytes = qint64(4) << 30;  // also caps an archive's download
    int maxEntries = 200000;
    double maxRatio = 100.0;               // unpacked / packed bytes of one entry
    int archiveTimeoutMs = 3600 * 1000;    // an archive's download is one long transfer
};

struct FetchTask {
    QString tweetId;  // digits only: the file is named after it
    QString url;
};

struct FetchOutcome {
    FetchTask task;
    FetchStatus status = FetchStatus::Failed;
    QString reason;       // translated; empty when ok
    QString file;         // absolute path of the kept image (ok only)
    qint64 bytes = 0;     // received in the last attempt (or the present file's size)
    int attempts = 0;     // requests made (0: the image was present already)
    QString time;         // UTC, ISO 8601, when it ended
};

struct FetchProgress {
    int done = 0;         // images ended (any status)
    int total = 0;
    qint64 bytes = 0;     // received so far
};

}  // namespace entail
