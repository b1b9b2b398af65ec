// How responsive the GUI stays while a model trains: runs a training (and the re-prediction and
// activation that follow it) behind a live window, and prints the longest event-loop stall.
// Not a test: it prints figures, it never fails. Target: the longest stall <= 50 ms.
//
//   bench_responsiveness [--pairs 600] [--epochs 2] [--heads-only] [--torch-threads N] [--no-corrections]
//                        [--screenshot FILE.png]
//
// A precise 5 ms timer ticks on the GUI thread; a stall is the time between two ticks beyond 5 ms.
// Meanwhile the benchmark behaves like a user: every 100 ms it repaints the pair table and every 250 ms
// it corrects a label through the session (store and table, as the GUI does), as one does while a model trains.
// The same user without training runs first (baseline): other processes on the machine cause stalls too.
// Each long stall is split into the GUI thread's own work and its wait for a core (Linux schedstat).
#include "model/data/demo.h"
#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/session/projectsession.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingfeature.h"
#include "ui/training/trainingpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace entail;

namespace {
constexpr int kTickMs = 5;
constexpr int kRepaintEveryMs = 100;
constexpr int kCorrectEveryMs = 250;
constexpr int kBaselineMs = 15000;

struct Stalls {
    std::vector<double> gaps;  // ms beyond the tick interval
    double max() const { return gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end()); }
    double percentile(double q) const
    {
        if (gaps.empty())
            return 0.0;
        std::vector<double> s = gaps;
        std::sort(s.begin(), s.end());
        return s[size_t(q * double(s.size() - 1))];
    }
    int over(double ms) const { return int(std::count_if(gaps.begin(), gaps.end(), [ms](double g) { return g > ms; })); }
};

// Other processes compete for the same cores; the figures mean little without this.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

// CPU time of the calling thread: tells a stall the GUI thread spent working from one it spent waiting
// for a core (other processes, or our own background threads).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Nanoseconds the calling thread has spent runnable but waiting for a core (Linux schedstat), or -1.
double threadRunDelayMs()
{
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() >= 2 ? fields.at(1).toDouble() / 1e6 : -1.0;
}

// Times every event the GUI thread handles and keeps the slowest, naming the receiver and the event.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        ++depth;
        const bool result = QApplication::notify(receiver, event);
        --depth;
        const double ms = t.nsecsElapsed() / 1e6;
        if (ms > slowestMs && depth == 0) {
            slowestMs = ms;
            slowest = QStringLiteral("%1 (%2) handling event type %3")
                          .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
                          .arg(int(event->type()));
        }
        return result;
    }
    double slowestMs = 0.0;
    QString slowest;
    int depth = 0;  // only outermost events count: nested ones are inside their time
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void report(const char *phase, const Stalls &s, double seconds)
{
    out() << QStringLiteral("%1: %2 s, %3 ticks, stall max %4 ms, p99 %5 ms, p50 %6 ms, stalls > 50 ms: %7\n")
                 .arg(QString::fromLatin1(phase), -22).arg(seconds, 0, 'f', 1).arg(s.gaps.size())
                 .arg(s.max(), 0, 'f', 1).arg(s.percentile(0.99), 0, 'f', 1).arg(s.percentile(0.5), 0, 'f', 1)
                 .arg(s.over(50.0));
    out().flush();
}
}  // namespace

int main(int argc, char **argv)
{
    // Read before QApplication: LibTorch's thread count is set once, first thing.
    int torchThreads = 0;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--torch-threads") == 0)
            torchThreads = atoi(argv[i + 1]);
    entail::initRuntime(torchThreads);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pairsOption(QStringLiteral("pairs"), QStringLiteral("Demo project size."),
                                         QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption epochsOption(QStringLiteral("epochs"), QStringLiteral("Epochs."), QStringLiteral("N"),
                                          QStringLiteral("2"));
    const QCommandLineOption headsOption(QStringLiteral("heads-only"), QStringLiteral("Train the heads only."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                       QStringLiteral("PNG of the training panel in the middle of the run."),
                                       QStringLiteral("FILE"), QStringLiteral("training_panel.png"));
    const QCommandLineOption threadsOption(QStringLiteral("torch-threads"),
                                           QStringLiteral("LibTorch threads (0 = all cores)."), QStringLiteral("N"),
                                           QStringLiteral("0"));
    const QCommandLineOption noCorrectionsOption(QStringLiteral("no-corrections"),
                                                 QStringLiteral("Do not simulate label corrections."));
    parser.addOptions({pairsOption, epochsOption, headsOption, shotOption, threadsOption, noCorrectionsOption});
    parser.process(app);

    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.entail"));
    QString error;
    DemoSummary summary;
    if (!DemoProject::generate(project, &error, &summary, parser.value(pairsOption).toInt())) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ProjectSession session;
    session.setAnnotator(QStringLiteral("bench"));
    {
        QEventLoop opening;
        QObject::connect(&session, &ProjectSession::opened, &opening, &QEventLoop::quit);
        QObject::connect(&session, &ProjectSession::openFailed, &opening, [&](const QString &, const QString &m) {
            fprintf(stderr, "%s\n", qPrintable(m));
            opening.exit(1);
        });
        session.open(project);
        if (opening.exec() != 0)
            return 1;
    }

    QMainWindow window;
    auto *table = new QTableView;
    table->setModel(session.pairs());
    window.setCentralWidget(table);
    auto *feature = new TrainingFeature(&window, &session);
    feature->install(window.addToolBar(QStringLiteral("main")));
    window.resize(1400, 900);
    window.show();

    // The event-loop probe and the simulated user.
    Stalls baseline, training, after;
    Stalls *phase = &baseline;
    QElapsedTimer sinceTick, sinceRepaint, sinceCorrection;
    double longestCorrectionMs = 0.0;
    int corrections = 0;
    const std::vector<Pair> all = session.pairs()->pairs();
    const bool corrects = !parser.isSet(noCorrectionsOption);
    struct LongStall {
        double at, ms, cpuMs, waitMs;
    };
    std::vector<LongStall> longStalls;  // stalls over 50 ms, with the GUI thread's own CPU time in them
    double cpuAtTick = threadCpuMs();
    double waitAtTick = threadRunDelayMs();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kTickMs);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double gap = sinceTick.nsecsElapsed() / 1e6;
        sinceTick.start();
        const double cpu = threadCpuMs();
        const double wait = threadRunDelayMs();
        phase->gaps.push_back(std::max(0.0, gap - kTickMs));
        if (gap - kTickMs > 50.0)
            longStalls.push_back({sinceStart.nsecsElapsed() / 1e9, gap - kTickMs, cpu - cpuAtTick, wait - waitAtTick});
        cpuAtTick = cpu;
        waitAtTick = wait;
        if (sinceRepaint.elapsed() >= kRepaintEveryMs) {
            sinceRepaint.start();
            table->viewport()->update();
            feature->trainingPanel()->update();
        }
        if (corrects && sinceCorrection.elapsed() >= kCorrectEveryMs) {
            sinceCorrection.start();
            const Pair &p = all[size_t(corrections * 7919) % all.size()];
            QElapsedTimer t;
            t.start();
            session.applyLabel(p.key, (p.currentLabel + 1 + kNumClasses) % kNumClasses);
            longestCorrectionMs = std::max(longestCorrectionMs, t.nsecsElapsed() / 1e6);
            ++corrections;
        }
    });

    out() << QStringLiteral("bench_responsiveness: %1 pairs, %2 epoch(s), %3, %4 thread(s) for LibTorch, "
                            "OPENBLAS_CORETYPE=%5, background priority %6\n")
                 .arg(all.size()).arg(parser.value(epochsOption))
                 .arg(parser.isSet(headsOption) ? QStringLiteral("heads only") : QStringLiteral("encoders + heads"))
                 .arg(torchThreads > 0 ? torchThreads : QThread::idealThreadCount())
                 .arg(QString::fromLocal8Bit(qgetenv("OPENBLAS_CORETYPE")))
                 .arg(qEnvironmentVariableIsSet("ENTAIL_NO_BACKGROUND_PRIORITY") ? QStringLiteral("off")
                                                                                 : QStringLiteral("on"));
    out() << QStringLiteral("load average at start: %1\n").arg(loadAverage());
    out().flush();

    // 1. Baseline: the same simulated user without training, so that the machine's own load shows.
    sinceTick.start();
    sinceRepaint.start();
    sinceCorrection.start();
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(kBaselineMs, &loop, &QEventLoop::quit);
    loop.exec();
    const int baselineCorrections = corrections;

    // 2. Training; 3. re-prediction, storing the predictions and activation.
    TrainConfig config;
    config.epochs = parser.value(epochsOption).toInt();
    config.trainEncoders = !parser.isSet(headsOption);
    config.patience = 0;
    QElapsedTimer clock;
    double trainingSeconds = 0.0;
    bool shot = false;
    const QString shotFile = parser.value(shotOption);
    QObject::connect(feature->controller(), &TrainingController::progress, [&](const TrainProgress &p) {
        if (!shot && p.epoch == p.epochs && p.batch >= p.batches / 2) {
            shot = true;
            feature->trainingPanel()->grab().save(shotFile);
            sinceTick.start();  // the screenshot is the benchmark's own work, not a stall
        }
    });
    std::vector<std::pair<double, QString>> events;  // when the training reached which stage
    QObject::connect(feature->controller(), &TrainingController::message, [&](const QString &m) {
        events.emplace_back(sinceStart.nsecsElapsed() / 1e9, m);
    });
    QObject::connect(feature->controller(), &TrainingController::epochFinished, [&](const EpochSummary &e) {
        events.emplace_back(sinceStart.nsecsElapsed() / 1e9, QStringLiteral("epoch %1 done").arg(e.epoch));
    });
    QObject::connect(feature->controller(), &TrainingController::finished, [&] {
        events.emplace_back(sinceStart.nsecsElapsed() / 1e9, QStringLiteral("finished"));
        trainingSeconds = clock.nsecsElapsed() / 1e9;
        clock.start();
        phase = &after;
    });
    QObject::connect(feature->controller(), &TrainingController::failed, [&](const QString &e) {
        fprintf(stderr, "training failed: %s\n", qPrintable(e));
        loop.quit();
    });
    QObject::connect(session.batch(), &BackgroundPrediction::busyChanged, [&](bool busy) {
        if (!busy && phase == &after)
            loop.quit();
    });
    phase = &training;
    clock.start();
    if (!feature->startTraining(config, true))
        return 1;
    loop.exec();
    const double afterSeconds = clock.nsecsElapsed() / 1e9;
    tick.stop();

    out() << QStringLiteral("load average at end: %1\n").arg(loadAverage());
    report("no training (baseline)", baseline, kBaselineMs / 1000.0);
    report("training", training, trainingSeconds);
    report("predict + activate", after, afterSeconds);
    Stalls busy = training;
    busy.gaps.insert(busy.gaps.end(), after.gaps.begin(), after.gaps.end());
    out() << QStringLiteral("%1 label corrections during the run, longest correction %2 ms\n")
                 .arg(corrections - baselineCorrections).arg(longestCorrectionMs, 0, 'f', 1);
    out() << QStringLiteral("longest event-loop stall while training and activating: %1 ms (target <= 50 ms)\n")
                 .arg(busy.max(), 0, 'f', 1);
    for (const auto &[at, what] : events)
        out() << QStringLiteral("  %1 s: %2\n").arg(at, 0, 'f', 2).arg(what);
    // The ten longest, in time order.
    constexpr size_t kListed = 10;
    std::sort(longStalls.begin(), longStalls.end(), [](const LongStall &a, const LongStall &b) { return a.ms > b.ms; });
    longStalls.resize(std::min(longStalls.size(), kListed));
    std::sort(longStalls.begin(), longStalls.end(), [](const LongStall &a, const LongStall &b) { return a.at < b.at; });
    for (const LongStall &l : longStalls)
        out() << QStringLiteral("  stall of %1 ms at %2 s: GUI thread working %3 ms, waiting for a core %4 ms\n")
                     .arg(l.ms, 0, 'f', 1).arg(l.at, 0, 'f', 2).arg(l.cpuMs, 0, 'f', 1).arg(l.waitMs, 0, 'f', 1);
    out() << QStringLiteral("slowest GUI event: %1 ms, %2\n").arg(app.slowestMs, 0, 'f', 1).arg(app.slowest);
    if (shot)
        out() << QStringLiteral("screenshot of the training panel: %1\n").arg(QFileInfo(shotFile).absoluteFilePath());
    out().flush();
    return 0;
}
