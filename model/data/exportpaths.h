#pragma once
// Image paths in an exported CSV. A project keeps each tweet's image as an absolute file; an export writes
// it relative to the folder of the file being written (or absolute), so that importing that file finds
// every image. A tweet whose image was never found keeps its path column as imported: there is no file
// to point at, and an untouched project still exports byte for byte what it imported.
//
// Import stays confined (ImageResolver): images must lie inside the CSV's folder or the images folder
// given with it. An export next to the images (or above them) imports as it is; one written elsewhere
// (a subfolder, a sibling folder) needs that folder named at import (`entail import --images DIR`, the
// images folder of File > New project from CSV): outsideFolder() says which, for the message.
#include "model/core/types.h"

#include <QDir>

namespace entail {

class ExportPaths final {
public:
    // A tweet's path column in a file written in `folder` (absolute, clean), when its image was found.
    static QString pathColumn(const QDir &folder, const QString &imageFile, bool absolute);
    // outsideFolder() one image at a time, for a writer that never holds the whole dataset.
    class OutsideFolder final {
    public:
        explicit OutsideFolder(const QString &target);
        void add(const QString &imageFile);  // a found image
        QString folder() const { return m_common; }

    private:
        QString m_folder, m_common;
    };

    // Rewrites the path columns for a file written as `target`; adds the columns when a tweet has an image.
    static void rebase(Dataset &dataset, const QString &target, bool absolute);
    // The one folder holding every image that lies outside target's folder (their deepest common folder),
    // to be named at import; empty when every image is inside target's folder.
    static QString outsideFolder(const Dataset &dataset, const QString &target);
};

}  // namespace entail
