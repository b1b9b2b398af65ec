#include "model/data/csv.h"

#include <QStringDecoder>
#include <cstring>

namespace entail {

namespace {

// Line breaks are LF, CRLF or a lone CR; a CR directly followed by LF is counted by the LF.
bool isLineBreakAt(const char *p, qsizetype i, qsizetype n)
{
    return p[i] == '\n' || (p[i] == '\r' && (i + 1 >= n || p[i + 1] != '\n'));
}

int lineOfOffset(const QByteArray &data, qsizetype offset, int firstLine)
{
    int line = firstLine;
    const char *p = data.constData();
    for (qsizetype i = 0; i < offset; ++i)
        if (isLineBreakAt(p, i, data.size()))
            ++line;
    return line;
}

bool isValidUtf8(const char *p, qsizetype n)
{
    // Stateless: a sequence cut off at the end of the range is an error too.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(QByteArrayView(p, n));
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

// Line of the first invalid UTF-8 byte, 0 when the data is valid. Line breaks are ASCII and never part
// of a multi-byte sequence, so checking line by line finds the right line.
int firstInvalidUtf8Line(const QByteArray &data, int firstLine)
{
    if (isValidUtf8(data.constData(), data.size()))
        return 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    int line = firstLine;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isLineBreakAt(p, i, n))
            continue;
        if (!isValidUtf8(p + start, i - start))
            return line;
        ++line;
        start = i + 1;
    }
    return line;  // not reached: the whole buffer failed, so one of its lines does
}

// QString::fromUtf8 drops a leading BOM; inside the file it is the text's own character.
QString decodeField(const char *p, qsizetype n)
{
    if (n < 3 || !QByteArrayView(p, 3).startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(p, n);
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(p, n));
}

class Parser {
public:
    Parser(const QByteArray &data, qsizetype start, int firstLine)
        : m_p(data.constData()), m_n(data.size()), m_i(start), m_line(firstLine)
    {
    }

    bool run(std::vector<CsvRecord> *records, int *errorLine, QString *message)
    {
        CsvRecord record;
        record.line = m_line;
        for (;;) {
            QString field;
            if (!readField(&field, errorLine, message))
                return false;
            record.fields.append(field);
            if (m_i >= m_n) {
                records->push_back(std::move(record));
                return true;
            }
            if (m_p[m_i] == ',') {
                ++m_i;
                continue;
            }
            // A line end (readField stops only at a comma, a line end or the end of the data).
            m_i += (m_p[m_i] == '\r' && m_i + 1 < m_n && m_p[m_i + 1] == '\n') ? 2 : 1;
            ++m_line;
            records->push_back(std::move(record));
            if (m_i >= m_n)
                return true;
            const qsizetype fieldCount = record.fields.size();
            record = CsvRecord();
            record.line = m_line;
            record.fields.reserve(fieldCount);  // records of a file have the same fields
        }
    }

private:
    bool isFieldEnd(char c) const { return c == ',' || c == '\r' || c == '\n'; }

    bool readField(QString *field, int *errorLine, QString *message)
    {
        if (m_i < m_n && m_p[m_i] == '"')
            return readQuoted(field, errorLine, message);
        const qsizetype start = m_i;
        while (m_i < m_n && !isFieldEnd(m_p[m_i])) {
            if (m_p[m_i] == '"') {
                *errorLine = m_line;
                *message = CsvReader::tr("quote character inside an unquoted field "
                                         "(quote the whole field and double the quotes in it)");
                return false;
            }
            ++m_i;
        }
        *field = decodeField(m_p + start, m_i - start);
        return true;
    }

    bool readQuoted(QString *field, int *errorLine, QString *message)
    {
        const int startLine = m_line;
        QByteArray bytes;
        ++m_i;  // opening quote
        if (readPlainQuoted(field))
            return true;
        for (;;) {
            const qsizetype start = m_i;
            while (m_i < m_n && m_p[m_i] != '"') {
                if (isLineBreakAt(m_p, m_i, m_n))
                    ++m_line;
                ++m_i;
            }
            bytes.append(m_p + start, m_i - start);
            if (m_i >= m_n) {
                *errorLine = startLine;
                *message = CsvReader::tr("unterminated quoted field: the closing quote is missing");
                return false;
            }
            if (m_i + 1 < m_n && m_p[m_i + 1] == '"') {  // doubled quote = one literal quote
                bytes.append('"');
                m_i += 2;
                continue;
            }
            ++m_i;  // closing quote
            break;
        }
        if (m_i < m_n && !isFieldEnd(m_p[m_i])) {
            *errorLine = m_line;
            *message = CsvReader::tr("unexpected text after a closing quote "
                                     "(a quote inside a quoted field must be doubled)");
            return false;
        }
        *field = decodeField(bytes.constData(), bytes.size());
        return true;
    }

    // The common case, a quoted field without doubled quotes, decoded straight from the data: m_i is moved
    // past the closing quote only when the field is that simple and well ended.
    bool readPlainQuoted(QString *field)
    {
        const char *close = static_cast<const char *>(std::memchr(m_p + m_i, '"', size_t(m_n - m_i)));
        if (!close)
            return false;
        const qsizetype end = close - m_p;
        if (end + 1 < m_n && !isFieldEnd(m_p[end + 1]))
            return false;  // a doubled quote, or text after the quote: the general path decides
        for (qsizetype i = m_i; i < end; ++i)
            if (isLineBreakAt(m_p, i, m_n))
                ++m_line;
        *field = decodeField(m_p + m_i, end - m_i);
        m_i = end + 1;
        return true;
    }

    const char *m_p;
    qsizetype m_n;
    qsizetype m_i;
    int m_line;
};

}  // namespace

bool CsvReader::parse(const QByteArray &data, const QString &fileName, std::vector<CsvRecord> *records,
                      InputError *error)
{
    return parsePart(data, fileName, 1, true, records, error);
}

bool CsvReader::parsePart(const QByteArray &data, const QString &fileName, int firstLine, bool fileStart,
                          std::vector<CsvRecord> *records, InputError *error)
{
    records->clear();
    auto fail = [&](int line, const QString &message) {
        *error = InputError{fileName, line, message};
        records->clear();
        return false;
    };

    const bool hasBom = fileStart && data.startsWith("\xEF\xBB\xBF");
    const qsizetype start = hasBom ? 3 : 0;
    if (fileStart && data.size() == start)
        return fail(0, tr("the file is empty"));
    if (data.size() == start)
        return true;
    if (fileStart && (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")))
        return fail(1, tr("the file is UTF-16 encoded; save it as UTF-8"));
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return fail(lineOfOffset(data, nul, firstLine), tr("binary data (a NUL byte): this is not a CSV text file"));
    if (const int line = firstInvalidUtf8Line(data, firstLine))
        return fail(line, tr("invalid UTF-8 (save the file as UTF-8)"));

    int errorLine = 0;
    QString message;
    Parser parser(data, start, firstLine);
    if (!parser.run(records, &errorLine, &message))
        return fail(errorLine, message);
    return true;
}

QByteArray CsvWriter::field(const QString &value)
{
    QByteArray out;
    append(out, value.toUtf8());
    return out;
}

void CsvWriter::append(QByteArray &out, QByteArrayView utf8)
{
    // One pass over the text (an export writes every text of the project). In UTF-8 the four bytes that
    // call for quotes stand only for themselves.
    bool quote = utf8.startsWith("\xEF\xBB\xBF");
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (qsizetype from = 0;;) {
        const qsizetype at = utf8.indexOf('"', from);
        out += utf8.sliced(from, (at < 0 ? utf8.size() : at + 1) - from);
        if (at < 0)
            break;
        out += '"';  // the quote doubled
        from = at + 1;
    }
    out += '"';
}

QByteArray CsvWriter::row(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    out += '\n';
    return out;
}

}  // namespace entail
