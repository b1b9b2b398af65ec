#include "model/data/exportpaths.h"

#include <QDir>
#include <QFileInfo>

namespace entail {

namespace {

QString folderOf(const QString &file) { return QDir::cleanPath(QFileInfo(file).absolutePath()); }

bool isInside(const QString &path, const QString &folder)
{
    return path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

// The deepest folder that holds both `a` and `b` (absolute, clean).
QString commonFolder(const QString &a, const QString &b)
{
    QString common = a;
    while (!(b == common || isInside(b, common)) && common != QDir::rootPath())
        common = folderOf(common);
    return common;
}

}  // namespace

QString ExportPaths::pathColumn(const QDir &folder, const QString &imageFile, bool absolute)
{
    const QString file = QDir::cleanPath(QFileInfo(imageFile).absoluteFilePath());
    return absolute ? file : folder.relativeFilePath(file);
}

void ExportPaths::rebase(Dataset &dataset, const QString &target, bool absolute)
{
    const QDir folder(folderOf(target));
    for (Pair &pair : dataset.pairs) {
        for (Tweet *tweet : {&pair.first, &pair.second}) {
            if (tweet->imageMissing || tweet->imageFile.isEmpty())
                continue;
            tweet->imagePathColumn = pathColumn(folder, tweet->imageFile, absolute);
            dataset.hasPathColumns = true;
        }
    }
}

ExportPaths::OutsideFolder::OutsideFolder(const QString &target) : m_folder(folderOf(target)) {}

void ExportPaths::OutsideFolder::add(const QString &imageFile)
{
    const QString imageFolder = folderOf(imageFile);
    if (imageFolder == m_folder || isInside(imageFolder, m_folder))
        return;
    m_common = m_common.isEmpty() ? imageFolder : commonFolder(m_common, imageFolder);
}

QString ExportPaths::outsideFolder(const Dataset &dataset, const QString &target)
{
    OutsideFolder outside(target);
    for (const Pair &pair : dataset.pairs)
        for (const Tweet *tweet : {&pair.first, &pair.second})
            if (!tweet->imageMissing && !tweet->imageFile.isEmpty())
                outside.add(tweet->imageFile);
    return outside.folder();
}

}  // namespace entail
