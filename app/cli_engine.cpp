// The `entail` front's stand-ins for the commands that need LibTorch or OpenCV: each replaces this process
// with `entail-engine` (same arguments), which registers the real commands. Loading LibTorch costs about
// a second and 150 MB before main(), which `--help`, `--version`, import and export should not pay.
#include "app/commands.h"
#include "model/runtime/processarguments.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace entail::cli {
namespace {

class EngineCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // Beside `entail` in the build, in the plugin folder when installed.
    static QString enginePath()
    {
        const QDir bin(QCoreApplication::applicationDirPath());
        for (const QString &candidate :
             {bin.filePath(QStringLiteral("entail-engine")),
              bin.filePath(QStringLiteral("../") + QStringLiteral(ENTAIL_PLUGIN_RELDIR) + QStringLiteral("/entail-engine"))}) {
            if (QFileInfo(candidate).isExecutable())
                return QFileInfo(candidate).canonicalFilePath();
        }
        return QString();
    }

    static int run(const QStringList &)
    {
        const QString engine = enginePath();
        if (engine.isEmpty()) {
            err() << tr("entail: %1 is missing; reinstall Entail Studio")
                         .arg(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("entail-engine")))
                  << "\n";
            return Internal;
        }
        // argv[0] stays the user's: the engine's help says "Usage: entail ...", as before.
        std::vector<std::string> args = processArguments();
        const QByteArray path = QFile::encodeName(engine);
        std::vector<char *> argv;
        for (std::string &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        // LibTorch's OpenMP threads would busy-wait between parallel regions (see runtime.cpp); libgomp reads
        // the policy when it is loaded, so setting it here spares the engine from starting itself again.
        if (!std::getenv("OMP_WAIT_POLICY"))
            setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
        out().flush();
        err().flush();
        std::fflush(nullptr);
        execv(path.constData(), argv.data());
        err() << tr("entail: cannot run %1: %2").arg(engine, QString::fromLocal8Bit(std::strerror(errno))) << "\n";
        return Internal;
    }
};

// The summaries are the engine's own (same translation context), shown by `entail --help`.
const Registration engineCommands[] = {
    Registration({QStringLiteral("train"), EngineCli::tr("train a model (or cross-validate)"), &EngineCli::run}),
    Registration({QStringLiteral("evaluate"), EngineCli::tr("metrics of a model on a labeled CSV"), &EngineCli::run}),
    Registration({QStringLiteral("predict"), EngineCli::tr("predict the pairs of a CSV or a project"), &EngineCli::run}),
    Registration({QStringLiteral("fetch-images"), EngineCli::tr("download the images from their URLs or an archive"),
                  &EngineCli::run}),
    Registration({QStringLiteral("calibrate"),
                  EngineCli::tr("fit a model version's temperature on the validation split"), &EngineCli::run}),
    Registration({QStringLiteral("label-issues"),
                  EngineCli::tr("rank labeled pairs by how likely their label is wrong"), &EngineCli::run}),
    Registration({QStringLiteral("demo"), EngineCli::tr("create the built-in demo project"), &EngineCli::run}),
};

}  // namespace
}  // namespace entail::cli
