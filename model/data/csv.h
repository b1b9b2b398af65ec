#pragma once
// RFC 4180 CSV: quoted fields with newlines, doubled quotes, UTF-8 with or without BOM, CRLF or LF.
#include "model/core/inputerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace entail {

struct CsvRecord {
    int line = 0;        // 1-based line on which the record starts
    QStringList fields;
};

class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Parses the whole buffer. On failure returns false, fills `error` (file = fileName, line, message)
    // and leaves `records` empty.
    // Lines end with LF, CRLF or a lone CR (all three count as one line for error messages). A blank
    // line is a record with one empty field; a final line end does not start another record.
    // Rejected: an empty file (line 0), NUL bytes (binary), UTF-16, invalid UTF-8, an unterminated
    // quote (reported on the line where the quoted field starts), a quote inside an unquoted field
    // and anything but a separator after a closing quote.
    static bool parse(const QByteArray &data, const QString &fileName, std::vector<CsvRecord> *records,
                      InputError *error);
    // parse() on one part of a file that ends where a record ends (or at the file's end): its first line
    // is `firstLine` of the file, and only the file's start (`fileStart`) may hold a byte order mark or
    // count as an empty file.
    static bool parsePart(const QByteArray &data, const QString &fileName, int firstLine, bool fileStart,
                          std::vector<CsvRecord> *records, InputError *error);
};

class CsvWriter final {
public:
    // Minimal quoting (only fields holding a comma, quote, CR or LF are quoted), LF line ends.
    // One exception: a field starting with U+FEFF is quoted too, so that a reader cannot take it for
    // a byte order mark when it opens the file.
    static QByteArray field(const QString &value);
    // field() of text already in UTF-8, appended to `out`.
    static void append(QByteArray &out, QByteArrayView utf8);
    static QByteArray row(const QStringList &fields);
};

}  // namespace entail
