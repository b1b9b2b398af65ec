#include "model/data/importer.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/core/safefile.h"
#include "model/data/csv.h"
#include "model/data/imageresolver.h"
#include "model/data/pairrecords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <array>

namespace entail {

namespace {

constexpr qint64 kMaxCsvBytes = Importer::kMaxCsvBytes;
static_assert(kMaxCsvBytes == 2 * SafeFile::kGigabyte);

QString columnName(int column) { return PairRecords::columnName(column); }
QString shown(const QString &value) { return PairRecords::shown(value); }
constexpr int kNumRequired = PairRecords::kNumRequired;
constexpr int ColPath1 = PairRecords::ColPath1, ColPath2 = PairRecords::ColPath2,
              ColLabelIdx = PairRecords::ColLabelIdx;

QString splitName(Split split)
{
    switch (split) {
    case Split::Validation: return QStringLiteral("validation");
    case Split::Test: return QStringLiteral("test");
    case Split::Train: break;
    }
    return QStringLiteral("train");
}

// Entailment is directional, so (id_1, id_2) and (id_2, id_1) are two pairs; the same ordered pair twice
// would be one pair with two labels.
bool isNewPair(const PairRecords &table, const Pair &pair, int line, QHash<QString, int> *firstLine,
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
    while (next != records.cend() && PairRecords::isBlank(*next))
        ++next;
    PairRecords table(fileName, csvDir, options);
    if (next == records.cend())
        return table.fail(0, tr("the file holds only blank lines"), error);
    if (!table.readHeader(*next++, error))
        return false;

    Dataset dataset;
    dataset.sourceFile = fileName;
    dataset.hasPathColumns = table.hasPathColumns();
    dataset.hasLabelIdx = table.hasLabelIdx();
    QHash<QString, int> firstLine;  // "id_1/id_2" -> the line it first appears on
    for (; next != records.cend(); ++next) {
        if (PairRecords::isBlank(*next))
            continue;
        Pair pair;
        if (!table.readPair(*next, &pair, error) || !isNewPair(table, pair, next->line, &firstLine, error)
            || !table.resolveImages(next->line, &pair, error))
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

QByteArray Exporter::csvHeader(bool pathColumns, bool labelIdx)
{
    QStringList header;
    for (int c = 0; c < kNumRequired; ++c)
        header << columnName(c);
    if (pathColumns)
        header << columnName(ColPath1) << columnName(ColPath2);
    if (labelIdx)
        header << columnName(ColLabelIdx);
    return CsvWriter::row(header);
}

bool Exporter::csvBytes(const Dataset &dataset, QByteArray *bytes, QString *error)
{
    QByteArray out = csvHeader(dataset.hasPathColumns, dataset.hasLabelIdx);
    qsizetype estimate = out.size();  // one allocation for the whole file, not a growing series of copies
    for (const Pair &pair : dataset.pairs)
        estimate += pair.first.text.size() + pair.second.text.size() + pair.first.imageUrl.size()
            + pair.second.imageUrl.size() + pair.first.imagePathColumn.size() + pair.second.imagePathColumn.size() + 64;
    out.reserve(estimate);
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
                *error = nulMessage(qint64(i) + 1, pair.first.id, pair.second.id);
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

QString Exporter::nulMessage(qint64 pairNumber, const QString &id1, const QString &id2)
{
    return tr("pair %1 (ids %2, %3) holds a NUL character, which a CSV file cannot carry")
        .arg(pairNumber)
        .arg(shown(id1), shown(id2));
}

QByteArray Exporter::jsonLine(const Pair &pair)
{
    const QByteArray id1 = pair.first.id.toUtf8(), text1 = pair.first.text.toUtf8(),
                     image1 = pair.first.imageUrl.toUtf8(), id2 = pair.second.id.toUtf8(),
                     text2 = pair.second.text.toUtf8(), image2 = pair.second.imageUrl.toUtf8();
    QByteArray line;
    appendJsonLine(line, {id1, text1, image1, id2, text2, image2, pair.currentLabel, pair.originalLabel, pair.split});
    return line;
}

// The bytes QJsonDocument::Compact (Qt 6.4) wrote for this object, written directly (a QJsonObject per pair cost
// three quarters of a streamed export's time): the keys in its sorted order, strings with its escapes (the
// six short ones, \u00XX below 0x20), UTF-8 as it is, and U+FEFF anywhere as \ufeff (Qt's own JSON reader
// drops a raw one opening a string). test_export_stream compares it with QJsonDocument.
void Exporter::appendJsonLine(QByteArray &out, const JsonFields &f)
{
    const auto label = [&out](int value) {
        if (isValidLabel(value))
            appendJsonString(out, labelName(value).toUtf8());
        else
            out += "null";
    };
    out += "{\"id_1\":";
    appendJsonString(out, f.id1);
    out += ",\"id_2\":";
    appendJsonString(out, f.id2);
    out += ",\"image_1\":";
    appendJsonString(out, f.image1);
    out += ",\"image_2\":";
    appendJsonString(out, f.image2);
    out += ",\"label\":";
    label(f.label);
    out += ",\"original_label\":";
    label(f.originalLabel);
    out += ",\"split\":";
    appendJsonString(out, splitName(f.split).toUtf8());
    out += ",\"text_1\":";
    appendJsonString(out, f.text1);
    out += ",\"text_2\":";
    appendJsonString(out, f.text2);
    out += "}\n";
}

void Exporter::appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        const bool bom = c == 0xEF && utf8.sliced(i).startsWith("\xEF\xBB\xBF");
        if (c >= 0x20 && c != '"' && c != '\\' && !bom)
            continue;
        out += utf8.sliced(from, i - from);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (bom) {
                out += "\\ufeff";
                i += 2;
            } else {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            }
        }
        from = i + 1;
    }
    out += utf8.sliced(from);
    out += '"';
}

bool Exporter::exportJsonl(const Dataset &dataset, const QString &path, QString *error)
{
    QByteArray out;
    for (const Pair &pair : dataset.pairs)
        out += jsonLine(pair);
    return OutputPath::writeAtomically(path, out, error);
}

}  // namespace entail
