// ImageLoader: every format and defect the tweets can bring, fixtures written here with OpenCV and Qt.
#include "model/image/imageloader.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <array>
#include <sys/stat.h>

using entail::ImageLoader;
using entail::LoadedImage;
using Rgb = std::array<int, 3>;
Q_DECLARE_METATYPE(Rgb)

class TestImages final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loads_data();
    void loads();
    void refuses_data();
    void refuses();
    void paletteFixtureIsAPalettePng();
    void loadManyKeepsOrder();
    void previewKeepsAspect_data();
    void previewKeepsAspect();
    void previewRefusesWithReason();
    void timings();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    void writeMat(const char *name, const cv::Mat &m, const std::vector<int> &params = {});

    QTemporaryDir m_dir;
};

namespace {

constexpr int kSide = ImageLoader::kSize;
constexpr float kMean[3] = {0.485f, 0.456f, 0.406f};
constexpr float kStd[3] = {0.229f, 0.224f, 0.225f};

// The 0..255 colour at (x, y) of a loaded image, undoing the ImageNet normalization.
Rgb colourAt(const LoadedImage &img, int x, int y)
{
    Rgb out{};
    for (int c = 0; c < 3; ++c) {
        const float v = img.chw[size_t(c * kSide * kSide + y * kSide + x)];
        out[size_t(c)] = int(std::lround((v * kStd[c] + kMean[c]) * 255.0f));
    }
    return out;
}

QString show(const Rgb &c) { return QStringLiteral("(%1, %2, %3)").arg(c[0]).arg(c[1]).arg(c[2]); }

uint32_t crc32(const QByteArray &bytes)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (char ch : bytes) {
        crc ^= uint8_t(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &payload)
{
    QByteArray body = QByteArray(type) + payload;
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return out + crc;
}

// A PNG that is only a header (no pixel data): the loader must refuse it from the header alone.
QByteArray pngHeaderOnly(quint32 width, quint32 height, char colourType)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8;
    ihdr[9] = colourType;
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IEND", {});
}

cv::Mat noisyPhoto(int width, int height)
{
    cv::Mat m(height, width, CV_8UC3);
    cv::RNG rng(42);
    rng.fill(m, cv::RNG::UNIFORM, 0, 256);
    return m;
}

QByteArray encode(const char *ext, const cv::Mat &m, const std::vector<int> &params = {})
{
    std::vector<uchar> buffer;
    if (!cv::imencode(ext, m, buffer, params))
        qFatal("cannot encode a %s fixture", ext);
    return QByteArray(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size()));
}

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(strlen(field))).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

}  // namespace

void TestImages::writeMat(const char *name, const cv::Mat &m, const std::vector<int> &params)
{
    const QString file = path(name);
    entail::test::writeFile(file, encode(strrchr(name, '.'), m, params));
}

void TestImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::vector<int> jpeg95 = {cv::IMWRITE_JPEG_QUALITY, 95};
    // OpenCV colours are BGR.
    writeMat("red.jpg", cv::Mat(480, 640, CV_8UC3, cv::Scalar(0, 0, 255)), jpeg95);
    writeMat("blue.png", cv::Mat(100, 200, CV_8UC3, cv::Scalar(255, 0, 0)));
    writeMat("portrait.png", cv::Mat(600, 300, CV_8UC3, cv::Scalar(0, 255, 255)));
    writeMat("grey.png", cv::Mat(90, 70, CV_8UC1, cv::Scalar(100)));
    writeMat("grey.jpg", cv::Mat(90, 70, CV_8UC1, cv::Scalar(100)), jpeg95);
    writeMat("deep.png", cv::Mat(50, 60, CV_16UC3, cv::Scalar(0, 128 * 257, 65535)));
    writeMat("green.bmp", cv::Mat(40, 30, CV_8UC3, cv::Scalar(0, 255, 0)));
    writeMat("photo.jpg", noisyPhoto(640, 480), jpeg95);
    writeMat("progressive.jpg", cv::Mat(300, 400, CV_8UC3, cv::Scalar(0, 0, 255)), {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    if (cv::haveImageWriter("x.webp"))  // lossless (quality above 100) with alpha
        writeMat("rgba.webp", cv::Mat(40, 40, CV_8UC4, cv::Scalar(255, 0, 0, 0)), {cv::IMWRITE_WEBP_QUALITY, 101});
    // OpenCV 4.6 cannot read GIF; Qt can. One red pixel (two-colour table, LZW data for index 0).
    entail::test::writeFile(path("red.gif"), QByteArray::fromHex("4749463839610100010080000"
                                                                 "0ff0000000000"
                                                                 "2c00000000010001000002024401003b"));
    writeMat("photo.png", noisyPhoto(320, 240));
    entail::test::writeFile(path("bluepng.jpg"), encode(".png", cv::Mat(100, 200, CV_8UC3, cv::Scalar(255, 0, 0))));

    // Red in three bands: opaque, half transparent, fully transparent.
    cv::Mat rgba(120, 120, CV_8UC4, cv::Scalar(0, 0, 255, 255));
    rgba.rowRange(40, 80).setTo(cv::Scalar(0, 0, 255, 128));
    rgba.rowRange(80, 120).setTo(cv::Scalar(0, 0, 255, 0));
    writeMat("rgba.png", rgba);

    // Palette with transparency: green left half, transparent right half.
    QImage palette(64, 64, QImage::Format_Indexed8);
    palette.setColorTable({qRgba(0, 255, 0, 255), qRgba(255, 0, 0, 0)});
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            palette.setPixel(x, y, x < 32 ? 0 : 1);
    QVERIFY(palette.save(path("palette.png"), "PNG"));

    const QByteArray photo = encode(".jpg", noisyPhoto(640, 480), jpeg95);
    entail::test::writeFile(path("truncated.jpg"), photo.left(photo.size() * 6 / 10));
    const QByteArray png = encode(".png", noisyPhoto(320, 240));
    entail::test::writeFile(path("truncated.png"), png.left(png.size() * 6 / 10));
    entail::test::writeFile(path("empty.jpg"), QByteArray());
    entail::test::writeFile(path("text.png"), QByteArray("id,text\n1,this is not an image\n"));
    entail::test::writeFile(path("damaged.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("garbage"));
    entail::test::writeFile(path("absurd.png"), pngHeaderOnly(100000, 100000, 2));
    entail::test::writeFile(path("budget.png"), pngHeaderOnly(12000, 12000, 6));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.jpg")));
    QCOMPARE(::mkfifo(QFile::encodeName(path("fifo.jpg")).constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path("zero.jpg")));

    // A plain colour compresses to a few hundred KB even at 10000 x 10000.
    QElapsedTimer timer;
    timer.start();
    writeMat("huge.jpg", cv::Mat(10000, 10000, CV_8UC3, cv::Scalar(0, 128, 255)), jpeg95);
    qInfo("10000 x 10000 JPEG fixture: %lld KB, written in %lld ms", QFileInfo(path("huge.jpg")).size() / 1024,
          timer.elapsed());
}

void TestImages::loads_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<Rgb>("expected");
    QTest::addColumn<int>("tolerance");
    const Rgb red{255, 0, 0}, green{0, 255, 0}, blue{0, 0, 255}, white{255, 255, 255};
    QTest::newRow("JPEG") << "red.jpg" << 64 << 64 << red << 3;
    QTest::newRow("PNG") << "blue.png" << 64 << 64 << blue << 0;
    QTest::newRow("PNG named .jpg") << "bluepng.jpg" << 64 << 64 << blue << 0;
    QTest::newRow("grey PNG") << "grey.png" << 5 << 120 << Rgb{100, 100, 100} << 0;
    QTest::newRow("grey JPEG") << "grey.jpg" << 64 << 64 << Rgb{100, 100, 100} << 2;
    QTest::newRow("16-bit PNG") << "deep.png" << 64 << 64 << Rgb{255, 128, 0} << 0;
    QTest::newRow("BMP") << "green.bmp" << 64 << 64 << green << 0;
    QTest::newRow("palette PNG, opaque half") << "palette.png" << 16 << 64 << green << 0;
    QTest::newRow("palette PNG, transparent half") << "palette.png" << 112 << 64 << white << 0;
    // Band centres 20, 60, 100 of 120 rows, scaled to 128.
    QTest::newRow("RGBA opaque") << "rgba.png" << 64 << 21 << red << 0;
    QTest::newRow("RGBA half transparent") << "rgba.png" << 64 << 64 << Rgb{255, 127, 127} << 1;
    QTest::newRow("RGBA transparent") << "rgba.png" << 64 << 107 << white << 0;
    QTest::newRow("10000 x 10000 JPEG") << "huge.jpg" << 64 << 64 << Rgb{255, 128, 0} << 3;
    QTest::newRow("progressive JPEG") << "progressive.jpg" << 64 << 64 << red << 3;
    QTest::newRow("GIF") << "red.gif" << 64 << 64 << red << 0;
    QTest::newRow("WebP with transparency") << "rgba.webp" << 64 << 64 << white << 0;
    QTest::newRow("noisy JPEG") << "photo.jpg" << -1 << -1 << Rgb{} << 0;
    QTest::newRow("noisy PNG") << "photo.png" << -1 << -1 << Rgb{} << 0;
}

void TestImages::loads()
{
    QFETCH(QString, file);
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(Rgb, expected);
    QFETCH(int, tolerance);
    if (file.endsWith(QLatin1String(".webp")) && !cv::haveImageReader("x.webp"))
        QSKIP("this OpenCV has no WebP codec");
    const LoadedImage img = ImageLoader::load(m_dir.filePath(file));
    QVERIFY2(img.ok, qPrintable(img.reason));
    QVERIFY(img.reason.isEmpty());
    QCOMPARE(img.chw.size(), size_t(3 * kSide * kSide));
    for (float v : img.chw)
        QVERIFY(std::isfinite(v) && v >= (0.0f - 0.485f) / 0.229f - 1e-4f && v <= (1.0f - 0.406f) / 0.225f + 1e-4f);
    if (x < 0)
        return;
    const Rgb got = colourAt(img, x, y);
    for (int c = 0; c < 3; ++c)
        QVERIFY2(std::abs(got[size_t(c)] - expected[size_t(c)]) <= tolerance,
                 qPrintable(QStringLiteral("got %1, expected %2").arg(show(got), show(expected))));
}

void TestImages::refuses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing file") << "missing.jpg" << "does not exist";
    QTest::newRow("zero bytes") << "empty.jpg" << "empty";
    QTest::newRow("folder") << "folder.jpg" << "not a regular file";
    QTest::newRow("FIFO") << "fifo.jpg" << "not a regular file";
    QTest::newRow("symlink to /dev/zero") << "zero.jpg" << "not a regular file";
    QTest::newRow("truncated JPEG") << "truncated.jpg" << "no end marker";
    QTest::newRow("truncated PNG") << "truncated.png" << "corrupt or truncated";
    QTest::newRow("text named .png") << "text.png" << "not an image";
    QTest::newRow("damaged PNG header") << "damaged.png" << "damaged";
    QTest::newRow("100000 x 100000 PNG") << "absurd.png" << "too large: 100000 x 100000";
    QTest::newRow("12000 x 12000 RGBA PNG") << "budget.png" << "MB of memory";
}

void TestImages::refuses()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    const LoadedImage img = ImageLoader::load(m_dir.filePath(file));
    QVERIFY(!img.ok);
    QVERIFY(img.chw.empty());
    QVERIFY2(img.reason.contains(fragment), qPrintable(img.reason));
}

void TestImages::paletteFixtureIsAPalettePng()
{
    // Otherwise the palette rows above would test an RGBA file.
    QFile f(path("palette.png"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(int(bytes.at(25)), 3);  // IHDR colour type: palette
    QVERIFY(bytes.contains("PLTE"));
    QVERIFY(bytes.contains("tRNS"));
}

void TestImages::loadManyKeepsOrder()
{
    const QStringList once = {path("blue.png"), path("missing.jpg"), path("red.jpg"),   path("grey.png"),
                              path("text.png"), path("rgba.png"),    path("photo.jpg"), path("palette.png")};
    QStringList paths;
    for (int i = 0; i < 4; ++i)
        paths << once;
    const std::vector<LoadedImage> many = ImageLoader::loadMany(paths);
    QCOMPARE(many.size(), size_t(paths.size()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const LoadedImage one = ImageLoader::load(paths.at(i));
        QCOMPARE(many[size_t(i)].ok, one.ok);
        QCOMPARE(many[size_t(i)].reason, one.reason);
        QCOMPARE(many[size_t(i)].chw, one.chw);
    }
    QVERIFY(!many[1].ok);
    QCOMPARE(colourAt(many[0], 64, 64), (Rgb{0, 0, 255}));
    QCOMPARE(colourAt(many[3], 64, 64), (Rgb{100, 100, 100}));
    QVERIFY(ImageLoader::loadMany({}).empty());
}

void TestImages::previewKeepsAspect_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("maxSide");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QColor>("centre");
    QTest::newRow("landscape JPEG shrinks") << "red.jpg" << 100 << QSize(100, 75) << QColor(255, 0, 0);
    QTest::newRow("small PNG is not enlarged") << "blue.png" << 512 << QSize(200, 100) << QColor(0, 0, 255);
    QTest::newRow("portrait") << "portrait.png" << 100 << QSize(50, 100) << QColor(255, 255, 0);
    QTest::newRow("10000 x 10000 JPEG") << "huge.jpg" << 256 << QSize(256, 256) << QColor(255, 128, 0);
    QTest::newRow("transparency on white") << "rgba.png" << 60 << QSize(60, 60) << QColor(255, 127, 127);
    QTest::newRow("PNG named .jpg") << "bluepng.jpg" << 50 << QSize(50, 25) << QColor(0, 0, 255);
}

void TestImages::previewKeepsAspect()
{
    QFETCH(QString, file);
    QFETCH(int, maxSide);
    QFETCH(QSize, size);
    QFETCH(QColor, centre);
    QString reason = QStringLiteral("stale");
    const QImage img = ImageLoader::loadPreview(m_dir.filePath(file), maxSide, &reason);
    QVERIFY2(!img.isNull(), qPrintable(reason));
    QVERIFY(reason.isEmpty());
    QCOMPARE(img.size(), size);
    QVERIFY(img.format() == QImage::Format_RGB888 || img.format() == QImage::Format_ARGB32);
    const QColor got = img.pixelColor(size.width() / 2, size.height() / 2);
    QVERIFY2(std::abs(got.red() - centre.red()) <= 3 && std::abs(got.green() - centre.green()) <= 3
                 && std::abs(got.blue() - centre.blue()) <= 3,
             qPrintable(got.name()));
}

void TestImages::previewRefusesWithReason()
{
    for (const char *name : {"missing.jpg", "empty.jpg", "truncated.jpg", "text.png", "absurd.png"}) {
        QString reason;
        QVERIFY(ImageLoader::loadPreview(path(name), 256, &reason).isNull());
        QVERIFY2(!reason.isEmpty(), name);
    }
    QVERIFY(ImageLoader::loadPreview(path("missing.jpg"), 256, nullptr).isNull());
}

void TestImages::timings()
{
    // Reported, not asserted: speed belongs to the benchmarks.
    constexpr int kRuns = 30;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRuns; ++i)
        QVERIFY(ImageLoader::load(path("photo.jpg")).ok);
    const double photoMs = double(timer.nsecsElapsed()) / 1e6 / kRuns;
    // Peak memory of the 10000 x 10000 load alone: "5" resets the peak RSS counter (Linux 4.0+).
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    const bool peakReset = clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
    clearRefs.close();
    const qint64 before = statusKb("VmRSS:");
    timer.restart();
    QVERIFY(ImageLoader::load(path("huge.jpg")).ok);
    const double hugeMs = double(timer.nsecsElapsed()) / 1e6;
    if (peakReset)
        qInfo("10000 x 10000 JPEG: peak RSS %lld MB above the %lld MB before the load",
              (statusKb("VmHWM:") - before) / 1024, before / 1024);
    timer.restart();
    QVERIFY(ImageLoader::load(path("photo.png")).ok);
    const double pngMs = double(timer.nsecsElapsed()) / 1e6;
    qInfo("decode + resize to 128 x 128: 640 x 480 JPEG %.2f ms, 320 x 240 noisy PNG %.2f ms, "
          "10000 x 10000 JPEG %.1f ms",
          photoMs, pngMs, hugeMs);
}

QTEST_GUILESS_MAIN(TestImages)
#include "test_images.moc"
