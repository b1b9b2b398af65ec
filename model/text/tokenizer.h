#pragma once
// Sentencepiece (unigram) tokenizer trained on the project's own texts. Sentencepiece lives in a
// dlopen()ed plugin (see model/spm/): it cannot share a process image with LibTorch as Debian ships them.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <vector>

namespace entail {

struct EncodedPair {
    std::vector<int64_t> ids;       // [CLS] a [SEP] b [SEP] [PAD]...; size == maxLength
    std::vector<int64_t> segments;  // 0 for [CLS] a [SEP], 1 for b [SEP], 0 for padding
    std::vector<int64_t> mask;      // 1 for real tokens, 0 for padding
    int length = 0;                 // number of real tokens
};

class Tokenizer final {
public:
    static constexpr int kMaxLength = 128;
    enum Special : int { Pad = 0, Unk = 1, Cls = 2, Sep = 3, MaskToken = 4 };

    Tokenizer();
    ~Tokenizer();
    Tokenizer(Tokenizer &&) noexcept;
    Tokenizer &operator=(Tokenizer &&) noexcept;

    // Tweet normalization applied before training and encoding (t.co links, @mentions, whitespace).
    static QString normalize(const QString &text);

    // Deterministic for a given corpus, vocabulary size and seed. A corpus of more than kMaxTrainingTexts
    // texts is read every n-th text, evenly over the corpus, up to that many: sentencepiece holds its whole
    // input and its suffix array in memory (200,000 tweet-length texts: over a gigabyte and 10 s), and a
    // vocabulary of a few thousand pieces is as well learned from 50,000 texts.
    static constexpr size_t kMaxTrainingTexts = 50000;
    bool train(const std::vector<QString> &texts, int vocabSize, unsigned seed, QString *error);
    bool load(const QByteArray &serializedModel, QString *error);
    QByteArray serialized() const;
    bool isLoaded() const;
    int vocabSize() const;

    std::vector<int> encode(const QString &text) const;  // normalized internally; no specials
    QStringList pieces(const QString &text) const;
    QString idToPiece(int id) const;  // empty when out of range
    // Longest-first truncation to fit maxLength.
    EncodedPair encodePair(const QString &first, const QString &second, int maxLength = kMaxLength) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace entail
