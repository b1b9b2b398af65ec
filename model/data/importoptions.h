#pragma once
#include <QString>

namespace entail {

// How a tweets CSV is imported (Importer, ProjectImport).
struct ImportOptions {
    QString imagesDir;  // where <id>.<ext of image URL> files live; empty = only the path columns
    // Image files must lie (after following symbolic links) inside the CSV's folder or imagesDir; a path
    // leading elsewhere is refused with its line unless the user explicitly allows it.
    bool allowOutsidePaths = false;
};

}  // namespace entail
