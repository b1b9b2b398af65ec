// entail predict --project: every pair of a project predicted with its active model, in batches, and the
// predictions stored in the project as that version's (as the window's "Predict all pairs" does). Progress
// with pairs/s and the time left on stderr; Ctrl+C stops after the batch being predicted and keeps the
// batches stored so far.
#include "app/predictioninput.h"
#include "model/inference/bulkprediction.h"
#include "model/inference/predictor.h"
#include "model/store/store.h"

#include <QCoreApplication>

#include <csignal>
#include <unistd.h>

namespace entail::cli {

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int) { g_interrupted = true; }
}  // namespace

class ProjectPredictCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Predict every pair of a project with its active model and store the predictions in it."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file (.entail)."), tr("FILE"));
        const QCommandLineOption device = deviceOption();
        parser.addOptions({project, device});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        if (!checkDevice(parser.value(device)))
            return BadInput;
        const QString path = parser.value(project);
        ProjectStore store;
        QString error;
        if (!store.open(path, &error)) {
            err() << error << "\n";
            return BadInput;
        }
        const std::optional<ModelVersion> version = store.activeModel();
        if (!version) {
            err() << tr("%1: the project has no active model (train one, or activate a version)").arg(path) << "\n";
            return BadInput;
        }
        const std::unique_ptr<Predictor> predictor = Predictor::load(version->file, &error, parser.value(device));
        if (!predictor) {
            err() << error << "\n";
            return BadInput;
        }
        return predict(store, *predictor, *version);
    }

private:
    static int predict(ProjectStore &store, const Predictor &predictor, const ModelVersion &version)
    {
        const bool tty = isatty(STDERR_FILENO);
        BulkPrediction::Options options;
        options.modelId = version.id;
        options.keep = false;  // stored batch by batch: memory stays that of one batch
        auto report = [tty](const BulkProgress &p) {
            err() << (tty ? "\r" : "")
                  << tr("predicted %1/%2 pairs, %3 pairs/s, about %4 s left   ")
                         .arg(p.done).arg(p.total).arg(qRound(p.pairsPerSecond())).arg(qRound(p.etaSeconds()))
                  << (tty ? "" : "\n");
            err().flush();
        };
        g_interrupted = false;
        const auto previous = std::signal(SIGINT, onInterrupt);
        const BulkPredictionResult r = BulkPrediction::run(store, predictor, options, report, &g_interrupted);
        std::signal(SIGINT, previous);
        if (tty)
            err() << "\n";
        const QString kept = tr("%1: predictions of %2 of %3 pairs stored for %4")
                                 .arg(store.path()).arg(r.stored).arg(r.total).arg(version.name);
        if (r.cancelled) {
            err() << tr("interrupted: %1").arg(kept) << "\n";
            return Internal;
        }
        if (!r.error.isEmpty() || !r.saveError.isEmpty()) {
            err() << (r.error.isEmpty() ? r.saveError : r.error) << "\n" << kept << "\n";
            return Internal;
        }
        out() << tr("%1: %2 predictions of %3 stored in %4 s (%5 pairs/s)")
                     .arg(store.path()).arg(r.stored).arg(version.name).arg(r.seconds, 0, 'f', 1)
                     .arg(qRound(r.pairsPerSecond()))
              << "\n";
        return Ok;
    }
};

bool wantsProjectPrediction(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("--project") || a.startsWith(QLatin1String("--project=")))
            return true;
    return false;
}

int predictProject(const QStringList &arguments) { return ProjectPredictCli::run(arguments); }

}  // namespace entail::cli
