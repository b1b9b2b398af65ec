#include "model/data/exportpaths.h"

#include "model/data/importer.h"

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

void ExportPaths::rebase(Dataset &dataset, const QString &target, bool absolute)
{
    const QDir folder(folderOf(target));
    for (Pair &pair : dataset.pairs) {
        for (Tweet *tweet : {&pair.first, &pair.second}) {
            if (tweet->imageMissing || tweet->imageFile.isEmpty())
                continue;
            const QString file = QDir::cleanPath(QFileInfo(tweet->imageFile).absoluteFilePath());
            tweet->imagePathColumn = absolute ? file : folder.relativeFilePath(file);
            dataset.hasPathColumns = true;
        }
    }
}

QString ExportPaths::outsideFolder(const Dataset &dataset, const QString &target)
{
    const QString folder = folderOf(target);
    QString common;
    for (const Pair &pair : dataset.pairs) {
        for (const Tweet *tweet : {&pair.first, &pair.second}) {
            if (tweet->imageMissing || tweet->imageFile.isEmpty())
                continue;
            const QString imageFolder = folderOf(tweet->imageFile);
            if (imageFolder == folder || isInside(imageFolder, folder))
                continue;
            common = common.isEmpty() ? imageFolder : commonFolder(common, imageFolder);
        }
    }
    return common;
}

bool ExportPaths::write(Dataset dataset, const QString &target, bool absolute, QString *error)
{
    if (target.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        return Exporter::exportJsonl(dataset, target, error);
    rebase(dataset, target, absolute);
    return Exporter::exportCsv(dataset, target, error);
}

}  // namespace entail
