#pragma once
// What an image file's header says, read without decoding pixels: the image loader sizes its memory
// budget from it before it lets a decoder allocate anything. Private to ImageLoader.
#include <QByteArray>
#include <QtGlobal>

namespace entail {

struct ImageHeader {
    enum class Format { Unknown, Png, Jpeg, Bmp, WebP, Other };

    Format format = Format::Unknown;
    bool damaged = false;       // the signature matches but the header does not parse
    int width = 0;              // 0 = unknown
    int height = 0;
    int channels = 4;           // channels the decoder will produce (worst case when unsure)
    int bytesPerSample = 1;
    qint64 decoderBytes = 0;    // working memory the decoder keeps besides the output (progressive JPEG)
    bool complete = true;       // JPEG: the end-of-image marker follows the image data

    bool sizeKnown() const { return width > 0 && height > 0; }

    // Never reads past data's end; anything it does not recognise is Format::Unknown.
    static ImageHeader probe(const QByteArray &data);
};

}  // namespace entail
