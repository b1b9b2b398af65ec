// CsvReader / CsvWriter: RFC 4180 parsing, located errors, minimal quoting, write -> read identity.
#include "model/data/csv.h"

#include <QtTest>

using entail::CsvReader;
using entail::CsvRecord;
using entail::CsvWriter;
using entail::InputError;

class TestCsv final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesValidInput_data();
    void parsesValidInput();
    void reportsMalformedInput_data();
    void reportsMalformedInput();
    void quotesMinimally_data();
    void quotesMinimally();
    void writesRowsWithLf();
    void writtenRowsReadBack_data();
    void writtenRowsReadBack();
};

namespace {

const QString kFile = QStringLiteral("input.csv");

QList<QStringList> fieldsOf(const std::vector<CsvRecord> &records)
{
    QList<QStringList> out;
    for (const CsvRecord &r : records)
        out << r.fields;
    return out;
}

QList<int> linesOf(const std::vector<CsvRecord> &records)
{
    QList<int> out;
    for (const CsvRecord &r : records)
        out << r.line;
    return out;
}

}  // namespace

void TestCsv::parsesValidInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<int>>("lines");

    const QList<QStringList> ab12{{"a", "b"}, {"1", "2"}};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << ab12 << QList<int>{1, 2};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << ab12 << QList<int>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ab12 << QList<int>{1, 2};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << ab12 << QList<int>{1, 2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << ab12 << QList<int>{1, 2};
    QTest::newRow("BOM and CRLF, no final line end")
        << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2") << ab12 << QList<int>{1, 2};
    QTest::newRow("multi-line quoted with emoji")
        << QByteArray("id,text\n1,\"line one \xF0\x9F\x98\x80\nline two\r\nthree\"\n2,x\n")
        << QList<QStringList>{{"id", "text"},
                              {"1", QString::fromUtf8("line one \xF0\x9F\x98\x80\nline two\r\nthree")},
                              {"2", "x"}}
        << QList<int>{1, 2, 5};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
        << QList<QStringList>{{"say \"hi\"", "\""}} << QList<int>{1};
    QTest::newRow("quoted comma and empty quoted")
        << QByteArray("\"a,b\",\"\",c\n") << QList<QStringList>{{"a,b", "", "c"}} << QList<int>{1};
    QTest::newRow("empty fields and trailing comma at the end")
        << QByteArray(",,\nx,") << QList<QStringList>{{"", "", ""}, {"x", ""}} << QList<int>{1, 2};
    QTest::newRow("blank line is one empty field")
        << QByteArray("a\n\nb\n") << QList<QStringList>{{"a"}, {""}, {"b"}} << QList<int>{1, 2, 3};
    QTest::newRow("BOM character after the start is text")
        << QByteArray("\xEF\xBB\xBF" "a,\xEF\xBB\xBF" "b,\"\xEF\xBB\xBF" "c\"\n")
        << QList<QStringList>{{"a", QString(QChar(0xFEFF)) + "b", QString(QChar(0xFEFF)) + "c"}}
        << QList<int>{1};
    QTest::newRow("spaces kept verbatim")
        << QByteArray(" a , b \n") << QList<QStringList>{{" a ", " b "}} << QList<int>{1};
}

void TestCsv::parsesValidInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<int>, lines);

    std::vector<CsvRecord> records;
    InputError error;
    QVERIFY2(CsvReader::parse(input, kFile, &records, &error), qPrintable(error.toString()));
    QVERIFY(!error.isSet());
    QCOMPARE(fieldsOf(records), fields);
    QCOMPARE(linesOf(records), lines);
}

void TestCsv::reportsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QString unterminated = QStringLiteral("unterminated quoted field: the closing quote is missing");
    const QString strayQuote = QStringLiteral(
        "quote character inside an unquoted field (quote the whole field and double the quotes in it)");
    const QString afterQuote = QStringLiteral(
        "unexpected text after a closing quote (a quote inside a quoted field must be doubled)");
    const QString notUtf8 = QStringLiteral("invalid UTF-8 (save the file as UTF-8)");
    const QString binary = QStringLiteral("binary data (a NUL byte): this is not a CSV text file");
    const QString empty = QStringLiteral("the file is empty");

    QTest::newRow("unterminated quote") << QByteArray("id,text\n1,\"starts here\nand\nnever ends\n") << 2
                                        << unterminated;
    QTest::newRow("unterminated quote after a multi-line field")
        << QByteArray("id,text\n1,\"two\nlines\"\n2,\"open") << 4 << unterminated;
    QTest::newRow("stray quote") << QByteArray("a,b\n1,ab\"c\n") << 2 << strayQuote;
    QTest::newRow("garbage after closing quote") << QByteArray("a,b\n1,\"ab\"c\n") << 2 << afterQuote;
    QTest::newRow("garbage after a multi-line closing quote")
        << QByteArray("a\n\"x\r\ny\" z\n") << 3 << afterQuote;
    QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\n3,\xC3\x28\n") << 3 << notUtf8;
    QTest::newRow("not UTF-8: Latin-1") << QByteArray("caf\xE9,x\n") << 1 << notUtf8;
    QTest::newRow("not UTF-8: sequence cut at the end") << QByteArray("a\n\xE2\x82") << 2 << notUtf8;
    QTest::newRow("not UTF-8: inside a quoted field")
        << QByteArray("a\n\"one\ntwo \xFF\"\n") << 3 << notUtf8;
    QTest::newRow("not UTF-8 after lone CR line ends") << QByteArray("a\rb\r\xFF\r") << 3 << notUtf8;
    QTest::newRow("empty file") << QByteArray() << 0 << empty;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 0 << empty;
    QTest::newRow("binary file") << QByteArray("a,b\n1,2\n\x7F" "ELF") + QByteArray(4, '\0') + "\x02\x01"
                                 << 3 << binary;
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << 1
                            << QStringLiteral("the file is UTF-16 encoded; save it as UTF-8");
}

void TestCsv::reportsMalformedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, message);

    std::vector<CsvRecord> records(1);
    InputError error;
    QVERIFY(!CsvReader::parse(input, kFile, &records, &error));
    QCOMPARE(error.message, message);
    QCOMPARE(error.line, line);
    QCOMPARE(error.file, kFile);
    QVERIFY(records.empty());
}

void TestCsv::quotesMinimally_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("hello world") << QByteArray("hello world");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("spaces") << QStringLiteral(" padded ") << QByteArray(" padded ");
    QTest::newRow("emoji") << QString::fromUtf8("ok \xF0\x9F\x91\x8D") << QByteArray("ok \xF0\x9F\x91\x8D");
    QTest::newRow("url") << QStringLiteral("https://t.co/x?a=1;b") << QByteArray("https://t.co/x?a=1;b");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("leading U+FEFF") << QString(QChar(0xFEFF)) + QLatin1String("x")
                                    << QByteArray("\"\xEF\xBB\xBFx\"");
}

void TestCsv::quotesMinimally()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TestCsv::writesRowsWithLf()
{
    QCOMPARE(CsvWriter::row({"a", "b,c", "", "d\r\ne"}), QByteArray("a,\"b,c\",,\"d\r\ne\"\n"));
}

void TestCsv::writtenRowsReadBack_data()
{
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("tricky texts") << QList<QStringList>{
        {"id", "text"},
        {"1", "\"quoted\" start"},
        {"2", "ends with a quote\""},
        {"3", "multi\nline\r\nwith CRLF\rand CR"},
        {"4", QString::fromUtf8("emoji \xF0\x9F\x98\x82, comma")},
        {"5", ""},
    };
    QTest::newRow("BOM character opening the file") << QList<QStringList>{
        {QString(QChar(0xFEFF)) + QLatin1String("id"), "x"}, {"1", "2"}};
    QTest::newRow("blank-line record") << QList<QStringList>{{"a"}, {""}, {"b"}};
}

void TestCsv::writtenRowsReadBack()
{
    QFETCH(QList<QStringList>, rows);
    QByteArray bytes;
    for (const QStringList &row : std::as_const(rows))
        bytes += CsvWriter::row(row);
    std::vector<CsvRecord> records;
    InputError error;
    QVERIFY2(CsvReader::parse(bytes, kFile, &records, &error), qPrintable(error.toString()));
    QCOMPARE(fieldsOf(records), rows);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
