#include "model/data/imageresolver.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <array>

namespace entail {

namespace {
// Tried after the image URL's own extension: tweets' images were saved under various ones.
const std::array<const char *, 6> kImageExtensions = {"jpg", "jpeg", "png", "gif", "webp", "bmp"};
}  // namespace

ImageResolver::ImageResolver(const QString &csvDir, const QString &imagesDir, bool allowOutside)
    : m_csvDir(csvDir), m_imagesDir(imagesDir), m_allowOutside(allowOutside)
{
    for (const QString &dir : {csvDir, imagesDir}) {
        if (dir.isEmpty())
            continue;
        m_roots << QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty())
            m_canonicalRoots << canonical;
    }
}

bool ImageResolver::isInside(const QString &path, const QStringList &roots) const
{
    for (const QString &root : roots) {
        const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
        if (path == root || path.startsWith(prefix))
            return true;
    }
    return false;
}

// True when `path` is the image. Outside the folders (by its name or, followed, by its target) it is
// refused instead, unless the user allowed that.
bool ImageResolver::found(Tweet &tweet, const QString &path, const QString &shownAs, QString *reason,
                          bool *refused) const
{
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    if (!m_allowOutside) {
        const bool exists = info.exists();
        if (!isInside(absolute, m_roots) || (exists && !isInside(info.canonicalFilePath(), m_canonicalRoots))) {
            *reason = tr("%1 leads outside the CSV's folder and the images folder "
                         "(entail import --allow-outside-paths accepts it)")
                          .arg(shownAs);
            *refused = true;
            return false;
        }
    }
    if (!info.isFile())
        return false;
    tweet.imageFile = absolute;
    tweet.imageMissing = false;
    return true;
}

bool ImageResolver::resolve(Tweet &tweet, const QString &column, QString *reason) const
{
    tweet.imageFile.clear();
    tweet.imageMissing = true;
    bool refused = false;
    if (!m_csvDir.isEmpty() && !tweet.imagePathColumn.isEmpty()) {
        const QString shownAs = QStringLiteral("%1 \"%2\"").arg(column, tweet.imagePathColumn);
        if (found(tweet, QDir(m_csvDir).filePath(tweet.imagePathColumn), shownAs, reason, &refused) || refused)
            return !refused;
    }
    if (m_imagesDir.isEmpty() || tweet.id.isEmpty())
        return true;
    const QDir dir(m_imagesDir);
    const QString urlExtension = QFileInfo(QUrl(tweet.imageUrl).path()).suffix().toLower();
    QStringList names;
    if (!urlExtension.isEmpty())
        names << tweet.id + QLatin1Char('.') + urlExtension;
    for (const char *extension : kImageExtensions)
        if (urlExtension != QLatin1String(extension))
            names << tweet.id + QLatin1Char('.') + QLatin1String(extension);
    for (const QString &name : std::as_const(names)) {
        const QString path = dir.filePath(name);
        if (found(tweet, path, QDir::toNativeSeparators(path), reason, &refused) || refused)
            return !refused;
    }
    return true;
}

}  // namespace entail
