// bench_archive DIR [IMAGES] [MB]: extracting an image archive of the Keras example's size (2,800 images, ~344 MB
// as tweet_images/<id>.jpg in a .tar.gz) into a project the way `entail fetch-images --archive` does (ArchiveFetch:
// stream, checks, decode, rename, record), beside `tar -xzf` of the same file in the same run. Prints wall time,
// images/s and peak memory of each, both measured the same way: each runs as its own process under GNU time
// (/usr/bin/time, %e and %M: wall seconds, maxrss). The fixtures are noise JPEGs of typical tweet sizes (hardly
// compressible, as real photos), written by Qt and packed with the system's tar; DIR is created and reused (remove
// it afterwards).
#include "model/fetch/archivefetch.h"
#include "model/store/store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <cstring>

using namespace entail;

namespace {

// Runs `program arguments` under /usr/bin/time: its wall seconds and peak memory (MB), and its stdout.
struct Timed {
    double seconds = 0;
    double peakMb = 0;
    QString out;
};

Timed timed(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("@@ %e %M"), program} + arguments);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    const QStringList figures = QString::fromLocal8Bit(p.readAllStandardError()).section(QStringLiteral("@@ "), -1)
                                    .simplified().split(QLatin1Char(' '));
    return Timed{figures.value(0).toDouble(), figures.value(1).toDouble() / 1024, QString::fromLocal8Bit(p.readAllStandardOutput())};
}

// bench_archive --extract PROJECT ARCHIVE: the measured process.
int extract(const QString &project, const QString &archive)
{
    ProjectFetchResult result;
    QString error;
    if (!ArchiveFetch::run(project, archive, FetchOptions(), {}, &result, &error))
        qFatal("%s", qPrintable(error));
    int ok = 0;
    for (const FetchOutcome &o : result.outcomes)
        ok += o.status == FetchStatus::Ok ? 1 : 0;
    std::printf("%d ok of %zu%s\n", ok, result.outcomes.size(),
                result.stopped.isEmpty() ? "" : qPrintable(QStringLiteral("; stopped: ") + result.stopped));
    return 0;
}

// A noise image as JPEG: noise in 4x4 blocks keeps JPEG (and gzip) from compressing it much.
QByteArray noiseJpeg(QRandomGenerator &random, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; y += 4)
        for (int x = 0; x < width; x += 4) {
            const QRgb colour = random.generate() | 0xff000000u;
            for (int dy = 0; dy < 4 && y + dy < height; ++dy)
                for (int dx = 0; dx < 4 && x + dx < width; ++dx)
                    image.setPixel(x + dx, y + dy, colour);
        }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    return bytes;
}

// DIR/src/tweet_images/<1..n>.jpg, ~targetMb in all (48 distinct images of varied sizes, repeated: gzip's
// 32 KB window cannot see the repeats), packed as DIR/tweet_images.tar.gz.
QString makeArchive(const QString &dir, int images, double targetMb)
{
    const QString archive = dir + QStringLiteral("/tweet_images.tar.gz");
    if (QFileInfo::exists(archive))
        return archive;
    const QString src = dir + QStringLiteral("/src/tweet_images");
    QDir().mkpath(src);
    QRandomGenerator random(42);
    const QSize sizes[] = {{480, 360}, {600, 400}, {680, 510}, {800, 450}, {800, 600}, {1024, 576}};
    std::vector<QByteArray> samples;
    double side = 1.0;  // scales the sizes so that the images' mean size gives targetMb
    for (int pass = 0; pass < 2; ++pass) {
        samples.clear();
        double sampleMb = 0;
        for (int i = 0; i < 48; ++i) {
            const QSize s = sizes[i % std::size(sizes)] * side;
            samples.push_back(noiseJpeg(random, s.width(), s.height()));
            sampleMb += samples.back().size() / 1e6;
        }
        side *= std::sqrt(targetMb / (sampleMb / samples.size() * images));
    }
    for (int i = 1; i <= images; ++i) {
        const QByteArray &bytes = samples[i % samples.size()];
        QFile f(src + QStringLiteral("/%1.jpg").arg(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
    }
    if (QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-czf"), archive, QStringLiteral("-C"),
                                                  dir + QStringLiteral("/src"), QStringLiteral("tweet_images")}) != 0)
        qFatal("tar -czf failed");
    QDir(dir + QStringLiteral("/src")).removeRecursively();
    return archive;
}

QString makeProject(const QString &dir, int images)
{
    const QString file = dir + QStringLiteral("/bench.entail");
    QFile::remove(file);
    QDir(file + QStringLiteral(".images")).removeRecursively();
    Dataset ds;
    for (int i = 1; i + 1 <= images; i += 2) {
        Pair p;
        p.first.id = QString::number(i);
        p.second.id = QString::number(i + 1);
        p.first.text = p.second.text = QStringLiteral("text");
        p.originalLabel = p.currentLabel = (i / 2) % kNumClasses;
        ds.pairs.push_back(p);
    }
    ProjectStore store;
    QString error;
    if (!store.create(file, &error) || !store.addPairs(ds, QStringLiteral("bench"), &error))
        qFatal("%s", qPrintable(error));
    return file;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--extract") == 0)
        return extract(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_archive DIR [IMAGES=2800] [MB=375]\n");
        return 2;
    }
    const QString dir = QDir(QString::fromLocal8Bit(argv[1])).absolutePath();
    const int images = argc > 2 ? std::atoi(argv[2]) : 2800;
    const double targetMb = argc > 3 ? std::atof(argv[3]) : 375.0;  // JPEGs of noise: gzip takes ~8 % off
    QDir().mkpath(dir);
    const QString archive = makeArchive(dir, images, targetMb);
    const QString project = makeProject(dir, images);
    // The same process on an empty archive: what the libraries (LibTorch, Qt, OpenCV) take before any entry.
    const QString empty = dir + QStringLiteral("/empty.tar");
    QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-cf"), empty, QStringLiteral("--files-from"),
                                              QStringLiteral("/dev/null")});
    const Timed idle = timed(QCoreApplication::applicationFilePath(), {QStringLiteral("--extract"), project, empty});
    const Timed ours = timed(QCoreApplication::applicationFilePath(), {QStringLiteral("--extract"), project, archive});
    const QString peer = dir + QStringLiteral("/tar-x");
    QDir(peer).removeRecursively();
    QDir().mkpath(peer);
    const Timed tar = timed(QStringLiteral("tar"), {QStringLiteral("-xzf"), archive, QStringLiteral("-C"), peer});
    QDir(peer).removeRecursively();

    std::printf("archive: %s, %.1f MB, %d images; %d threads\n", qPrintable(archive), QFileInfo(archive).size() / 1e6,
                images, QThread::idealThreadCount());
    std::printf("entail (ArchiveFetch: stream, check, decode, rename, record): %s in %.1f s (%.0f images/s), "
                "peak memory %.0f MB (%.0f MB on an empty archive)\n", qPrintable(ours.out.trimmed()), ours.seconds,
                images / ours.seconds, ours.peakMb, idle.peakMb);
    std::printf("tar -xzf of the same file: %.1f s (%.0f images/s), peak memory %.0f MB\n", tar.seconds,
                images / tar.seconds, tar.peakMb);
    return 0;
}
