#pragma once
// Reading a user-named file without trusting it: only regular files (a FIFO would block forever, a symlink
// to /dev/zero never ends), and the size limit is checked before a byte is read.
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace entail {

class SafeFile final {
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    static constexpr qint64 kMegabyte = 1024 * 1024;
    static constexpr qint64 kGigabyte = 1024 * kMegabyte;
    // Characters of one imported text (text_1, text_2). A tweet holds at most 280, the longest paid posts
    // 25,000; a longer text is refused as bad input, which also bounds what the window must lay out.
    static constexpr qsizetype kMaxTextChars = 100000;

    // Opens `file` (its fileName set) for reading when it is, after following symlinks, a regular file of
    // at most maxBytes; otherwise false and `reason` says why ("not a regular file", too large, ...).
    static bool open(QFile &file, qint64 maxBytes, QString *reason);
    // open() and then exactly the file's size in bytes (a file growing meanwhile is not followed).
    static bool readAll(const QString &path, qint64 maxBytes, QByteArray *data, QString *reason);
};

}  // namespace entail
