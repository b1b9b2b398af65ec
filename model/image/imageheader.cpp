#include "model/image/imageheader.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cstdint>

namespace entail {

namespace {

class Bytes {
public:
    explicit Bytes(const QByteArray &data) : m_data(reinterpret_cast<const uint8_t *>(data.constData())), m_size(size_t(data.size())) {}
    size_t size() const { return m_size; }
    bool has(size_t offset, size_t count) const { return offset <= m_size && count <= m_size - offset; }
    uint8_t u8(size_t at) const { return m_data[at]; }
    uint32_t be16(size_t at) const { return uint32_t(m_data[at]) << 8 | m_data[at + 1]; }
    uint32_t be32(size_t at) const { return be16(at) << 16 | be16(at + 2); }
    uint32_t le16(size_t at) const { return uint32_t(m_data[at + 1]) << 8 | m_data[at]; }
    uint32_t le24(size_t at) const { return le16(at) | uint32_t(m_data[at + 2]) << 16; }
    uint32_t le32(size_t at) const { return le16(at) | le16(at + 2) << 16; }
    bool equals(size_t at, const char *text, size_t count) const
    {
        return has(at, count) && std::memcmp(text, m_data + at, count) == 0;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
};

int clampDimension(uint64_t v) { return v > uint64_t(INT32_MAX) ? INT32_MAX : int(v); }

void probePng(const Bytes &b, ImageHeader *h)
{
    if (!b.has(8, 25) || !b.equals(12, "IHDR", 4)) {
        h->damaged = true;
        return;
    }
    h->width = clampDimension(b.be32(16));
    h->height = clampDimension(b.be32(20));
    const int depth = b.u8(24);
    const int colorType = b.u8(25);
    // A tRNS chunk (always before IDAT) turns palette and grey images into 4-channel ones for OpenCV.
    bool transparency = false;
    for (size_t at = 8; b.has(at, 8);) {
        const uint64_t length = b.be32(at);
        if (b.equals(at + 4, "IDAT", 4))
            break;
        transparency = transparency || b.equals(at + 4, "tRNS", 4);
        at += 12 + length;
    }
    h->bytesPerSample = depth == 16 ? 2 : 1;
    h->channels = colorType == 0 && !transparency ? 1 : colorType == 2 && !transparency ? 3 : 4;
    h->damaged = h->width == 0 || h->height == 0;
}

bool isStartOfFrame(int marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

void probeJpeg(const Bytes &b, ImageHeader *h)
{
    h->channels = 3;  // decoded as colour (grey and CMYK are converted)
    size_t at = 2;
    size_t scanStart = 0;
    while (b.has(at, 4)) {
        if (b.u8(at) != 0xFF) {
            h->damaged = true;
            return;
        }
        const int marker = b.u8(at + 1);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        const size_t length = b.be16(at + 2);
        if (isStartOfFrame(marker)) {
            if (!b.has(at + 4, 6) || length < 8) {
                h->damaged = true;
                return;
            }
            h->height = int(b.be16(at + 5));
            h->width = int(b.be16(at + 7));
            const int components = b.u8(at + 9);
            const bool progressive = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            if (progressive && b.has(at + 10, size_t(3 * components))) {
                // libjpeg keeps every DCT coefficient (2 bytes each) of a progressive image, even when
                // it decodes at a reduced scale.
                int hMax = 1, vMax = 1;
                for (int c = 0; c < components; ++c) {
                    hMax = std::max(hMax, b.u8(at + 11 + size_t(3 * c)) >> 4);
                    vMax = std::max(vMax, b.u8(at + 11 + size_t(3 * c)) & 15);
                }
                for (int c = 0; c < components; ++c) {
                    const int sampling = b.u8(at + 11 + size_t(3 * c));
                    const qint64 w = (qint64(h->width) * std::max(1, sampling >> 4) + hMax - 1) / hMax + 15;
                    const qint64 hh = (qint64(h->height) * std::max(1, sampling & 15) + vMax - 1) / vMax + 15;
                    h->decoderBytes += w * hh * 2;
                }
            }
        } else if (marker == 0xDA) {
            scanStart = at;
            break;
        }
        at += 2 + length;
    }
    if (!h->sizeKnown() || scanStart == 0) {
        h->damaged = true;
        return;
    }
    // Entropy-coded data cannot contain FF D9 (0xFF is stuffed), so the image is complete only when the
    // last FF D9 comes after the first scan; an embedded EXIF thumbnail's end marker comes before it.
    h->complete = false;
    for (size_t i = b.size() - 1; i > scanStart + 1; --i) {
        if (b.u8(i) == 0xD9 && b.u8(i - 1) == 0xFF) {
            h->complete = true;
            break;
        }
    }
}

void probeBmp(const Bytes &b, ImageHeader *h)
{
    if (!b.has(14, 16)) {
        h->damaged = true;
        return;
    }
    if (b.le32(14) == 12) {  // OS/2 1.x header: 16-bit dimensions
        h->width = int(b.le16(18));
        h->height = int(b.le16(20));
    } else {
        const auto width = int32_t(b.le32(18));
        const auto height = int32_t(b.le32(22));  // negative for top-down rows
        h->width = width > 0 ? width : 0;
        h->height = height == INT32_MIN ? 0 : std::abs(height);
        h->channels = b.le16(28) == 32 ? 4 : 3;
    }
    h->damaged = !h->sizeKnown();
}

void probeWebP(const Bytes &b, ImageHeader *h)
{
    if (b.equals(12, "VP8X", 4) && b.has(24, 6)) {
        h->width = int(b.le24(24)) + 1;
        h->height = int(b.le24(27)) + 1;
    } else if (b.equals(12, "VP8L", 4) && b.has(21, 4) && b.u8(20) == 0x2F) {
        const uint32_t bits = b.le32(21);
        h->width = int(bits & 0x3FFF) + 1;
        h->height = int((bits >> 14) & 0x3FFF) + 1;
    } else if (b.equals(12, "VP8 ", 4) && b.has(26, 4) && b.u8(23) == 0x9D && b.u8(24) == 0x01
               && b.u8(25) == 0x2A) {
        h->width = int(b.le16(26) & 0x3FFF);
        h->height = int(b.le16(28) & 0x3FFF);
        h->channels = 3;
    }
    h->damaged = !h->sizeKnown();
}

}  // namespace

ImageHeader ImageHeader::probe(const QByteArray &data)
{
    const Bytes b(data);
    ImageHeader h;
    if (b.equals(0, "\x89PNG\r\n\x1a\n", 8)) {
        h.format = Format::Png;
        probePng(b, &h);
    } else if (b.has(0, 3) && b.u8(0) == 0xFF && b.u8(1) == 0xD8 && b.u8(2) == 0xFF) {
        h.format = Format::Jpeg;
        probeJpeg(b, &h);
    } else if (b.equals(0, "BM", 2)) {
        h.format = Format::Bmp;
        probeBmp(b, &h);
    } else if (b.equals(0, "RIFF", 4) && b.equals(8, "WEBP", 4)) {
        h.format = Format::WebP;
        probeWebP(b, &h);
    } else {
        // TIFF, PNM, GIF...: Qt's readers parse just the header for size().
        QByteArray copy = QByteArray::fromRawData(data.constData(), data.size());
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setDecideFormatFromContent(true);
        const QSize size = reader.size();
        if (size.isValid() && !size.isEmpty()) {
            h.format = Format::Other;
            h.width = size.width();
            h.height = size.height();
        }
    }
    return h;
}

}  // namespace entail
