#pragma once
// Decodes image previews on worker threads (ImageLoader::loadPreview) and keeps the recent ones.
#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace entail {

class PreviewLoader final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxSide = 1024;  // big enough for the zoom dialog

    explicit PreviewLoader(QObject *parent = nullptr);
    ~PreviewLoader() override;
    // Emits ready() later (or at once from the cache).
    void request(const QString &path);

Q_SIGNALS:
    void ready(const QString &path, const QImage &image, const QString &reason);

private:
    struct Entry {
        QImage image;
        QString reason;
    };
    QCache<QString, Entry> m_cache;
    QSet<QString> m_loading;
    QThreadPool m_pool;  // not the global pool: Qt's raster engine paints through that one
};

}  // namespace entail
