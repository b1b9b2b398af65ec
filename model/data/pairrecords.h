#pragma once
// The records of a tweets CSV as pairs: the header's columns, and each data record's fields checked (ids,
// text lengths, labels), its label read and its images resolved. Shared by the import of bytes in memory
// (Importer) and the streamed import of a file (ProjectImport); errors name the file and line.
#include "model/core/inputerror.h"
#include "model/core/types.h"
#include "model/data/csv.h"
#include "model/data/imageresolver.h"
#include "model/data/importoptions.h"

#include <QCoreApplication>
#include <array>

namespace entail {

class PairRecords final {
    Q_DECLARE_TR_FUNCTIONS(Importer)  // the messages keep the importer's translations

public:
    enum Column {
        ColId1, ColText1, ColImage1, ColId2, ColText2, ColImage2, ColLabel,  // required
        ColPath1, ColPath2, ColLabelIdx,                                      // optional
        ColCount
    };
    static constexpr int kNumRequired = ColLabel + 1;

    // csvDir: the folder path columns are relative to (empty = do not look for path-column files).
    PairRecords(const QString &fileName, const QString &csvDir, const ImportOptions &options);

    static QString columnName(int column);
    // Bad values are quoted in messages; a whole paragraph of text would bury the point.
    static QString shown(const QString &value);
    static bool isBlank(const CsvRecord &record) { return record.fields.size() == 1 && record.fields.first().isEmpty(); }

    bool readHeader(const CsvRecord &header, InputError *error);
    bool hasPathColumns() const { return m_index[ColPath1] >= 0; }
    bool hasLabelIdx() const { return m_index[ColLabelIdx] >= 0; }
    // A data record as a pair (keys, split and images not set).
    bool readPair(const CsvRecord &record, Pair *pair, InputError *error) const;
    // Finds the pair's images (read on `line`); a path leading outside the allowed folders is an error.
    bool resolveImages(int line, Pair *pair, InputError *error) const;
    // Fills `error` with this file, `line` and `message`; returns false.
    bool fail(int line, const QString &message, InputError *error) const;

private:
    QString value(const CsvRecord &record, int column) const;
    bool readFields(const CsvRecord &record, InputError *error) const;
    bool readLabel(const CsvRecord &record, int *label, InputError *error) const;

    QString m_fileName;
    std::array<int, ColCount> m_index;  // the field of each known column, -1: absent
    int m_fieldCount = 0;
    ImageResolver m_resolver;
};

}  // namespace entail
