#include "model/text/tokenizer.h"

#include "model/text/spmlibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>

namespace entail {

namespace {


// Every URL becomes this user-defined symbol: sentencepiece always keeps it as one piece, and the
// normalized text is lower case, so no tweet can spell it by accident.
const char kUrlMarker[] = "[URL]";

struct SpecialPiece {
    Tokenizer::Special id;
    const char *piece;
};
constexpr SpecialPiece kSpecials[] = {{Tokenizer::Pad, "[PAD]"},
                                      {Tokenizer::Unk, "[UNK]"},
                                      {Tokenizer::Cls, "[CLS]"},
                                      {Tokenizer::Sep, "[SEP]"},
                                      {Tokenizer::MaskToken, "[MASK]"}};

// split_digits keeps numbers apart digit by digit: "E05" vs "E06" and "2.23.21" vs "2.26.21" decide
// labels in this data. num_threads=1 and no sentence sampling make training deterministic. byte_fallback
// gives rare emoji byte pieces instead of [UNK]. hard_vocab_limit=false lets a small corpus train.
QByteArray trainerOptions(int vocabSize)
{
    return QByteArrayLiteral("--model_type=unigram --hard_vocab_limit=false --split_digits=true"
                             " --character_coverage=0.9995 --byte_fallback=true --num_threads=1"
                             " --input_sentence_size=0 --shuffle_input_sentence=false"
                             " --pad_id=0 --unk_id=1 --bos_id=-1 --eos_id=-1"
                             " --pad_piece=[PAD] --unk_piece=[UNK] --control_symbols=[CLS],[SEP],[MASK]"
                             " --user_defined_symbols=[URL] --minloglevel=1 --vocab_size=")
        + QByteArray::number(vocabSize);
}

// What sentencepiece sees: normalized text with the URL marker glued to what precedes it, which
// spares the lone "▁" piece sentencepiece would otherwise put before every link.
QByteArray spmInput(const QString &text)
{
    QString s = Tokenizer::normalize(text);
    s.replace(QStringLiteral(" %1").arg(QLatin1String(kUrlMarker)), QLatin1String(kUrlMarker));
    return s.toUtf8();
}

const SpmLibrary *library(QString *error)
{
    const SpmLibrary &lib = SpmLibrary::instance();
    if (lib.isLoaded())
        return &lib;
    if (error)
        *error = lib.error();
    return nullptr;
}

QString takeError(const SpmLibrary &lib, char *message)
{
    const QString text = message ? QString::fromUtf8(message) : QCoreApplication::translate("Tokenizer", "unknown sentencepiece error");
    if (message)
        lib.freeString(message);
    return text;
}

}  // namespace

struct Tokenizer::Impl {
    EspmModel *model = nullptr;
    QByteArray bytes;
    int pieceCount = 0;

    ~Impl()
    {
        if (model)
            SpmLibrary::instance().freeModel(model);
    }
};

Tokenizer::Tokenizer() = default;
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer &&) noexcept = default;
Tokenizer &Tokenizer::operator=(Tokenizer &&) noexcept = default;

QString Tokenizer::normalize(const QString &text)
{
    // Patterns are thread_local: the tokenizer is used from worker threads.
    thread_local const QRegularExpression url(
        QStringLiteral("(?:https?://|www\\.|\\bt\\.co/|\\bpic\\.twitter\\.com/)\\S*"),
        QRegularExpression::CaseInsensitiveOption);
    thread_local const QRegularExpression variationSelectors(QStringLiteral("[\\x{FE0E}\\x{FE0F}]"));

    QString s = text.normalized(QString::NormalizationForm_KC);
    // Twitter's API escapes these three in tweet text.
    s.replace(QLatin1String("&amp;"), QLatin1String("&"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.remove(variationSelectors);
    // Lower case: with ~2,400 texts and a 4,000-piece vocabulary, "WELCOME"/"Welcome"/"welcome" would
    // split the statistics three ways for no gain; entailment here hangs on content, numbers and names,
    // and @handles are case-insensitive on Twitter anyway. @mentions and #hashtags stay as written.
    s = s.toLower();
    // After lowering, so the upper-case marker survives and cannot come from the text itself.
    s.replace(url, QStringLiteral(" %1 ").arg(QLatin1String(kUrlMarker)));
    return s.simplified();
}

bool Tokenizer::train(const std::vector<QString> &texts, int vocabSize, unsigned seed, QString *error)
{
    const SpmLibrary *lib = library(error);
    if (!lib)
        return false;
    if (vocabSize <= int(std::size(kSpecials)) + 1) {
        if (error)
            *error = QCoreApplication::translate("Tokenizer", "The vocabulary size must be larger than %1.").arg(int(std::size(kSpecials)) + 1);
        return false;
    }
    std::vector<QByteArray> utf8;
    const size_t taken = std::min(texts.size(), kMaxTrainingTexts);
    utf8.reserve(taken);
    for (size_t i = 0; i < taken; ++i) {  // every text, or evenly spaced ones of a large corpus
        QByteArray line = spmInput(texts[taken == texts.size() ? i : i * texts.size() / taken]);
        if (!line.isEmpty())
            utf8.push_back(std::move(line));
    }
    if (utf8.empty()) {
        if (error)
            *error = QCoreApplication::translate("Tokenizer", "There is no text to train the tokenizer on.");
        return false;
    }
    std::vector<const char *> sentences;
    sentences.reserve(utf8.size());
    for (const QByteArray &line : utf8)
        sentences.push_back(line.constData());

    char *model = nullptr;
    size_t modelSize = 0;
    char *message = nullptr;
    int status = 0;
    {
        // sentencepiece's random seed is a process-wide setting.
        static std::mutex trainMutex;
        const std::lock_guard<std::mutex> lock(trainMutex);
        status = lib->train(sentences.data(), sentences.size(), trainerOptions(vocabSize).constData(), seed,
                            &model, &modelSize, &message);
    }
    if (status != 0) {
        if (error)
            *error = QCoreApplication::translate("Tokenizer", "Training the tokenizer failed: %1").arg(takeError(*lib, message));
        return false;
    }
    const QByteArray bytes(model, qsizetype(modelSize));
    lib->freeString(model);
    return load(bytes, error);
}

bool Tokenizer::load(const QByteArray &serializedModel, QString *error)
{
    const SpmLibrary *lib = library(error);
    if (!lib)
        return false;
    if (serializedModel.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Tokenizer", "The tokenizer model is empty.");
        return false;
    }
    char *message = nullptr;
    EspmModel *model = lib->load(serializedModel.constData(), size_t(serializedModel.size()), &message);
    if (!model) {
        if (error)
            *error = QCoreApplication::translate("Tokenizer", "The tokenizer model is corrupt: %1").arg(takeError(*lib, message));
        return false;
    }
    auto impl = std::make_unique<Impl>();
    impl->model = model;
    impl->bytes = serializedModel;
    impl->pieceCount = lib->pieceCount(model);
    // By id, not by piece: sentencepiece maps unknown pieces to the unknown id, which may be 0 or 1.
    char piece[16];
    for (const SpecialPiece &special : kSpecials) {
        const int n = lib->idToPiece(model, special.id, piece, int(sizeof piece));
        if (n < 0 || qstrcmp(piece, special.piece) != 0) {
            if (error)
                *error = QCoreApplication::translate("Tokenizer", "The tokenizer model does not have %1 at id %2; it was not trained by Entail Studio.")
                             .arg(QLatin1String(special.piece))
                             .arg(int(special.id));
            return false;
        }
    }
    d = std::move(impl);
    return true;
}

QByteArray Tokenizer::serialized() const { return d ? d->bytes : QByteArray(); }

bool Tokenizer::isLoaded() const { return bool(d); }

int Tokenizer::vocabSize() const { return d ? d->pieceCount : 0; }

std::vector<int> Tokenizer::encode(const QString &text) const
{
    if (!d)
        return {};
    const QByteArray utf8 = spmInput(text);
    if (utf8.isEmpty())
        return {};
    const SpmLibrary &lib = SpmLibrary::instance();
    // Room for the usual tweet; longer texts take a second call with the exact size.
    std::vector<int> ids(size_t(utf8.size()) + 8);
    int n = lib.encode(d->model, utf8.constData(), ids.data(), int(ids.size()));
    if (n > int(ids.size())) {
        ids.resize(size_t(n));
        n = lib.encode(d->model, utf8.constData(), ids.data(), n);
    }
    ids.resize(size_t(std::max(n, 0)));
    return ids;
}

QStringList Tokenizer::pieces(const QString &text) const
{
    QStringList out;
    for (int id : encode(text))
        out << idToPiece(id);
    return out;
}

QString Tokenizer::idToPiece(int id) const
{
    if (!d)
        return {};
    const SpmLibrary &lib = SpmLibrary::instance();
    char small[64];
    const int n = lib.idToPiece(d->model, id, small, int(sizeof small));
    if (n < 0)
        return {};
    if (n < int(sizeof small))
        return QString::fromUtf8(small, n);
    QByteArray buffer(n + 1, '\0');
    lib.idToPiece(d->model, id, buffer.data(), int(buffer.size()));
    return QString::fromUtf8(buffer.constData(), n);
}

EncodedPair Tokenizer::encodePair(const QString &first, const QString &second, int maxLength) const
{
    // [CLS] a [SEP] b [SEP] needs three slots; a smaller maxLength is raised to 3.
    maxLength = std::max(maxLength, 3);
    std::vector<int> a = encode(first);
    std::vector<int> b = encode(second);
    // Longest first, one token at a time from the end; on a tie the second text gives way.
    const size_t budget = size_t(maxLength - 3);
    while (a.size() + b.size() > budget) {
        if (a.size() > b.size())
            a.pop_back();
        else
            b.pop_back();
    }
    EncodedPair out;
    out.ids.assign(size_t(maxLength), Pad);
    out.segments.assign(size_t(maxLength), 0);
    out.mask.assign(size_t(maxLength), 0);
    size_t pos = 0;
    auto put = [&](int64_t id, int64_t segment) {
        out.ids[pos] = id;
        out.segments[pos] = segment;
        out.mask[pos] = 1;
        ++pos;
    };
    put(Cls, 0);
    for (int id : a)
        put(id, 0);
    put(Sep, 0);
    for (int id : b)
        put(id, 1);
    put(Sep, 1);
    out.length = int(pos);
    return out;
}

}  // namespace entail
