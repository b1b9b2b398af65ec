#pragma once
// Helpers shared by the tests: temporary folders, the shared data location, the built executables.
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace entail::test {

QString sharedDataDir();              // ../shared/data/rme next to the source tree
bool sharedDataAvailable();           // train_df.csv and val_df.csv are there
QString binDir();                     // build/bin (entail, entail-studio)
QString writeFile(const QString &path, const QByteArray &data);  // returns path
QString tempPath(const QTemporaryDir &dir, const QString &name);
// Files no reader may follow, created in `dir` under `name`: "fifo" (a named pipe), "zero" (a symlink to
// /dev/zero), "folder", "sparse" (3 GB, mostly a hole, starting with `prefix`). Returns the path.
QString hostileFile(const QTemporaryDir &dir, const QString &kind, const QString &name,
                    const QByteArray &prefix = QByteArray());
// The hostile kinds above, for data-driven rows.
QStringList hostileKinds();

// Runs build/bin/entail; code -1 on time-out, -2 on a crash.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
// Runs build/bin/entail in the C locale (English), with `extraEnvironment` on top.
CliRun runEntail(const QStringList &arguments, int timeoutMs = 600000,
                 const QMap<QString, QString> &extraEnvironment = {});

}  // namespace entail::test
