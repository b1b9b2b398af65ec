// entail demo: the built-in demo project (its pictures are drawn with OpenCV: an engine command).
#include "app/commands.h"
#include "model/data/demo.h"
#include "model/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace entail::cli {
namespace {

class DemoCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Generate the built-in demo project (synthetic tweets and images)."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file to create."), tr("FILE"));
        const QCommandLineOption pairs(QStringLiteral("pairs"), tr("Number of pairs."), tr("N"),
                                       QString::number(DemoProject::kDefaultPairs));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), tr("N"),
                                      QString::number(DemoProject::kDefaultSeed));
        parser.addOptions({project, pairs, seed});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        bool okPairs = false, okSeed = false;
        const int n = parser.value(pairs).toInt(&okPairs);
        const quint64 s = parser.value(seed).toULongLong(&okSeed);
        if (!parser.isSet(project) || !okPairs || n <= 0 || !okSeed) {
            err() << tr("usage: entail demo --project FILE [--pairs N] [--seed N]") << "\n";
            return BadInput;
        }
        if (QFileInfo::exists(parser.value(project))) {
            err() << tr("%1: the project exists already; choose a new file name").arg(parser.value(project)) << "\n";
            return BadInput;
        }
        QString message;
        DemoSummary summary;
        if (!DemoProject::generate(parser.value(project), &message, &summary, n, s)) {
            err() << message << "\n";
            return Internal;
        }
        ProjectStore store;
        if (store.open(parser.value(project), &message))
            printProjectSummary(store.dataset(), parser.value(project));
        out() << tr("%1 deliberately wrong labels recorded").arg(summary.noisyLabels.size()) << "\n";
        return Ok;
    }
};

const Registration demoCommand({QStringLiteral("demo"), DemoCli::tr("create the built-in demo project"),
                                &DemoCli::run});

}  // namespace
}  // namespace entail::cli
