// Tokenizer: determinism, special ids, pair layout, longest-first truncation, digits, URLs, refusal of
// corrupt models, and the real RME texts when ../shared is present.
#include "model/data/csv.h"
#include "model/text/spmlibrary.h"
#include "model/text/tokenizer.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest>

using entail::EncodedPair;
using entail::Tokenizer;

class TestTokenizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void specialIds();
    void trainingIsDeterministic();
    void loadedCopyEncodesTheSame();
    void largeCorpusIsReadEvenly();
    void normalizes_data();
    void normalizes();
    void urlIsOnePiece();
    void digitsStayDistinguishable_data();
    void digitsStayDistinguishable();
    void pairLayout();
    void truncatesLongestFirst_data();
    void truncatesLongestFirst();
    void truncationMatchesRuleOnLongTexts();
    void refusesCorruptModels_data();
    void refusesCorruptModels();
    void refusesModelWithoutSpecials();
    void encodesFromManyThreads();
    void missingPluginIsAClearError();
    void rmeTexts();

private:
    Tokenizer m_tok;
};

namespace {

constexpr unsigned kSeed = 7;
constexpr int kSmallVocab = 600;

// Tweet-like lines: words in random order with varied endings (sentencepiece seeds its vocabulary from
// substrings followed by different characters, so a corpus where every word is followed by a space
// would learn no whole words), plus what the real data has: episodes, dates, mentions, links, emoji.
std::vector<QString> syntheticCorpus()
{
    const QStringList words = QStringLiteral(
        "new episode of the night shift tonight watch final score was great on season show team game win "
        "lost vaccine doses million people city lights space story cooking live today tomorrow breaking "
        "news update match goal player coach fans home away record first second third day week year")
                                  .split(QLatin1Char(' '));
    const QStringList endings = {QString(), QString(), QString(), QStringLiteral("s"), QStringLiteral(","),
                                 QStringLiteral("."), QStringLiteral("!"), QStringLiteral(":")};
    const QStringList mentions = {QStringLiteral("@RiverHawks"), QStringLiteral("@NorthFC"), QStringLiteral("@lakers_fan")};
    uint32_t state = 12345;
    auto next = [&state](qsizetype n) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % uint32_t(n));
    };
    std::vector<QString> out;
    for (int i = 0; i < 800; ++i) {
        QStringList line;
        for (int k = 6 + next(10); k > 0; --k)
            line << words.at(next(words.size())) + endings.at(next(endings.size()));
        line << QStringLiteral("S0%1 | E%2%3").arg(next(9) + 1).arg(next(10)).arg(next(10));
        line << QStringLiteral("%1.%2.21").arg(next(12) + 1).arg(next(28) + 1);
        if (i % 3 == 0)
            line << mentions.at(next(mentions.size())) << QStringLiteral("📺\n");
        line << QStringLiteral("https://t.co/Ab%1Xy").arg(i);
        out.push_back(line.join(QLatin1Char(' ')));
    }
    return out;
}

// The longest-first rule in closed form, written independently of the loop in the tokenizer.
std::pair<int, int> expectedKept(int a, int b, int maxLength)
{
    const int budget = maxLength - 3;
    if (a + b <= budget)
        return {a, b};
    if (a > b && budget - b >= b)
        return {budget - b, b};
    if (b > a && budget - a >= a)
        return {a, budget - a};
    return {(budget + 1) / 2, budget / 2};
}

// Tokens of each text inside an encoded pair, read back through the layout.
std::pair<std::vector<int64_t>, std::vector<int64_t>> split(const EncodedPair &p)
{
    std::vector<int64_t> a, b;
    int i = 1;
    while (i < p.length && p.ids[size_t(i)] != Tokenizer::Sep)
        a.push_back(p.ids[size_t(i++)]);
    ++i;
    while (i < p.length - 1)
        b.push_back(p.ids[size_t(i++)]);
    return {a, b};
}

QString repeated(const QString &word, int n)
{
    QStringList words;
    for (int i = 0; i < n; ++i)
        words << word;
    return words.join(QLatin1Char(' '));
}

bool isPrefix(const std::vector<int64_t> &prefix, const std::vector<int> &all)
{
    return prefix.size() <= all.size() && std::equal(prefix.begin(), prefix.end(), all.begin());
}

}  // namespace

void TestTokenizer::initTestCase()
{
    QString error;
    QVERIFY2(m_tok.train(syntheticCorpus(), kSmallVocab, kSeed, &error), qPrintable(error));
    QVERIFY(m_tok.isLoaded());
    QVERIFY(m_tok.vocabSize() > 300);
    QVERIFY(m_tok.vocabSize() <= kSmallVocab);
}

void TestTokenizer::specialIds()
{
    QCOMPARE(m_tok.idToPiece(Tokenizer::Pad), QStringLiteral("[PAD]"));
    QCOMPARE(m_tok.idToPiece(Tokenizer::Unk), QStringLiteral("[UNK]"));
    QCOMPARE(m_tok.idToPiece(Tokenizer::Cls), QStringLiteral("[CLS]"));
    QCOMPARE(m_tok.idToPiece(Tokenizer::Sep), QStringLiteral("[SEP]"));
    QCOMPARE(m_tok.idToPiece(Tokenizer::MaskToken), QStringLiteral("[MASK]"));
    QCOMPARE(m_tok.idToPiece(-1), QString());
    QCOMPARE(m_tok.idToPiece(m_tok.vocabSize()), QString());
    // Spelled in a tweet, the specials are text, not control tokens.
    for (int id : m_tok.encode(QStringLiteral("[CLS] [SEP] [PAD] [MASK]")))
        QVERIFY2(id > Tokenizer::MaskToken, qPrintable(QString::number(id)));
}

void TestTokenizer::trainingIsDeterministic()
{
    Tokenizer again;
    QString error;
    QVERIFY2(again.train(syntheticCorpus(), kSmallVocab, kSeed, &error), qPrintable(error));
    QCOMPARE(again.serialized(), m_tok.serialized());
    for (const QString &text : syntheticCorpus())
        QCOMPARE(again.encode(text), m_tok.encode(text));
}

// More than kMaxTrainingTexts texts: the tokenizer learns from evenly spaced ones, the same model as from
// exactly those; a word only in the texts left out is not learned as a piece.
void TestTokenizer::largeCorpusIsReadEvenly()
{
    const size_t n = Tokenizer::kMaxTrainingTexts + Tokenizer::kMaxTrainingTexts / 4;  // 5 of every 4 read
    std::vector<QString> all, read;
    const std::vector<QString> base = syntheticCorpus();
    for (size_t i = 0; i < n; ++i)
        all.push_back(base[i % base.size()] + QStringLiteral(" n%1").arg(i % 97));
    std::vector<bool> taken(n, false);
    for (size_t i = 0; i < Tokenizer::kMaxTrainingTexts; ++i) {
        const size_t index = i * n / Tokenizer::kMaxTrainingTexts;
        read.push_back(all[index]);
        taken[index] = true;
    }
    for (size_t i = 0; i < n; ++i)
        if (!taken[i])
            all[i] += QStringLiteral(" zyxwvutsrqponmlkj");  // in the texts left out only, many times
    Tokenizer sampled, exact;
    QString error;
    QVERIFY2(sampled.train(all, kSmallVocab, kSeed, &error), qPrintable(error));
    QVERIFY2(exact.train(read, kSmallVocab, kSeed, &error), qPrintable(error));
    QCOMPARE(sampled.serialized(), exact.serialized());
    QVERIFY(sampled.encode(QStringLiteral("zyxwvutsrqponmlkj")).size() > 3);  // spelled out, not one piece
}

void TestTokenizer::loadedCopyEncodesTheSame()
{
    Tokenizer copy;
    QString error;
    QVERIFY2(copy.load(m_tok.serialized(), &error), qPrintable(error));
    QCOMPARE(copy.vocabSize(), m_tok.vocabSize());
    QCOMPARE(copy.serialized(), m_tok.serialized());
    const QString text = QStringLiteral("Final score: @NorthFC 3 - @RiverHawks 2 on 2.23.21 https://t.co/x");
    QCOMPARE(copy.encode(text), m_tok.encode(text));
    const EncodedPair a = copy.encodePair(text, text), b = m_tok.encodePair(text, text);
    QCOMPARE(a.ids, b.ids);
    Tokenizer moved(std::move(copy));
    QCOMPARE(moved.encode(text), m_tok.encode(text));
}

void TestTokenizer::normalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("t.co link") << QStringLiteral("see https://t.co/beGDQfd06S now") << QStringLiteral("see [URL] now");
    QTest::newRow("http with query") << QStringLiteral("go http://example.com/a?b=1&c=2!") << QStringLiteral("go [URL]");
    QTest::newRow("bare t.co") << QStringLiteral("pic t.co/XyZ") << QStringLiteral("pic [URL]");
    QTest::newRow("www") << QStringLiteral("www.example.org is up") << QStringLiteral("[URL] is up");
    QTest::newRow("glued to text") << QStringLiteral("done!https://t.co/a https://t.co/b")
                                   << QStringLiteral("done! [URL] [URL]");
    QTest::newRow("mention kept") << QStringLiteral(":@MoHFW_INDIA Secretary") << QStringLiteral(":@mohfw_india secretary");
    QTest::newRow("whitespace") << QStringLiteral("  a\n\n b\t\tc \r\n") << QStringLiteral("a b c");
    QTest::newRow("nfkc") << QStringLiteral("ｆｕｌｌ width ①") << QStringLiteral("full width 1");
    QTest::newRow("entities") << QStringLiteral("Q&amp;A &lt;3 &gt;") << QStringLiteral("q&a <3 >");
    QTest::newRow("numbers intact") << QStringLiteral("S01 | E05 on 2.23.21, 4.5 million")
                                    << QStringLiteral("s01 | e05 on 2.23.21, 4.5 million");
    QTest::newRow("variation selector") << QStringLiteral("✍\uFE0F Corey") << QStringLiteral("✍ corey");
    QTest::newRow("literal marker lowered") << QStringLiteral("[URL]") << QStringLiteral("[url]");
    QTest::newRow("empty") << QString() << QString();
}

void TestTokenizer::normalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Tokenizer::normalize(input), expected);
}

void TestTokenizer::urlIsOnePiece()
{
    const QStringList pieces = m_tok.pieces(QStringLiteral("watch https://t.co/NeverSeenBefore123 now"));
    QCOMPARE(pieces.count(QStringLiteral("[URL]")), 1);
    // The marker is glued to the word before it: no lone "▁" piece is spent on it.
    QVERIFY(pieces.indexOf(QStringLiteral("[URL]")) > 0);
    QVERIFY(pieces.at(pieces.indexOf(QStringLiteral("[URL]")) - 1) != QStringLiteral("\u2581"));
    for (const QString &p : pieces)
        QVERIFY2(!p.contains(QLatin1String("never")), qPrintable(pieces.join(QLatin1Char('|'))));
    // Different links, same tokens: links carry no meaning for entailment.
    QCOMPARE(m_tok.encode(QStringLiteral("a https://t.co/abc b")), m_tok.encode(QStringLiteral("a http://x.y/zzz b")));
}

void TestTokenizer::digitsStayDistinguishable_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("episode") << QStringLiteral("S01 | E05") << QStringLiteral("S01 | E06");
    QTest::newRow("date") << QStringLiteral("on 2.23.21") << QStringLiteral("on 2.26.21");
    QTest::newRow("score") << QStringLiteral("won 3-1") << QStringLiteral("won 31");
    QTest::newRow("unseen number") << QStringLiteral("4,500,001 doses") << QStringLiteral("4,500,007 doses");
}

void TestTokenizer::digitsStayDistinguishable()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(m_tok.encode(a) != m_tok.encode(b));
    // split_digits: every digit is its own piece.
    for (const QString &p : m_tok.pieces(a)) {
        if (p.startsWith(QLatin1String("<0x")))  // byte fallback for a character the corpus lacks
            continue;
        int digits = 0;
        for (QChar c : p)
            digits += c.isDigit() ? 1 : 0;
        QVERIFY2(digits <= 1, qPrintable(p));
    }
}

void TestTokenizer::pairLayout()
{
    const QString first = QStringLiteral("New episode of Space Story tonight! S01 | E05");
    const QString second = QStringLiteral("Final score: @NorthFC 3 - @lakers_fan 2");
    const std::vector<int> a = m_tok.encode(first), b = m_tok.encode(second);
    QVERIFY(!a.empty() && !b.empty());
    const int maxLength = 64;
    const EncodedPair p = m_tok.encodePair(first, second, maxLength);
    const size_t la = a.size(), lb = b.size();
    QCOMPARE(p.ids.size(), size_t(maxLength));
    QCOMPARE(p.segments.size(), size_t(maxLength));
    QCOMPARE(p.mask.size(), size_t(maxLength));
    QCOMPARE(p.length, int(la + lb + 3));
    QCOMPARE(p.ids[0], int64_t(Tokenizer::Cls));
    QCOMPARE(p.ids[la + 1], int64_t(Tokenizer::Sep));
    QCOMPARE(p.ids[la + lb + 2], int64_t(Tokenizer::Sep));
    for (size_t i = 0; i < la; ++i)
        QCOMPARE(p.ids[1 + i], int64_t(a[i]));
    for (size_t i = 0; i < lb; ++i)
        QCOMPARE(p.ids[la + 2 + i], int64_t(b[i]));
    for (size_t i = 0; i < size_t(maxLength); ++i) {
        const bool real = i < size_t(p.length);
        QCOMPARE(p.mask[i], int64_t(real ? 1 : 0));
        QCOMPARE(p.segments[i], int64_t(real && i >= la + 2 ? 1 : 0));
        if (!real)
            QCOMPARE(p.ids[i], int64_t(Tokenizer::Pad));
    }
    // Default length and empty texts.
    const EncodedPair empty = m_tok.encodePair(QString(), QString());
    QCOMPARE(empty.ids.size(), size_t(Tokenizer::kMaxLength));
    QCOMPARE(empty.length, 3);
    QCOMPARE(std::vector<int64_t>(empty.ids.begin(), empty.ids.begin() + 4),
             (std::vector<int64_t>{Tokenizer::Cls, Tokenizer::Sep, Tokenizer::Sep, Tokenizer::Pad}));
    QCOMPARE(std::vector<int64_t>(empty.segments.begin(), empty.segments.begin() + 4), (std::vector<int64_t>{0, 0, 1, 0}));
}

void TestTokenizer::truncatesLongestFirst_data()
{
    QTest::addColumn<int>("na");
    QTest::addColumn<int>("nb");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("keptA");
    QTest::addColumn<int>("keptB");
    QTest::newRow("fits") << 10 << 20 << 128 << 10 << 20;
    QTest::newRow("exactly full") << 60 << 65 << 128 << 60 << 65;
    QTest::newRow("one over, second longer") << 62 << 64 << 128 << 62 << 63;
    QTest::newRow("first much longer") << 200 << 10 << 128 << 115 << 10;
    QTest::newRow("second much longer") << 5 << 300 << 128 << 5 << 120;
    QTest::newRow("both long, equal") << 100 << 100 << 128 << 63 << 62;
    QTest::newRow("both long, first longer") << 150 << 90 << 128 << 63 << 62;
    QTest::newRow("both long, odd budget") << 80 << 90 << 64 << 31 << 30;
    QTest::newRow("longer becomes shorter") << 70 << 60 << 100 << 49 << 48;
    QTest::newRow("minimum length") << 5 << 5 << 3 << 0 << 0;
    QTest::newRow("below minimum") << 5 << 5 << 1 << 0 << 0;
}

void TestTokenizer::truncatesLongestFirst()
{
    QFETCH(int, na);
    QFETCH(int, nb);
    QFETCH(int, maxLength);
    QFETCH(int, keptA);
    QFETCH(int, keptB);
    // "episode" is one piece in this model, so n words are n tokens.
    const QString unit = QStringLiteral("episode");
    QCOMPARE(int(m_tok.encode(unit).size()), 1);
    QCOMPARE(int(m_tok.encode(repeated(unit, na)).size()), na);
    const EncodedPair p = m_tok.encodePair(repeated(unit, na), repeated(unit, nb), maxLength);
    const auto [a, b] = split(p);
    QCOMPARE(int(a.size()), keptA);
    QCOMPARE(int(b.size()), keptB);
    QCOMPARE(p.length, keptA + keptB + 3);
    QCOMPARE(int(p.ids.size()), std::max(maxLength, 3));
    const auto rule = expectedKept(na, nb, std::max(maxLength, 3));
    QCOMPARE(rule.first, keptA);
    QCOMPARE(rule.second, keptB);
}

void TestTokenizer::truncationMatchesRuleOnLongTexts()
{
    // Mixed texts: the kept tokens must be each text's first tokens.
    const std::vector<QString> corpus = syntheticCorpus();
    QString longA, longB;
    for (size_t i = 0; i < 12; ++i)
        longA += corpus[i] + QLatin1Char(' ');
    for (size_t i = 12; i < 17; ++i)
        longB += corpus[i] + QLatin1Char(' ');
    for (int maxLength : {16, 40, 77, 128, 256, 1000}) {
        const std::vector<int> a = m_tok.encode(longA), b = m_tok.encode(longB);
        const EncodedPair p = m_tok.encodePair(longA, longB, maxLength);
        const auto [keptA, keptB] = split(p);
        const auto expected = expectedKept(int(a.size()), int(b.size()), maxLength);
        QCOMPARE(int(keptA.size()), expected.first);
        QCOMPARE(int(keptB.size()), expected.second);
        QVERIFY(isPrefix(keptA, a));
        QVERIFY(isPrefix(keptB, b));
    }
}

void TestTokenizer::refusesCorruptModels_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fragment");
    const QByteArray good = m_tok.serialized();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("text") << QByteArray("this is not a tokenizer model\n") << QStringLiteral("corrupt");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("corrupt");
    QTest::newRow("zeros") << QByteArray(4096, '\0') << QStringLiteral("corrupt");
}

void TestTokenizer::refusesCorruptModels()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fragment);
    Tokenizer t;
    QVERIFY2(t.load(m_tok.serialized(), nullptr), "a good model loads");
    const QByteArray before = t.serialized();
    QString error;
    QVERIFY(!t.load(bytes, &error));
    QVERIFY2(error.contains(fragment, Qt::CaseInsensitive), qPrintable(error));
    // A refused model leaves the loaded one in place.
    QVERIFY(t.isLoaded());
    QCOMPARE(t.serialized(), before);
    QVERIFY(!Tokenizer().load(bytes, nullptr));
}

void TestTokenizer::refusesModelWithoutSpecials()
{
    // A valid sentencepiece model trained without our special pieces, straight through the plugin.
    const entail::SpmLibrary &lib = entail::SpmLibrary::instance();
    QVERIFY2(lib.isLoaded(), qPrintable(lib.error()));
    std::vector<QByteArray> lines;
    for (const QString &t : syntheticCorpus())
        lines.push_back(t.toUtf8());
    std::vector<const char *> sentences;
    for (const QByteArray &l : lines)
        sentences.push_back(l.constData());
    char *model = nullptr, *message = nullptr;
    size_t size = 0;
    const int status = lib.train(sentences.data(), sentences.size(),
                                 "--model_type=unigram --vocab_size=300 --hard_vocab_limit=false --minloglevel=1", 1,
                                 &model, &size, &message);
    QVERIFY2(status == 0, message);
    const QByteArray bytes(model, qsizetype(size));
    lib.freeString(model);
    Tokenizer t;
    QString error;
    QVERIFY(!t.load(bytes, &error));
    QVERIFY2(error.contains(QLatin1String("[PAD]")), qPrintable(error));
    QVERIFY(!t.isLoaded());
}

void TestTokenizer::encodesFromManyThreads()
{
    const std::vector<QString> corpus = syntheticCorpus();
    const QStringList texts(corpus.begin(), corpus.end());
    const QList<std::vector<int>> parallel = QtConcurrent::blockingMapped<QList<std::vector<int>>>(
        texts, [this](const QString &t) { return m_tok.encode(t); });
    QCOMPARE(parallel.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(parallel.at(i), m_tok.encode(texts.at(i)));
}

void TestTokenizer::missingPluginIsAClearError()
{
    // The plugin is loaded once per process, so a copy of this test runs from a folder without it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("probe"));
    QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), copy));
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENTAIL_SPM_PLUGIN"), QStringLiteral("/nonexistent/libentail_spm.so"));
    probe.setProcessEnvironment(env);
    probe.start(copy, {QStringLiteral("--probe-plugin")});
    QVERIFY(probe.waitForFinished(60000));
    const QString out = QString::fromUtf8(probe.readAllStandardOutput());
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    QVERIFY2(probe.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("/nonexistent/libentail_spm.so (not found)")), qPrintable(out));
    QVERIFY2(out.contains(QDir(dir.path()).filePath(QStringLiteral("libentail_spm.so"))), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("ENTAIL_SPM_PLUGIN")), qPrintable(out));
}

void TestTokenizer::rmeTexts()
{
    if (!entail::test::sharedDataAvailable())
        QSKIP("../shared/data/rme is not present");
    const QString path = entail::test::sharedDataDir() + QStringLiteral("/train_df.csv");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    std::vector<entail::CsvRecord> records;
    entail::InputError csvError;
    QVERIFY2(entail::CsvReader::parse(file.readAll(), path, &records, &csvError), qPrintable(csvError.toString()));
    QVERIFY(records.size() > 1);
    const int c1 = int(records[0].fields.indexOf(QStringLiteral("text_1")));
    const int c2 = int(records[0].fields.indexOf(QStringLiteral("text_2")));
    QVERIFY(c1 >= 0 && c2 >= 0);
    std::vector<QString> texts;
    std::vector<std::pair<QString, QString>> pairs;
    for (size_t i = 1; i < records.size(); ++i) {
        pairs.emplace_back(records[i].fields.value(c1), records[i].fields.value(c2));
        texts.push_back(pairs.back().first);
        texts.push_back(pairs.back().second);
    }

    QElapsedTimer timer;
    timer.start();
    Tokenizer tok;
    QString error;
    QVERIFY2(tok.train(texts, 4000, 42, &error), qPrintable(error));
    const qint64 trainMs = timer.elapsed();
    QVERIFY(tok.vocabSize() > 1000);
    QVERIFY(tok.vocabSize() <= 4000);

    Tokenizer again;
    QVERIFY2(again.train(texts, 4000, 42, &error), qPrintable(error));
    QCOMPARE(again.serialized(), tok.serialized());

    timer.restart();
    int truncated = 0, lengthSum = 0;
    for (const auto &[a, b] : pairs) {
        const EncodedPair p = tok.encodePair(a, b);
        lengthSum += p.length;
        truncated += p.length == Tokenizer::kMaxLength ? 1 : 0;
    }
    const double usPerPair = double(timer.nsecsElapsed()) / 1000.0 / double(pairs.size());

    // byte_fallback: nothing in the training texts is unknown, and different texts never encode alike.
    int unknown = 0, sameAfterNormalizing = 0;
    for (const auto &[a, b] : pairs) {
        const std::vector<int> ia = tok.encode(a), ib = tok.encode(b);
        unknown += int(std::count(ia.begin(), ia.end(), int(Tokenizer::Unk)));
        const bool sameText = Tokenizer::normalize(a) == Tokenizer::normalize(b);
        sameAfterNormalizing += sameText ? 1 : 0;
        QVERIFY2(sameText == (ia == ib), qPrintable(a + QStringLiteral(" <-> ") + b));
    }
    QCOMPARE(unknown, 0);
    qInfo("RME train: %zu texts, vocab %d, training %lld ms, encodePair %.1f us/pair, mean length %.1f, "
          "%d of %zu pairs truncated, %d pairs identical after normalizing",
          texts.size(), tok.vocabSize(), trainMs, usPerPair, double(lengthSum) / double(pairs.size()), truncated,
          pairs.size(), sameAfterNormalizing);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Child mode of missingPluginIsAClearError: report what a tokenizer says without its plugin.
    if (argc == 2 && qstrcmp(argv[1], "--probe-plugin") == 0) {
        QString error;
        const bool loaded = Tokenizer().train({QStringLiteral("a b c")}, 100, 1, &error);
        QTextStream(stdout) << (loaded ? QStringLiteral("loaded") : error) << Qt::endl;
        return loaded ? 1 : 0;
    }
    TestTokenizer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_tokenizer.moc"
