#pragma once
// Finding a tweet's image file, confined to the CSV's folder and the images folder: a CSV (or a project
// made from it) must not show files from elsewhere on the machine, whether reached by "..", an absolute
// path or a symbolic link pointing out.
#include "model/core/types.h"

#include <QCoreApplication>
#include <QStringList>

namespace entail {

class ImageResolver final {
    Q_DECLARE_TR_FUNCTIONS(ImageResolver)

public:
    // csvDir: the folder path columns are relative to (empty = ignore them); imagesDir: <id>.<ext> files.
    // allowOutside: the user's explicit choice to accept files anywhere.
    ImageResolver(const QString &csvDir, const QString &imagesDir, bool allowOutside);

    // Sets tweet.imageFile/imageMissing: the path column's file if it exists, else <imagesDir>/<id>.<ext>
    // with the URL's extension first and the other common image extensions after it. Returns false (the
    // tweet left missing) when a candidate lies outside both folders; `reason` then names it, prefixed by
    // `column` (the path column's name, for messages).
    bool resolve(Tweet &tweet, const QString &column, QString *reason) const;

private:
    bool found(Tweet &tweet, const QString &path, const QString &shownAs, QString *reason, bool *refused) const;
    bool isInside(const QString &path, const QStringList &roots) const;

    QString m_csvDir;
    QString m_imagesDir;
    bool m_allowOutside;
    QStringList m_roots;           // the two folders, absolute and clean
    QStringList m_canonicalRoots;  // the same after following symbolic links
};

}  // namespace entail
