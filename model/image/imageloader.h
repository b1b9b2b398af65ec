#pragma once
// Image decoding with OpenCV, whatever the file extension says; never throws, never crashes.
#include <QImage>
#include <QString>
#include <QStringList>
#include <vector>

namespace entail {

struct LoadedImage {
    bool ok = false;
    QString reason;           // why it is missing/unreadable (translated; without the path), empty when ok
    std::vector<float> chw;   // 3 x kSize x kSize, RGB, normalized with ImageNet mean/std
};

class ImageLoader final {
public:
    static constexpr int kSize = 128;
    static LoadedImage load(const QString &path);
    // Decodes in parallel (order preserved).
    static std::vector<LoadedImage> loadMany(const QStringList &paths);
    // For display: 8-bit RGB(A) QImage no larger than maxSide on its longer side; null + reason on failure.
    static QImage loadPreview(const QString &path, int maxSide, QString *reason);
};

}  // namespace entail
