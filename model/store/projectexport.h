#pragma once
// The current labels of a project written while they are read (`entail export --out`, the window's
// File > Export): CSV in the import schema, the bytes Exporter::csvBytes writes (so that export -> import ->
// export stays byte for byte), or JSONL (Exporter::jsonLine). The pairs come from a PairCursor and leave in
// parts of a megabyte: memory does not grow with the project.
//
// All or nothing: the rows go to a temporary file beside the target (QSaveFile), which is fsynced and renamed
// over the target only after the last row was read and checked. A damaged project (met by the cursor on any
// row), a text a CSV cannot carry or a failed write leaves an existing target as it was.
#include <QString>

namespace entail {

class ProjectStore;

class ProjectExport final {
public:
    enum class Outcome {
        Written,
        Refused,  // the project is damaged or cannot be read
        Failed,   // the output: a failed write, or a text the CSV cannot carry (a NUL character)
    };
    struct Result {
        Outcome outcome = Outcome::Failed;
        qint64 pairs = 0;
        QString imagesFolder;  // CSV: ExportPaths::outsideFolder's answer, the folder to name at import
        QString error;
    };

    // JSONL when `target` ends in .jsonl, else CSV with image paths relative to target's folder (or absolute).
    // `store` may be opened with ProjectStore::Checks::WhileReading: the cursor checks every pair it reads.
    static Result write(const ProjectStore &store, const QString &target, bool absolutePaths);
};

}  // namespace entail
