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
