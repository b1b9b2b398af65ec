// The window with a large project: from the start of main() to the window shown, to the first rows of the
// pair table, and to an idle GUI thread (no event-loop stall over 50 ms for 1 s). Prints figures, never fails.
//   QT_QPA_PLATFORM=offscreen bench_windowstart PROJECT.entail|URL [--where] [--events]
// --where: when the GUI thread stalls over 120 ms after opening, gdb (attached to this process) prints the
// GUI thread's stack, so that the figure comes with its cause (the attach itself lengthens that stall).
// (make one with `bench_import --pairs 100000 --dir DIR`, which leaves DIR/pairs.entail).
#include "model/runtime/runtime.h"
#include "ui/pairs/pairtableview.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <time.h>
#include <unistd.h>

namespace {
// --events: every event that keeps the GUI thread over 20 ms after the project opened, with its receiver and
// type (nested deliveries are counted in the outer one), so that a stall comes with what ran in it.
class TimingApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool report = false;
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
        if (t.elapsed() > 20) {
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
    app.report = QCoreApplication::arguments().contains(QStringLiteral("--events"));
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
        watching = true;
        quietSince = clock.elapsed();
    });
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed(), stall = now - lastTick;
        lastTick = now;
        beat = now;
        if (quietSince < 0)
            return;
        if (stall > 50) {
            longest = std::max(longest, stall);
            quietSince = now;
        } else if (now - quietSince >= 1000) {
            int rows = -1;
            for (const entail::PairTableView *table : window.findChildren<entail::PairTableView *>())
                rows = std::max(rows, table->model() ? table->model()->rowCount() : -1);
            std::printf("pair table rows when idle: %d\n", rows);
            std::printf("GUI thread idle         %7lld ms (longest stall after opening %lld ms)\n", quietSince,
                        longest);
            QCoreApplication::quit();
        }
    });
    tick.start(5);
    window.openProject(QString::fromLocal8Bit(argv[1]));
    const int code = app.exec();
    done = true;
    if (watchdog.joinable())
        watchdog.join();
    return code;
}
