#include "model/data/importer.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/core/safefile.h"
#include "model/data/csv.h"
#include "model/data/imageresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>

namespace entail {

namespace {

enum Column {
    ColId1, ColText1, ColImage1, ColId2, ColText2, ColImage2, ColLabel,  // required
    ColPath1, ColPath2, ColLabelIdx,                                      // optional
    ColCount
};
constexpr int kNumRequired = ColLabel + 1;
// The CSV is parsed in memory; 2 GB is about 20 million pairs, far beyond what the app is for.
constexpr qint64 kMaxCsvBytes = 2 * SafeFile::kGigabyte;

QString columnName(int column)
{
    static const char *const names[ColCount] = {"id_1", "text_1", "image_1", "id_2", "text_2", "image_2",
                                                "label", "image_1_path", "image_2_path", "label_idx"};
    return QLatin1String(names[column]);
}

bool isDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Bad values are quoted in messages; a whole paragraph of text would bury the point.
QString shown(const QString &value)
{
    constexpr int kMaxShown = 40;
    return value.size() <= kMaxShown ? value : value.left(kMaxShown) + QChar(0x2026);
}

bool isBlank(const CsvRecord &record)
{
    return record.fields.size() == 1 && record.fields.first().isEmpty();
}

QString splitName(Split split)
{
    switch (split) {
    case Split::Validation: return QStringLiteral("validation");
    case Split::Test: return QStringLiteral("test");
    case Split::Train: break;
    }
    return QStringLiteral("train");
}

QJsonValue labelJson(int label)
{
    return isValidLabel(label) ? QJsonValue(labelName(label)) : QJsonValue(QJsonValue::Null);
}

// The CSV being imported: its name for errors and the field of each known column (-1: absent).
struct CsvTable {
    QString fileName;
    std::array<int, ColCount> index;
    int fieldCount;

    bool fail(int line, const QString &message, InputError *error) const
    {
        *error = InputError{fileName, line, message};
        return false;
    }
    QString value(const CsvRecord &record, int column) const
    {
        return index[column] >= 0 ? record.fields.at(index[column]) : QString();
    }
};

bool readHeader(const CsvRecord &header, CsvTable *table, InputError *error)
{
    table->index.fill(-1);
    table->fieldCount = int(header.fields.size());
    for (int i = 0; i < header.fields.size(); ++i) {
        for (int c = 0; c < ColCount; ++c) {
            if (header.fields.at(i) != columnName(c))
                continue;
            if (table->index[c] >= 0)
                return table->fail(header.line, Importer::tr("column \"%1\" appears twice").arg(columnName(c)), error);
            table->index[c] = i;
        }
    }
    for (int c = 0; c < kNumRequired; ++c)
        if (table->index[c] < 0)
            return table->fail(header.line, Importer::tr("missing required column \"%1\"").arg(columnName(c)),
                               error);
    if ((table->index[ColPath1] < 0) != (table->index[ColPath2] < 0)) {
        const int missing = table->index[ColPath1] < 0 ? ColPath1 : ColPath2;
        return table->fail(header.line,
                           Importer::tr("missing column \"%1\" (image_1_path and image_2_path go together)")
                               .arg(columnName(missing)),
                           error);
    }
    return true;
}

// The label column, and label_idx (when the file has it) agreeing with it.
bool readLabel(const CsvTable &table, const CsvRecord &record, int *label, InputError *error)
{
    const QString name = table.value(record, ColLabel);
    if (!labelFromName(name, label))
        return table.fail(record.line,
                          Importer::tr("unknown label \"%1\" (expected Contradictory, Implies, NoEntailment or empty)")
                              .arg(shown(name)),
                          error);
    if (table.index[ColLabelIdx] < 0)
        return true;
    const QString expected = isValidLabel(*label) ? QString::number(*label) : QString();
    const QString given = table.value(record, ColLabelIdx);
    if (given != expected)
        return table.fail(record.line,
                          Importer::tr("label_idx \"%1\" does not match label \"%2\" (expected \"%3\")")
                              .arg(shown(given), name, expected),
                          error);
    return true;
}

bool readPair(const CsvTable &table, const CsvRecord &record, Pair *pair, InputError *error)
{
    if (record.fields.size() != table.fieldCount)
        return table.fail(record.line,
                          Importer::tr("expected %1 fields, found %2").arg(table.fieldCount).arg(record.fields.size()),
                          error);
    auto value = [&](int column) { return table.value(record, column); };
    for (const int column : {ColId1, ColId2})
        if (!isDigits(value(column)))
            return table.fail(record.line,
                              Importer::tr("bad id \"%1\" in column %2 (expected digits)")
                                  .arg(shown(value(column)), columnName(column)),
                              error);
    for (const int column : {ColText1, ColText2})
        if (value(column).size() > SafeFile::kMaxTextChars)
            return table.fail(record.line,
                              Importer::tr("column %1 holds %2 characters; at most %3 are accepted")
                                  .arg(columnName(column))
                                  .arg(value(column).size())
                                  .arg(SafeFile::kMaxTextChars),
                              error);
    int label = kNoLabel;
    if (!readLabel(table, record, &label, error))
        return false;
    pair->first = Tweet{value(ColId1), value(ColText1), value(ColImage1), value(ColPath1), {}, true};
    pair->second = Tweet{value(ColId2), value(ColText2), value(ColImage2), value(ColPath2), {}, true};
    pair->originalLabel = label;
    pair->currentLabel = label;
    return true;
}

// Entailment is directional, so (id_1, id_2) and (id_2, id_1) are two pairs; the same ordered pair twice
// would be one pair with two labels.
bool isNewPair(const CsvTable &table, const Pair &pair, int line, QHash<QString, int> *firstLine,
               InputError *error)
{
    const QString key = pair.first.id + QLatin1Char('/') + pair.second.id;
    const auto it = firstLine->constFind(key);
    if (it == firstLine->cend()) {
        firstLine->insert(key, line);
        return true;
    }
    return table.fail(line,
                      Importer::tr("pair %1/%2 already appears on line %3")
                          .arg(shown(pair.first.id), shown(pair.second.id))
                          .arg(it.value()),
                      error);
}

bool resolvePair(const CsvTable &table, const ImageResolver &resolver, int line, Pair *pair, InputError *error)
{
    QString reason;
    if (resolver.resolve(pair->first, columnName(ColPath1), &reason)
        && resolver.resolve(pair->second, columnName(ColPath2), &reason))
        return true;
    return table.fail(line, reason, error);
}

}  // namespace

bool Importer::importCsv(const QString &csvPath, const ImportOptions &options, Dataset *out,
                         InputError *error)
{
    QByteArray data;
    QString reason;
    if (!SafeFile::readAll(csvPath, kMaxCsvBytes, &data, &reason)) {
        *error = InputError{csvPath, 0, reason};
        return false;
    }
    const QFileInfo info(csvPath);
    Dataset dataset;
    if (!importBytes(data, csvPath, info.absolutePath(), options, &dataset, error))
        return false;
    dataset.sourceFile = info.absoluteFilePath();
    *out = std::move(dataset);
    return true;
}

bool Importer::importBytes(const QByteArray &data, const QString &fileName, const QString &csvDir,
                           const ImportOptions &options, Dataset *out, InputError *error)
{
    std::vector<CsvRecord> records;
    if (!CsvReader::parse(data, fileName, &records, error))
        return false;
    auto next = records.cbegin();
    while (next != records.cend() && isBlank(*next))
        ++next;
    CsvTable table{fileName, {}, 0};
    if (next == records.cend())
        return table.fail(0, tr("the file holds only blank lines"), error);
    if (!readHeader(*next++, &table, error))
        return false;

    Dataset dataset;
    dataset.sourceFile = fileName;
    dataset.hasPathColumns = table.index[ColPath1] >= 0;
    dataset.hasLabelIdx = table.index[ColLabelIdx] >= 0;
    QHash<QString, int> firstLine;  // "id_1/id_2" -> the line it first appears on
    const ImageResolver resolver(csvDir, options.imagesDir, options.allowOutsidePaths);
    for (; next != records.cend(); ++next) {
        if (isBlank(*next))
            continue;
        Pair pair;
        if (!readPair(table, *next, &pair, error) || !isNewPair(table, pair, next->line, &firstLine, error)
            || !resolvePair(table, resolver, next->line, &pair, error))
            return false;
        dataset.pairs.push_back(std::move(pair));
    }
    if (dataset.pairs.empty())
        return table.fail(0, tr("no pairs (only a header)"), error);
    *out = std::move(dataset);
    return true;
}

void Importer::resolveImages(Dataset &dataset, const QString &csvDir, const QString &imagesDir, bool allowOutside)
{
    const ImageResolver resolver(csvDir, imagesDir, allowOutside);
    QString ignored;  // a file outside the folders stays missing
    for (Pair &pair : dataset.pairs) {
        resolver.resolve(pair.first, columnName(ColPath1), &ignored);
        resolver.resolve(pair.second, columnName(ColPath2), &ignored);
    }
}

void Importer::resolveImage(Tweet &tweet, const QString &csvDir, const QString &imagesDir, bool allowOutside)
{
    QString ignored;
    ImageResolver(csvDir, imagesDir, allowOutside).resolve(tweet, columnName(ColPath1), &ignored);
}

bool Exporter::csvBytes(const Dataset &dataset, QByteArray *bytes, QString *error)
{
    QStringList header;
    for (int c = 0; c < kNumRequired; ++c)
        header << columnName(c);
    if (dataset.hasPathColumns)
        header << columnName(ColPath1) << columnName(ColPath2);
    if (dataset.hasLabelIdx)
        header << columnName(ColLabelIdx);

    QByteArray out = CsvWriter::row(header);
    for (size_t i = 0; i < dataset.pairs.size(); ++i) {
        const Pair &pair = dataset.pairs[i];
        QStringList row{pair.first.id,  pair.first.text,  pair.first.imageUrl,
                        pair.second.id, pair.second.text, pair.second.imageUrl,
                        labelName(pair.currentLabel)};
        if (dataset.hasPathColumns)
            row << pair.first.imagePathColumn << pair.second.imagePathColumn;
        if (dataset.hasLabelIdx)
            row << (isValidLabel(pair.currentLabel) ? QString::number(pair.currentLabel) : QString());
        for (const QString &field : std::as_const(row)) {
            if (field.contains(QChar(0))) {
                *error = tr("pair %1 (ids %2, %3) holds a NUL character, which a CSV file cannot carry")
                             .arg(i + 1)
                             .arg(shown(pair.first.id), shown(pair.second.id));
                return false;
            }
        }
        out += CsvWriter::row(row);
    }
    *bytes = std::move(out);
    return true;
}

bool Exporter::exportCsv(const Dataset &dataset, const QString &path, QString *error)
{
    QByteArray bytes;
    return csvBytes(dataset, &bytes, error) && OutputPath::writeAtomically(path, bytes, error);
}

bool Exporter::exportJsonl(const Dataset &dataset, const QString &path, QString *error)
{
    QByteArray out;
    for (const Pair &pair : dataset.pairs) {
        const QJsonObject object{
            {QStringLiteral("id_1"), pair.first.id},
            {QStringLiteral("text_1"), pair.first.text},
            {QStringLiteral("image_1"), pair.first.imageUrl},
            {QStringLiteral("id_2"), pair.second.id},
            {QStringLiteral("text_2"), pair.second.text},
            {QStringLiteral("image_2"), pair.second.imageUrl},
            {QStringLiteral("label"), labelJson(pair.currentLabel)},
            {QStringLiteral("original_label"), labelJson(pair.originalLabel)},
            {QStringLiteral("split"), splitName(pair.split)},
        };
        QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        // Raw U+FEFF opening a string is dropped by Qt's own JSON reader; the escape survives everywhere.
        line.replace("\xEF\xBB\xBF", "\\ufeff");
        out += line;
        out += '\n';
    }
    return OutputPath::writeAtomically(path, out, error);
}

}  // namespace entail
