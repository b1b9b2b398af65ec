#include "model/data/csvfilereader.h"

#include "model/core/safefile.h"

namespace entail {

CsvFileReader::CsvFileReader(const QString &path, qint64 partBytes) : m_path(path), m_partBytes(partBytes) {}

bool CsvFileReader::open(qint64 maxBytes, InputError *error)
{
    m_file.setFileName(m_path);
    QString reason;
    if (!SafeFile::open(m_file, maxBytes, &reason)) {
        *error = InputError{m_path, 0, reason};
        return false;
    }
    m_size = m_file.size();
    return true;
}

qsizetype CsvFileReader::completePrefix(int *lineBreaks) const
{
    // A quote toggles the state: a doubled quote inside a quoted field toggles it twice. Malformed quoting
    // only makes the part longer; the parser then names the line.
    const char *p = m_pending.constData();
    const qsizetype n = m_pending.size();
    bool quoted = false;
    int breaks = 0, breaksAtEnd = 0;
    qsizetype end = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n') {
            ++breaks;
            if (!quoted) {
                end = i + 1;
                breaksAtEnd = breaks;
            }
        } else if (c == '\r' && i + 1 < n && p[i + 1] != '\n') {
            ++breaks;  // a lone CR ends a line too (CsvReader counts it)
        }
    }
    *lineBreaks = breaksAtEnd;
    return end;
}

bool CsvFileReader::next(std::vector<CsvRecord> *records, InputError *error)
{
    records->clear();
    for (;;) {
        if (!m_eof) {
            const QByteArray block = m_file.read(m_partBytes);
            m_read += block.size();
            m_eof = block.isEmpty() || m_read >= m_size;
            m_pending += block;
        }
        int breaks = 0;
        qsizetype end = m_eof ? m_pending.size() : completePrefix(&breaks);
        if (end == 0 && !m_eof)
            continue;  // one record longer than a part: read on
        if (m_eof && m_started && m_pending.isEmpty())
            return true;
        const bool fileStart = !m_started;
        m_started = true;
        const int firstLine = m_line;
        m_line += breaks;
        // Parsed in place (the records own their text): no copy of the part.
        const bool ok = CsvReader::parsePart(QByteArray::fromRawData(m_pending.constData(), end), m_path, firstLine,
                                             fileStart, records, error);
        m_pending.remove(0, end);
        return ok;
    }
}

}  // namespace entail
