// What both command-line executables run: `entail` (the front, without LibTorch) and `entail-engine`
// (the commands that need LibTorch or OpenCV). Sub-commands register themselves (see commands.h).
#include "app/climain.h"

#include "app/commands.h"
#include "model/runtime/translations.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace entail::cli;

namespace {
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int usage(QTextStream &stream)
    {
        stream << tr("Usage: entail <command> [options]   (entail <command> --help for details)") << "\n\n"
               << tr("Commands:") << "\n";
        std::vector<Command> sorted = commands();
        std::sort(sorted.begin(), sorted.end(),
                  [](const Command &a, const Command &b) { return a.name < b.name; });
        qsizetype width = 0;
        for (const Command &c : sorted)
            width = std::max(width, c.name.size() + 2);
        for (const Command &c : sorted)
            stream << "  " << c.name.leftJustified(width) << c.summary << "\n";
        stream.flush();
        return BadInput;
    }
};

// After printing the version or the help there is nothing to clean up, and LibTorch's static destructors
// alone take about 0.2 s: leave without running them.
[[noreturn]] void leaveAfterText(int code)
{
    out().flush();
    std::fflush(stdout);
    std::_Exit(code);
}
}  // namespace

int entail::cli::runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("entail"));
    QCoreApplication::setOrganizationName(QStringLiteral("EntailStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTAIL_VERSION));
    // The system's language (LANGUAGE / LC_ALL / LC_MESSAGES / LANG); the GUI's language setting is the
    // GUI's. Numbers in CSV and JSON output stay in C notation (QString::number and arg() without %L).
    entail::installTranslators(app, QString());

    const QStringList args = app.arguments();
    if (args.size() < 2)
        return Cli::usage(err());
    const QString name = args.at(1);
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << "entail " << QCoreApplication::applicationVersion() << "\n";
        leaveAfterText(Ok);
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        Cli::usage(out());
        leaveAfterText(Ok);
    }
    for (const Command &c : commands()) {
        if (c.name == name) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("entail ") + name);
            try {
                const int code = c.run(rest);
                out().flush();
                err().flush();
                return code;
            } catch (const std::exception &e) {
                err() << Cli::tr("entail: internal error: %1").arg(QString::fromLocal8Bit(e.what())) << "\n";
                err().flush();
                return Internal;
            }
        }
    }
    err() << Cli::tr("entail: unknown command '%1'").arg(name) << "\n\n";
    return Cli::usage(err());
}
