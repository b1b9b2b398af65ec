#pragma once
// A CSV file read part by part, so that memory stays bounded however large the file: each part ends where
// a record ends and is parsed by CsvReader::parsePart with the same checks and located errors as a whole file.
#include "model/core/inputerror.h"
#include "model/data/csv.h"

#include <QFile>

namespace entail {

class CsvFileReader final {
public:
    // `partBytes`: how much is read at a time (a record longer than that makes its part longer).
    explicit CsvFileReader(const QString &path, qint64 partBytes = 4 * 1024 * 1024);

    // Opens the file through SafeFile (a regular file of at most maxBytes) or fills `error`.
    bool open(qint64 maxBytes, InputError *error);
    // The records of the next part (`records` is replaced). False with `error` set on bad input; true with
    // no records only at the end of the file.
    bool next(std::vector<CsvRecord> *records, InputError *error);
    bool atEnd() const { return m_eof && m_pending.isEmpty() && m_started; }
    qint64 size() const { return m_size; }
    qint64 bytesRead() const { return m_read; }

private:
    // Length of the longest prefix of m_pending that ends right after a line feed outside quotes (0: none);
    // `lineBreaks` receives how many lines that prefix holds.
    qsizetype completePrefix(int *lineBreaks) const;

    QString m_path;
    QFile m_file;
    qint64 m_partBytes;
    qint64 m_size = 0;
    qint64 m_read = 0;
    QByteArray m_pending;
    int m_line = 1;
    bool m_started = false;
    bool m_eof = false;
};

}  // namespace entail
