// Bulk training and prediction at scale:
//   bench_bulk [--pairs N] [--epochs E] [--batch B] [--dir DIR] [--threads T]
// generates a project of N labeled text pairs (tweet-length, 90% training, 10% validation), trains E epochs
// (the built-in text encoder; time per epoch, peak memory of that phase), then predicts every pair of the
// project with the model in batches of B, storing them as the window does (pairs/s, peak memory of that
// phase: the peak is reset between phases through /proc/self/clear_refs). Prints figures, never fails.
#include "model/inference/bulkprediction.h"
#include "model/inference/predictor.h"
#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "model/training/trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <torch/torch.h>

#include <cstdio>
#include <random>

using namespace entail;

namespace {

// VmHWM (peak resident set) in MB; resetPeak() starts a new phase.
double peakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double nowMb() { return double(residentBytes()) / (1 << 20); }

Dataset generate(int n)
{
    static const char *teams[] = {"Harbor FC", "City Rovers", "Lakeside United", "North Stars", "Valley Town",
                                  "Old Port", "Riverside", "Hill Park"};
    static const char *words[] = {"great", "match", "tonight", "fans", "stadium", "coach", "goal", "season",
                                  "league", "weather", "tickets", "win", "draw", "loss", "replay", "crowd"};
    std::mt19937_64 rng(1);
    std::uniform_int_distribution<int> team(0, 7), score(0, 9), kind(0, 2), word(0, 15), count(6, 18);
    Dataset ds;
    ds.pairs.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        Pair p;
        const int a = team(rng), s = score(rng), k = kind(rng);
        const int b = k == NoEntailment ? (a + 1 + team(rng) % 7) % 8 : a;
        const int s2 = k == Contradictory ? (s + 1 + score(rng) % 9) % 10 : s;
        QString tail;
        for (int w = count(rng); w > 0; --w)
            tail += QLatin1Char(' ') + QString::fromUtf8(words[word(rng)]);
        p.first.id = QString::number(10000000 + 2 * i);
        p.second.id = QString::number(10000001 + 2 * i);
        p.first.text = QStringLiteral("%1 scored %2 goals today%3 #match").arg(QString::fromUtf8(teams[a])).arg(s).arg(tail);
        p.second.text = QStringLiteral("Final: %1 with %2 goals!%3").arg(QString::fromUtf8(teams[b])).arg(s2).arg(tail);
        p.originalLabel = p.currentLabel = k;
        p.split = i % 10 == 0 ? Split::Validation : Split::Train;
        ds.pairs.push_back(std::move(p));
    }
    return ds;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk training and prediction benchmark (figures only)."));
    parser.addHelpOption();
    const QCommandLineOption pairsOpt(QStringLiteral("pairs"), QStringLiteral("Pairs."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption epochsOpt(QStringLiteral("epochs"), QStringLiteral("Epochs to train."), QStringLiteral("E"),
                                       QStringLiteral("1"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Pairs per stored batch."),
                                      QStringLiteral("B"), QString::number(BulkPrediction::kBatchPairs));
    const QCommandLineOption dirOpt(QStringLiteral("dir"), QStringLiteral("Folder for the project."), QStringLiteral("DIR"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("LibTorch threads (0 = all cores)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({pairsOpt, epochsOpt, batchOpt, dirOpt, threadsOpt});
    parser.process(app);
    initRuntime(parser.value(threadsOpt).toInt());
    const int n = std::max(10, parser.value(pairsOpt).toInt());
    QTemporaryDir tmp;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : tmp.path();
    const QString project = QDir(dir).filePath(QStringLiteral("bulk.entail"));
    QFile::remove(project);
    std::printf("entail bulk benchmark: %d pairs, %d threads, OPENBLAS_CORETYPE=%s\n", n, torch::get_num_threads(),
                qgetenv("OPENBLAS_CORETYPE").isEmpty() ? "(unset)" : qgetenv("OPENBLAS_CORETYPE").constData());

    QElapsedTimer clock;
    clock.start();
    ProjectStore store;
    QString error;
    {
        Dataset ds = generate(n);
        if (!store.create(project, &error) || !store.addPairs(ds, QStringLiteral("bench"), &error)) {
            std::printf("cannot create the project: %s\n", qPrintable(error));
            return 1;
        }
    }
    releaseFreedMemory();
    std::printf("project generated:        %8.1f s  (%s)\n", clock.nsecsElapsed() / 1e9, qPrintable(project));

    // Training: what Trainer::train receives is the project's pairs (as `entail train --project` reads them).
    resetPeak();
    const double before = nowMb();
    TrainConfig config;
    config.epochs = std::max(1, parser.value(epochsOpt).toInt());
    config.patience = 0;
    config.useImages = false;
    Trainer trainer(config);
    std::vector<EpochSummary> epochs;
    trainer.onEpoch = [&](const EpochSummary &s) {
        epochs.push_back(s);
        std::printf("  epoch %d: %.1f s (batches and validation), ETA %.0f s, validation macro-F1 %.3f\n", s.epoch,
                    s.seconds, s.etaSeconds, s.validation.macroF1);
        std::fflush(stdout);
    };
    QDir().mkpath(store.modelsDir());
    ModelVersion version;
    version.file = QDir(store.modelsDir()).filePath(QStringLiteral("bench.entailmodel"));
    clock.restart();
    const TrainResult trained = trainer.train(store.dataset(), version.file, nullptr);
    if (!trained.ok) {
        std::printf("training failed: %s\n", qPrintable(trained.error));
        return 1;
    }
    const int batches = std::max(1, trained.batchesRun);
    std::printf("train %d epoch(s):         %8.1f s  total (%.1f s/epoch incl. validation; %.1f ms/batch of %d)\n",
                config.epochs, trained.seconds, epochs.empty() ? 0.0 : epochs.back().seconds,
                trained.batchSeconds * 1000.0 / batches, config.batchSize);
    std::printf("train peak RSS:           %8.0f MB  (%.0f MB before)\n", peakMb(), before);
    if (!store.addModel(version, &error)) {
        std::printf("cannot record the model: %s\n", qPrintable(error));
        return 1;
    }

    releaseFreedMemory();
    resetPeak();
    const double beforePredict = nowMb();
    const std::unique_ptr<Predictor> predictor = Predictor::load(version.file, &error);
    if (!predictor) {
        std::printf("cannot load the model: %s\n", qPrintable(error));
        return 1;
    }
    BulkPrediction::Options options;
    options.modelId = version.id;
    options.keep = false;
    options.batchPairs = std::max(1, parser.value(batchOpt).toInt());
    const BulkPredictionResult r = BulkPrediction::run(store, *predictor, options);
    std::printf("predict all, stored:      %8.1f s  (%d of %d pairs, %.0f pairs/s, batches of %d)\n", r.seconds,
                r.stored, r.total, r.pairsPerSecond(), options.batchPairs);
    std::printf("predict peak RSS:         %8.0f MB  (%.0f MB before)\n", peakMb(), beforePredict);
    if (!r.complete())
        std::printf("prediction incomplete: %s\n", qPrintable(r.error + r.saveError));
    return 0;
}
