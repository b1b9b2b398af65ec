#include "model/data/pairrecords.h"

#include "model/core/labels.h"
#include "model/core/safefile.h"
#include "model/core/tweetid.h"

namespace entail {

PairRecords::PairRecords(const QString &fileName, const QString &csvDir, const ImportOptions &options)
    : m_fileName(fileName), m_resolver(csvDir, options.imagesDir, options.allowOutsidePaths)
{
    m_index.fill(-1);
}

QString PairRecords::columnName(int column)
{
    static const char *const names[ColCount] = {"id_1", "text_1", "image_1", "id_2", "text_2", "image_2",
                                                "label", "image_1_path", "image_2_path", "label_idx"};
    return QLatin1String(names[column]);
}

QString PairRecords::shown(const QString &value)
{
    constexpr int kMaxShown = 40;
    return value.size() <= kMaxShown ? value : value.left(kMaxShown) + QChar(0x2026);
}

bool PairRecords::fail(int line, const QString &message, InputError *error) const
{
    *error = InputError{m_fileName, line, message};
    return false;
}

QString PairRecords::value(const CsvRecord &record, int column) const
{
    return m_index[column] >= 0 ? record.fields.at(m_index[column]) : QString();
}

bool PairRecords::readHeader(const CsvRecord &header, InputError *error)
{
    m_index.fill(-1);
    m_fieldCount = int(header.fields.size());
    for (int i = 0; i < header.fields.size(); ++i) {
        for (int c = 0; c < ColCount; ++c) {
            if (header.fields.at(i) != columnName(c))
                continue;
            if (m_index[c] >= 0)
                return fail(header.line, tr("column \"%1\" appears twice").arg(columnName(c)), error);
            m_index[c] = i;
        }
    }
    for (int c = 0; c < kNumRequired; ++c)
        if (m_index[c] < 0)
            return fail(header.line, tr("missing required column \"%1\"").arg(columnName(c)), error);
    if ((m_index[ColPath1] < 0) != (m_index[ColPath2] < 0)) {
        const int missing = m_index[ColPath1] < 0 ? ColPath1 : ColPath2;
        return fail(header.line,
                    tr("missing column \"%1\" (image_1_path and image_2_path go together)").arg(columnName(missing)),
                    error);
    }
    return true;
}

// The label column, and label_idx (when the file has it) agreeing with it.
bool PairRecords::readLabel(const CsvRecord &record, int *label, InputError *error) const
{
    const QString name = value(record, ColLabel);
    if (!labelFromName(name, label))
        return fail(record.line,
                    tr("unknown label \"%1\" (expected Contradictory, Implies, NoEntailment or empty)").arg(shown(name)),
                    error);
    if (m_index[ColLabelIdx] < 0)
        return true;
    const QString expected = isValidLabel(*label) ? QString::number(*label) : QString();
    const QString given = value(record, ColLabelIdx);
    if (given != expected)
        return fail(record.line,
                    tr("label_idx \"%1\" does not match label \"%2\" (expected \"%3\")")
                        .arg(shown(given), name, expected),
                    error);
    return true;
}

// The field count, the ids and the text lengths.
bool PairRecords::readFields(const CsvRecord &record, InputError *error) const
{
    if (record.fields.size() != m_fieldCount)
        return fail(record.line, tr("expected %1 fields, found %2").arg(m_fieldCount).arg(record.fields.size()),
                    error);
    for (const int column : {ColId1, ColId2})
        if (!TweetId::isDigits(value(record, column)))
            return fail(record.line,
                        tr("bad id \"%1\" in column %2 (expected digits)")
                            .arg(shown(value(record, column)), columnName(column)),
                        error);
    for (const int column : {ColText1, ColText2})
        if (value(record, column).size() > SafeFile::kMaxTextChars)
            return fail(record.line,
                        tr("column %1 holds %2 characters; at most %3 are accepted")
                            .arg(columnName(column))
                            .arg(value(record, column).size())
                            .arg(SafeFile::kMaxTextChars),
                        error);
    return true;
}

bool PairRecords::readPair(const CsvRecord &record, Pair *pair, InputError *error) const
{
    int label = kNoLabel;
    if (!readFields(record, error) || !readLabel(record, &label, error))
        return false;
    auto v = [&](int column) { return value(record, column); };
    pair->first = Tweet{v(ColId1), v(ColText1), v(ColImage1), v(ColPath1), {}, true};
    pair->second = Tweet{v(ColId2), v(ColText2), v(ColImage2), v(ColPath2), {}, true};
    pair->originalLabel = label;
    pair->currentLabel = label;
    return true;
}

bool PairRecords::resolveImages(int line, Pair *pair, InputError *error) const
{
    QString reason;
    if (m_resolver.resolve(pair->first, columnName(ColPath1), &reason)
        && m_resolver.resolve(pair->second, columnName(ColPath2), &reason))
        return true;
    return fail(line, reason, error);
}

}  // namespace entail
