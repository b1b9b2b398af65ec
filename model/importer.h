#pragma once
// Import of the tweets schema: id_1,text_1,image_1,id_2,text_2,image_2,label
// (+ optional image_1_path,image_2_path,label_idx; paths relative to the CSV's folder).
#include "model/inputerror.h"
#include "model/pair.h"

namespace entail {

struct ImportOptions {
    QString imagesDir;  // where <id>.<ext of image URL> files live; empty = only the path columns
};

class Importer final {
public:
    // All or nothing: on failure `out` is left untouched and `error` names file, line and problem.
    static bool importCsv(const QString &csvPath, const ImportOptions &options, Dataset *out,
                          InputError *error);
    // Resolves (or re-resolves, e.g. after "Locate images...") every tweet's imageFile/imageMissing.
    static void resolveImages(Dataset &dataset, const QString &csvDir, const QString &imagesDir);
};

class Exporter final {
public:
    // Current labels in the import schema; path columns and label_idx written when the dataset had them.
    // Export -> import -> export is byte-identical. Atomic (QSaveFile).
    static bool exportCsv(const Dataset &dataset, const QString &path, QString *error);
    // One JSON object per line: id_1, text_1, image_1, id_2, text_2, image_2, label, original_label, split.
    static bool exportJsonl(const Dataset &dataset, const QString &path, QString *error);
};

}  // namespace entail
