// bench_fetch PROJECT: fetches a project's images the way the window does (ImageFetchJob, 8 jobs, on its own
// thread) and prints the wall time, images per second and the GUI thread's longest stall meanwhile (a 5 ms
// timer's largest gap). Serve the images from a loopback server, e.g. `python3 -m http.server --bind
// 127.0.0.1` over a folder of <n>.jpg, and import a CSV linking to them (`entail import`).
#include "ui/session/imagefetchjob.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

using namespace entail;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_fetch PROJECT\n");
        return 2;
    }
    ImageFetchJob job;
    QElapsedTimer wall, tick;
    qint64 longestGapMs = 0;
    QTimer probe;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestGapMs = std::max(longestGapMs, tick.restart());
    });
    int images = 0;
    QObject::connect(&job, &ImageFetchJob::finished, [&](const std::shared_ptr<const ProjectFetchResult> &r,
                                                         const QString &error) {
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        images = r ? int(r->outcomes.size()) : 0;
        app.quit();
    });
    wall.start();
    tick.start();
    probe.start(5);
    job.start(QString::fromLocal8Bit(argv[1]), false);
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    std::printf("%d images in %.1f s (%.0f images/s); GUI thread's longest stall %lld ms (5 ms timer)\n", images,
                seconds, images / seconds, static_cast<long long>(longestGapMs));
    return 0;
}
