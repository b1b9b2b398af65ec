#include "model/image/imageloader.h"

#include "model/core/safefile.h"
#include "model/image/imageheader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <mutex>
#include <type_traits>

namespace entail {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;
// Tweet images are a few MB; anything near these limits is a mistake or an attack, and the app must
// stay responsive on a laptop while decoding in parallel.
constexpr qint64 kMaxFileBytes = 256 * kMegabyte;
constexpr qint64 kMaxWorkingBytes = 400 * kMegabyte;
constexpr qint64 kMaxPixels = 200'000'000;
// Decodes larger than this take turns, so that parallel loading cannot add up past the budget.
constexpr qint64 kSerializeAboveBytes = 64 * kMegabyte;
// ImageNet statistics, the convention the CNN encoders are built around (RGB order).
constexpr float kMean[3] = {0.485f, 0.456f, 0.406f};
constexpr float kStd[3] = {0.229f, 0.224f, 0.225f};

using TargetSize = std::function<cv::Size(cv::Size)>;


bool readFile(const QString &path, QByteArray *data, QString *reason)
{
    if (!SafeFile::readAll(path, kMaxFileBytes, data, reason))
        return false;
    if (data->isEmpty()) {
        *reason = QCoreApplication::translate("ImageLoader", "the file is empty (0 bytes)");
        return false;
    }
    return true;
}

// libjpeg decodes at 1/2, 1/4 or 1/8 scale for a fraction of the time and memory; take the smallest
// scale that still covers the target, whichever way EXIF orientation turns the picture.
int jpegReduction(const ImageHeader &h, cv::Size target)
{
    const int longSide = std::max(h.width, h.height), shortSide = std::min(h.width, h.height);
    const int needLong = std::max(target.width, target.height), needShort = std::min(target.width, target.height);
    for (int k : {8, 4, 2})
        if (longSide / k >= needLong && shortSide / k >= needShort)
            return k;
    return 1;
}

int jpegFlags(int reduction)
{
    switch (reduction) {
    case 8: return cv::IMREAD_REDUCED_COLOR_8;
    case 4: return cv::IMREAD_REDUCED_COLOR_4;
    case 2: return cv::IMREAD_REDUCED_COLOR_2;
    default: return cv::IMREAD_COLOR;
    }
}

// For formats OpenCV 4.6 cannot read (GIF, ICO...), whose size Qt already read from the header.
cv::Mat decodeWithQt(const QByteArray &data)
{
    QByteArray copy = QByteArray::fromRawData(data.constData(), data.size());
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QImage image = reader.read().convertToFormat(QImage::Format_RGBA8888);
    if (image.isNull())
        return {};
    const cv::Mat rgba(image.height(), image.width(), CV_8UC4, const_cast<uchar *>(image.constBits()),
                       size_t(image.bytesPerLine()));
    cv::Mat bgra;
    cv::cvtColor(rgba, bgra, cv::COLOR_RGBA2BGRA);
    return bgra;
}

// In place, straight (not premultiplied) alpha, as PNG stores it; the last channel is alpha.
template <typename T>
void compositeOnWhite(cv::Mat &m, double white)
{
    const int cn = m.channels();
    for (int y = 0; y < m.rows; ++y) {
        T *p = m.ptr<T>(y);
        for (int x = 0; x < m.cols; ++x, p += cn) {
            const double a = double(p[cn - 1]) / white;
            for (int c = 0; c < cn - 1; ++c) {
                const double v = double(p[c]) * a + white * (1.0 - a);
                if constexpr (std::is_integral_v<T>)
                    p[c] = T(v + 0.5);
                else
                    p[c] = T(v);
            }
            p[cn - 1] = T(white);
        }
    }
}

bool compositeAlpha(cv::Mat &m)
{
    if (m.channels() != 2 && m.channels() != 4)
        return true;
    switch (m.depth()) {
    case CV_8U: compositeOnWhite<uint8_t>(m, 255.0); return true;
    case CV_16U: compositeOnWhite<uint16_t>(m, 65535.0); return true;
    case CV_32F: compositeOnWhite<float>(m, 1.0); return true;
    default: return false;
    }
}

bool toRgb8(const cv::Mat &in, cv::Mat *out)
{
    cv::Mat m;
    switch (in.depth()) {
    case CV_8U: m = in; break;
    case CV_16U: in.convertTo(m, CV_8U, 1.0 / 257.0); break;
    case CV_32F:
    case CV_64F: in.convertTo(m, CV_8U, 255.0); break;  // float images are 0..1
    default: return false;
    }
    switch (m.channels()) {
    case 1: cv::cvtColor(m, *out, cv::COLOR_GRAY2RGB); return true;
    case 2: {
        cv::Mat grey;
        cv::extractChannel(m, grey, 0);
        cv::cvtColor(grey, *out, cv::COLOR_GRAY2RGB);
        return true;
    }
    case 3: cv::cvtColor(m, *out, cv::COLOR_BGR2RGB); return true;
    case 4: cv::cvtColor(m, *out, cv::COLOR_BGRA2RGB); return true;
    default: return false;
    }
}

// What the header says about the file: false (and a reason) when it is no image, damaged, too large or cut off.
bool checkHeader(const ImageHeader &h, QString *reason)
{
    if (h.format == ImageHeader::Format::Unknown) {
        *reason = QCoreApplication::translate("ImageLoader", "not an image, or an unsupported image format");
        return false;
    }
    if (h.damaged) {
        *reason = QCoreApplication::translate("ImageLoader", "the image header is damaged");
        return false;
    }
    if (qint64(h.width) * h.height > kMaxPixels) {
        *reason = QCoreApplication::translate("ImageLoader", "the image is too large: %1 x %2 pixels (the limit is %3 megapixels)")
                      .arg(h.width)
                      .arg(h.height)
                      .arg(kMaxPixels / 1'000'000);
        return false;
    }
    if (!h.complete) {
        *reason = QCoreApplication::translate("ImageLoader", "the image is truncated (the JPEG data has no end marker)");
        return false;
    }
    return true;
}

// The decoded picture, a second copy when OpenCV turns a JPEG upright (EXIF), the decoder's own buffers
// and the file bytes.
qint64 workingBytes(const ImageHeader &h, int reduction, qint64 fileBytes)
{
    const bool jpeg = h.format == ImageHeader::Format::Jpeg;
    const int k = reduction;
    const qint64 decoded = qint64((h.width + k - 1) / k) * ((h.height + k - 1) / k) * h.channels * h.bytesPerSample;
    return decoded * (jpeg ? 2 : 1) + h.decoderBytes + fileBytes;
}

// Empty when the data cannot be decoded.
cv::Mat decodeBytes(const QByteArray &data, const ImageHeader &h, int reduction)
{
    const bool jpeg = h.format == ImageHeader::Format::Jpeg;
    cv::Mat m;
    try {
        // IMREAD_UNCHANGED keeps alpha and 16-bit samples; JPEG has neither, and IMREAD_COLOR applies
        // its EXIF orientation so that the picture is seen the way people see it.
        const cv::Mat bytes(1, int(data.size()), CV_8UC1, const_cast<char *>(data.constData()));
        m = cv::imdecode(bytes, jpeg ? jpegFlags(reduction) : cv::IMREAD_UNCHANGED);
        if (m.empty() && h.format == ImageHeader::Format::Other)
            m = decodeWithQt(data);
    } catch (const cv::Exception &) {
        m.release();
    }
    return m;
}

// A decoded picture composited on white, resized to target(its size), as 8-bit RGB; empty with a reason.
cv::Mat toModelRgb(cv::Mat m, const TargetSize &target, QString *reason)
{
    if (!compositeAlpha(m)) {
        *reason = QCoreApplication::translate("ImageLoader", "unsupported pixel format");
        return {};
    }
    const cv::Size size = target(m.size());
    if (m.size() != size) {
        cv::Mat resized;
        cv::resize(m, resized, size, 0, 0, cv::INTER_AREA);
        m = resized;
    }
    cv::Mat rgb;
    if (!toRgb8(m, &rgb)) {
        *reason = QCoreApplication::translate("ImageLoader", "unsupported pixel format");
        return {};
    }
    return rgb;
}

// Reads, checks, decodes and resizes to target(decoded size); returns 8-bit RGB, or empty with a reason.
cv::Mat decodeRgb(const QString &path, const TargetSize &target, QString *reason)
{
    QByteArray data;
    if (!readFile(path, &data, reason))
        return {};
    const ImageHeader h = ImageHeader::probe(data);
    if (!checkHeader(h, reason))
        return {};
    const int k = h.format == ImageHeader::Format::Jpeg ? jpegReduction(h, target(cv::Size(h.width, h.height))) : 1;
    const qint64 needed = workingBytes(h, k, data.size());
    if (needed > kMaxWorkingBytes) {
        *reason = QCoreApplication::translate("ImageLoader", "decoding this %1 x %2 image would need about %3 MB of memory (the limit is %4 MB)")
                      .arg(h.width)
                      .arg(h.height)
                      .arg(needed / kMegabyte)
                      .arg(kMaxWorkingBytes / kMegabyte);
        return {};
    }
    static std::mutex bigDecodes;
    std::unique_lock<std::mutex> turn(bigDecodes, std::defer_lock);
    if (needed > kSerializeAboveBytes)
        turn.lock();
    const cv::Mat m = decodeBytes(data, h, k);
    data.clear();
    if (m.empty()) {
        *reason = QCoreApplication::translate("ImageLoader", "the image data is corrupt or truncated");
        return {};
    }
    return toModelRgb(m, target, reason);
}

// Never lets an exception out: decoding runs on worker threads and in the GUI.
cv::Mat decodeSafely(const QString &path, const TargetSize &target, QString *reason)
{
    try {
        return decodeRgb(path, target, reason);
    } catch (const std::bad_alloc &) {
        *reason = QCoreApplication::translate("ImageLoader", "not enough memory to decode the image");
    } catch (const std::exception &e) {
        *reason = QCoreApplication::translate("ImageLoader", "the image cannot be decoded: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return {};
}

}  // namespace

LoadedImage ImageLoader::load(const QString &path)
{
    LoadedImage out;
    // The model takes the square as is (aspect not kept), like the reference pipeline.
    const cv::Mat rgb = decodeSafely(path, [](cv::Size) { return cv::Size(kSize, kSize); }, &out.reason);
    if (rgb.empty())
        return out;
    constexpr int plane = kSize * kSize;
    out.chw.resize(size_t(3 * plane));
    for (int y = 0; y < kSize; ++y) {
        const uint8_t *p = rgb.ptr<uint8_t>(y);
        for (int x = 0; x < kSize; ++x, p += 3)
            for (int c = 0; c < 3; ++c)
                out.chw[size_t(c * plane + y * kSize + x)] = (float(p[c]) / 255.0f - kMean[c]) / kStd[c];
    }
    out.ok = true;
    return out;
}

// Not the global pool: Qt's raster paint engine fills large areas through QThreadPool::globalInstance()
// and waits for them, so a long decoding batch there froze the GUI for seconds (bench_responsiveness).
Q_GLOBAL_STATIC(QThreadPool, decodePool)

std::vector<LoadedImage> ImageLoader::loadMany(const QStringList &paths)
{
    QList<LoadedImage> loaded =
        QtConcurrent::blockingMapped<QList<LoadedImage>>(decodePool(), paths, &ImageLoader::load);
    return std::vector<LoadedImage>(std::make_move_iterator(loaded.begin()), std::make_move_iterator(loaded.end()));
}

QImage ImageLoader::loadPreview(const QString &path, int maxSide, QString *reason)
{
    maxSide = std::max(maxSide, 1);
    const auto fit = [maxSide](cv::Size s) {
        const double scale = std::min(1.0, double(maxSide) / std::max(s.width, s.height));
        return cv::Size(std::max(1, int(std::lround(s.width * scale))), std::max(1, int(std::lround(s.height * scale))));
    };
    QString why;
    const cv::Mat rgb = decodeSafely(path, fit, &why);
    if (reason)
        *reason = why;
    if (rgb.empty())
        return {};
    // Composited on white like the model input, so the preview shows what the model sees.
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

}  // namespace entail
