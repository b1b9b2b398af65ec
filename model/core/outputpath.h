#pragma once
// Output files the user names: checked before long work starts, and write failures told apart into the
// user's mistake (no such folder, not writable, name too long: exit 2) and the machine's (disk full: exit 1).
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace entail {

class OutputPath final {
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // True when `path` can be created or replaced; otherwise `error` is "cannot write PATH: REASON".
    static bool check(const QString &path, QString *error);
    // The whole of `bytes` as `path`, or nothing: the old file stays and no temporary file is left.
    // On failure `error` is writeError's message and `byMachine` (if given) tells a full disk or an I/O
    // error (exit 1) from a path the user got wrong (exit 2).
    static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error,
                                bool *byMachine = nullptr);
    // "cannot write PATH: REASON" for a failed write of `file` (a QSaveFile or QFile), naming a full disk.
    static QString writeError(const QString &path, const QFileDevice &file);
    // The reason for a write failure from its Qt error and errno (ENOSPC and EDQUOT give "disk full").
    static QString reason(QFileDevice::FileError error, int errnoValue, const QString &fallback);
    // A failure of the machine, not of the user's input.
    static bool isDiskFull(int errnoValue);
    // Less than a megabyte free where `folder` is: for writers (SQLite, QLockFile) that lose the errno.
    static bool isFolderFull(const QString &folder);
};

}  // namespace entail
