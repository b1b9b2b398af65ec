#pragma once
// RFC 4180 CSV: quoted fields with newlines, doubled quotes, UTF-8 with or without BOM, CRLF or LF.
#include "model/inputerror.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace entail {

struct CsvRecord {
    int line = 0;        // 1-based line on which the record starts
    QStringList fields;
};

class CsvReader final {
public:
    // Parses the whole buffer. On failure returns false, fills `error` (file = fileName, line, message)
    // and leaves `records` empty.
    static bool parse(const QByteArray &data, const QString &fileName, std::vector<CsvRecord> *records,
                      InputError *error);
};

class CsvWriter final {
public:
    // Minimal quoting (only fields holding a comma, quote, CR or LF are quoted), LF line ends.
    static QByteArray field(const QString &value);
    static QByteArray row(const QStringList &fields);
};

}  // namespace entail
