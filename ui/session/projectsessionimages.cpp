// ProjectSession and the images: whether the window has to say that there are none, and a folder chosen to
// look for them in (the rest: projectsession.cpp).
#include "ui/session/projectsession.h"

#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectloader.h"
#include "ui/session/projectsessionasync.h"

#include <QFileInfo>

namespace entail {

ProjectSession::ImageNotice ProjectSession::imageNotice() const
{
    if (!isOpen() || m_pairs->rowCount() == 0)
        return ImageNotice::None;
    if (!m_imagesDir.isEmpty() && !QFileInfo(m_imagesDir).isDir())
        return ImageNotice::FolderMissing;
    for (const Pair &p : m_pairs->pairs())
        if (!p.first.imageMissing || !p.second.imageMissing)
            return ImageNotice::None;
    return ImageNotice::NoImages;
}

void ProjectSession::locateImages(const QString &folder)
{
    if (!isOpen())
        return;
    const QString path = projectPath();
    std::vector<Pair> pairs = m_pairs->pairs();
    const quint64 generation = m_generation;
    runAsync<ImageLocation>(
        tr("Looking for images in %1").arg(folder),
        [path, pairs = std::move(pairs), folder]() mutable {
            ImageLocation location = ProjectLoader::locateImages(path, std::move(pairs), folder);
            location.missingImages = FetchStatusText::missingImages(location.pairs);
            return location;
        },
        [this, generation](ImageLocation &result) {
            if (generation != m_generation)
                return;
            if (!result.error.isEmpty()) {
                Q_EMIT errorOccurred(tr("Cannot use the images folder"), result.error);
                return;
            }
            m_imagesDir = result.imagesDir;
            m_missingImages = std::make_shared<const std::vector<FetchStatusText::MissingImage>>(std::move(result.missingImages));
            m_pairs->updateImageInfo(result.pairs);
            Q_EMIT imagesChanged();
            Q_EMIT imagesLocated(result.imagesDir, result.found, result.referenced);
            if (m_predictor)
                predictAll();  // predictions made without the images are stale now
        });
}

}  // namespace entail
