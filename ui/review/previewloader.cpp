#include "ui/review/previewloader.h"

#include "model/image/imageloader.h"
#include "ui/common/poolrun.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <algorithm>

namespace entail {

namespace {
// Counted in KiB: 64 full-size previews (1024 px, 4 MB each) would keep 256 MB, also of a closed project.
constexpr int kCacheKiB = 48 * 1024;

struct Decoded {
    QImage image;
    QString reason;
};
}  // namespace

PreviewLoader::PreviewLoader(QObject *parent) : QObject(parent)
{
    m_cache.setMaxCost(kCacheKiB);
    m_pool.setMaxThreadCount(2);  // the two cards of a pair at once
}

PreviewLoader::~PreviewLoader() { m_pool.waitForDone(); }

void PreviewLoader::request(const QString &path)
{
    if (const Entry *hit = m_cache.object(path)) {
        Q_EMIT ready(path, hit->image, hit->reason);
        return;
    }
    if (m_loading.contains(path))
        return;
    m_loading.insert(path);
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Decoded d = watcher->result();
        watcher->deleteLater();
        m_loading.remove(path);
        m_cache.insert(path, new Entry{d.image, d.reason}, int(std::max<qsizetype>(1, d.image.sizeInBytes() / 1024)));
        Q_EMIT ready(path, d.image, d.reason);
    });
    watcher->setFuture(runInBackground(&m_pool, [path] {
        Decoded d;
        d.image = ImageLoader::loadPreview(path, kMaxSide, &d.reason);
        return d;
    }));
}

}  // namespace entail
