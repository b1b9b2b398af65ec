// The window with a large project: from the start of main() to the window shown, to the first rows of the
// pair table, and to an idle GUI thread (no event-loop stall over 50 ms for 1 s once open), with the longest gap
// between two ticks of a 5 ms timer from the open request on. Prints figures, never fails.
//   QT_QPA_PLATFORM=offscreen bench_windowstart PROJECT.entail|URL [--where] [--events[=MS]] [--hold-texts]
// When idle it also prints the process's resident memory and its peak (the loader's and workers' included).
// --hold-texts: the table holds every pair's text even when the project is large (as before issue 15), to
// compare the memory of the two in two runs.
// --events[=MS]: every event that holds the GUI thread over MS (default 20) ms, and what received it.
// --where: when the GUI thread stalls over 120 ms after opening, gdb (attached to this process) prints the
// GUI thread's stack, so that the figure comes with its cause (the attach itself lengthens that stall).
// (make one with `bench_import --pairs 100000 --dir DIR`, which leaves DIR/pairs.entail).
#include "model/runtime/runtime.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/pairtableview.h"
#include "ui/session/projectloader.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <thread>
#include <time.h>
#include <unistd.h>

namespace {
// --events: every event delivery that holds the GUI thread over the threshold, with its receiver and type
// (nested deliveries count in the outer one) and its end on CLOCK_MONOTONIC (for perf record -k CLOCK_MONOTONIC).
class TimingApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool report = false;
    qint64 threshold = 20;  // ms
    QElapsedTimer *clock = nullptr;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!report || m_depth > 0)
            return QApplication::notify(receiver, event);
        const QString name = receiver->metaObject()->className() + QStringLiteral("/") + receiver->objectName();
        const int type = int(event->type());
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (t.elapsed() > threshold) {
            timespec now{};
            clock_gettime(CLOCK_MONOTONIC, &now);  // for perf record -k CLOCK_MONOTONIC
            std::printf("  event %4d to %-50s %4lld ms (at %lld ms, ends at monotonic %.6f)\n", type,
                        qPrintable(name), t.elapsed(), clock->elapsed(), double(now.tv_sec) + now.tv_nsec * 1e-9);
        }
        return result;
    }

private:
    int m_depth = 0;
};
}  // namespace

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    entail::initRuntime();
    TimingApplication app(argc, argv);
    app.clock = &clock;
    for (const QString &argument : QCoreApplication::arguments())
        if (argument == QLatin1String("--events") || argument.startsWith(QLatin1String("--events="))) {
            app.report = true;
            app.threshold = argument.section(QLatin1Char('='), 1).toLongLong();
            if (app.threshold <= 0)
                app.threshold = 20;
        }
    if (QCoreApplication::arguments().contains(QStringLiteral("--hold-texts")))
        entail::ProjectLoader::setTextsHeldBelow(std::numeric_limits<int>::max());
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_windowstart PROJECT.entail\n");
        return 2;
    }
    entail::MainWindow window;
    window.show();
    QCoreApplication::processEvents();
    std::printf("window shown            %7lld ms\n", clock.elapsed());
    qint64 lastTick = clock.elapsed(), quietSince = -1, longest = 0;
    std::atomic<qint64> beat{clock.elapsed()};
    std::atomic<bool> watching{false}, done{false};
    bool openedSeen = false;  // idle counts once the project is open; stalls count from the open request
    std::thread watchdog;
    if (QCoreApplication::arguments().contains(QStringLiteral("--where")))
        watchdog = std::thread([&] {
            bool reported = false;
            const std::string gdb = "gdb -p " + std::to_string(getpid())
                + " -batch -ex 'thread apply 1 bt 30' 2>/dev/null | grep '^#' | cut -c1-200";
            while (!done) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                const qint64 late = clock.elapsed() - beat;
                if (watching && late > 120 && !reported) {
                    reported = true;
                    std::printf("--- GUI thread stalled %lld ms so far, at:\n", late);
                    std::fflush(stdout);
                    if (std::system(gdb.c_str()) != 0)
                        std::printf("(gdb failed)\n");
                }
                if (late < 50)
                    reported = false;
            }
        });
    QObject::connect(window.session(), &entail::ProjectSession::opened, &window, [&] {
        int rows = -1;
        for (const entail::PairTableView *table : window.findChildren<entail::PairTableView *>())
            rows = std::max(rows, table->model() ? table->model()->rowCount() : -1);
        std::printf("project opened          %7lld ms (pair table: %d rows)\n", clock.elapsed(), rows);
        openedSeen = true;
        quietSince = std::max(quietSince, clock.elapsed());
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed(), stall = now - lastTick;
        lastTick = now;
        beat = now;
        if (quietSince < 0)
            return;
        longest = std::max(longest, stall);  // every gap between two 5 ms ticks, the ones under 50 ms too
        if (stall > 50) {
            quietSince = now;
        } else if (openedSeen && now - quietSince >= 1000) {
            int rows = -1;
            for (const entail::PairTableView *table : window.findChildren<entail::PairTableView *>())
                rows = std::max(rows, table->model() ? table->model()->rowCount() : -1);
            std::printf("pair table rows when idle: %d\n", rows);
            std::printf("GUI thread idle         %7lld ms (longest stall from the open request on %lld ms)\n", quietSince,
                        longest);
            std::printf("memory when idle: resident %.0f MB, peak %.0f MB; the table %s the texts\n",
                        entail::residentBytes() / 1048576.0, entail::peakResidentBytes() / 1048576.0,
                        window.session()->pairs()->holdsTexts() ? "holds" : "reads (from the store)");
            QCoreApplication::quit();
        }
    });
    tick.start(5);
    // Stalls count from the request on: opening spreads its work over several turns of the event loop, and
    // those before `opened` count as much as those after.
    watching = true;
    quietSince = clock.elapsed();
    window.openProject(QString::fromLocal8Bit(argv[1]));
    const int code = app.exec();
    done = true;
    if (watchdog.joinable())
        watchdog.join();
    return code;
}
