// libFuzzer target: CsvReader::parse and the importer's validation on arbitrary bytes. Besides crashes
// and sanitizer reports, it aborts when one of these properties breaks:
//  - parsed records, written back with CsvWriter, parse to the same fields;
//  - an imported dataset exports, re-imports and re-exports to the same bytes;
//  - every failure names the file and a line inside the input.
#include "model/data/csv.h"
#include "model/data/importer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_csv: property broken: %s\n", what);
        std::abort();
    }
}

int lineCount(const QByteArray &data)
{
    return int(data.count('\n') + data.count('\r')) + 1;
}

void checkError(const entail::InputError &error, const QString &fileName, const QByteArray &data)
{
    check(error.isSet(), "a failure sets a message");
    check(error.file == fileName, "the error names the file");
    check(error.line >= 0 && error.line <= lineCount(data), "the error line lies inside the input");
}

void checkCsvRoundTrip(const std::vector<entail::CsvRecord> &records, const QString &fileName)
{
    QByteArray written;
    int previousLine = 0;
    for (const entail::CsvRecord &record : records) {
        check(record.line > previousLine, "records start on increasing lines");
        previousLine = record.line;
        written += entail::CsvWriter::row(record.fields);
    }
    std::vector<entail::CsvRecord> reread;
    entail::InputError error;
    check(entail::CsvReader::parse(written, fileName, &reread, &error), "written records parse again");
    check(reread.size() == records.size(), "written records keep their count");
    for (size_t i = 0; i < records.size(); ++i)
        check(reread[i].fields == records[i].fields, "written records keep their fields");
}

void checkImportRoundTrip(const entail::Dataset &dataset, const QString &fileName)
{
    QByteArray first;
    QString exportError;
    check(entail::Exporter::csvBytes(dataset, &first, &exportError), "an imported dataset exports");
    entail::Dataset again;
    entail::InputError error;
    check(entail::Importer::importBytes(first, fileName, QString(), {}, &again, &error),
          "an exported dataset imports");
    QByteArray second;
    check(entail::Exporter::csvBytes(again, &second, &exportError), "a re-imported dataset exports");
    check(first == second, "export -> import -> export is byte-identical");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not NUL-terminated on purpose: reading past the end is a finding.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.csv");

    std::vector<entail::CsvRecord> records;
    entail::InputError error;
    const bool parsed = entail::CsvReader::parse(bytes, fileName, &records, &error);
    if (parsed)
        checkCsvRoundTrip(records, fileName);
    else
        checkError(error, fileName, bytes);

    // An empty csvDir and imagesDir keep the importer off the file system.
    entail::Dataset dataset;
    entail::InputError importError;
    const bool imported = entail::Importer::importBytes(bytes, fileName, QString(), {}, &dataset, &importError);
    check(!imported || parsed, "what the reader rejects the importer rejects");
    if (imported)
        checkImportRoundTrip(dataset, fileName);
    else
        checkError(importError, fileName, bytes);
    return 0;
}
