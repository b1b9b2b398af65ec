#pragma once
// Import of the tweets schema: id_1,text_1,image_1,id_2,text_2,image_2,label
// (+ optional image_1_path,image_2_path,label_idx; paths relative to the CSV's folder).
// Columns may come in any order; unknown columns are ignored (pandas' unnamed index column, notes...),
// a known column named twice is an error. Blank lines are skipped. Ids are digits; labels are the
// canonical names or empty (= unlabeled); label_idx, when present, must agree with label.
// The same ordered pair (id_1, id_2) twice is an error (whatever its labels; (id_2, id_1) is another pair),
// and so is a file without pairs. The CSV is read only if it is a regular file of at most 2 GB.
#include "model/core/inputerror.h"
#include "model/core/types.h"
#include "model/data/importoptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace entail {

class Importer final {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    // 2 GB is about 20 million pairs, far beyond what the app is for.
    static constexpr qint64 kMaxCsvBytes = 2LL * 1024 * 1024 * 1024;

    // All or nothing: on failure `out` is left untouched and `error` names file, line and problem.
    static bool importCsv(const QString &csvPath, const ImportOptions &options, Dataset *out,
                          InputError *error);
    // importCsv on bytes already in memory (what importCsv calls after reading the file; the fuzz target
    // uses it directly). `fileName` only names the source in errors and Dataset::sourceFile; `csvDir`
    // is the folder path columns are relative to (empty = do not look for path-column files).
    static bool importBytes(const QByteArray &data, const QString &fileName, const QString &csvDir,
                            const ImportOptions &options, Dataset *out, InputError *error);
    // Resolves (or re-resolves, e.g. after "Locate images...") every tweet's imageFile/imageMissing.
    // Files outside csvDir and imagesDir count as missing unless allowOutside (see ImageResolver).
    static void resolveImages(Dataset &dataset, const QString &csvDir, const QString &imagesDir,
                              bool allowOutside = false);
    // One tweet: its path column (relative to csvDir) if that file exists, else <imagesDir>/<id>.<ext>
    // with the URL's extension first and the other common image extensions after it.
    static void resolveImage(Tweet &tweet, const QString &csvDir, const QString &imagesDir,
                             bool allowOutside = false);
};

class Exporter final {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    // Current labels in the import schema; path columns and label_idx written when the dataset had them.
    // Export -> import -> export is byte-identical. Atomic (QSaveFile).
    static bool exportCsv(const Dataset &dataset, const QString &path, QString *error);
    // The bytes exportCsv writes. Fails (error names the pair) only for text that a CSV file cannot
    // carry back: a NUL character.
    static bool csvBytes(const Dataset &dataset, QByteArray *bytes, QString *error);
    // The header line csvBytes writes: the required columns, then the path columns, then label_idx.
    static QByteArray csvHeader(bool pathColumns, bool labelIdx);
    // One JSON object per line: id_1, text_1, image_1, id_2, text_2, image_2, label, original_label, split.
    // Labels are the canonical names, null for an unlabeled pair; split is train, validation or test.
    static bool exportJsonl(const Dataset &dataset, const QString &path, QString *error);
    // One pair as exportJsonl writes it, its line end included.
    static QByteArray jsonLine(const Pair &pair);
    // jsonLine from text already in UTF-8 (a streamed export's stored bytes), appended to `out`.
    struct JsonFields {
        QByteArrayView id1, text1, image1, id2, text2, image2;
        int label = kNoLabel;
        int originalLabel = kNoLabel;
        Split split = Split::Train;
    };
    static void appendJsonLine(QByteArray &out, const JsonFields &fields);
    // A JSON string holding `utf8`, with the escapes jsonLine uses.
    static void appendJsonString(QByteArray &out, QByteArrayView utf8);
    // Why a pair (1-based `pairNumber`) cannot be written as CSV: a NUL character in one of its texts.
    static QString nulMessage(qint64 pairNumber, const QString &id1, const QString &id2);
};

}  // namespace entail
