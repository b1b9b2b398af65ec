#include "ui/pairs/pairtexts.h"

#include "ui/pairs/pairtablemodel.h"

#include <QStringView>
#include <algorithm>
#include <numeric>

namespace entail {

namespace {

// Simple case folding, character by character (QString::toCaseFolded allocates a string per text and costs
// five times as much on 100,000 rows). Letters with case outside the BMP are too rare to matter here.
char16_t fold(char16_t u)
{
    if (u < 0x80)
        return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
    if (QChar::isSurrogate(u))
        return u;
    return char16_t(QChar::toCaseFolded(char32_t(u)));
}

// `text` folded into `out`, which has room for text.size() code units.
void foldInto(const QString &text, char16_t *out)
{
    const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = fold(in[i]);
}

// All texts folded into one buffer, back to back: row r is chars[offsets[r], offsets[r + 1]).
struct Folded {
    std::vector<char16_t> chars;
    std::vector<size_t> offsets;

    explicit Folded(const std::vector<QString> &texts)
    {
        size_t total = 0;
        for (const QString &t : texts)
            total += size_t(t.size());
        chars.resize(total);
        offsets.resize(texts.size() + 1);
        offsets[0] = 0;
        char16_t *out = chars.data();
        for (size_t r = 0; r < texts.size(); ++r) {
            foldInto(texts[r], out);
            out += texts[r].size();
            offsets[r + 1] = size_t(out - chars.data());
        }
    }
    QStringView text(size_t row) const
    {
        return QStringView(chars.data() + offsets[row], qsizetype(offsets[row + 1] - offsets[row]));
    }
};

QString folded(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    foldInto(text, reinterpret_cast<char16_t *>(out.data()));
    return out;
}

// Whether `text`, folded into `buffer`, contains the folded `want`.
bool contains(const QString &text, const QString &want, QString &buffer)
{
    buffer.resize(text.size());
    foldInto(text, reinterpret_cast<char16_t *>(buffer.data()));
    return QStringView(buffer).contains(want);
}

}  // namespace

std::shared_ptr<const PairTexts> PairTexts::of(const PairTableModel &pairs)
{
    auto texts = std::make_shared<PairTexts>();
    const std::vector<Pair> &all = pairs.pairs();
    texts->first.reserve(all.size());
    texts->second.reserve(all.size());
    texts->keys.reserve(all.size());
    for (const Pair &p : all) {
        texts->first.push_back(p.first.text);
        texts->second.push_back(p.second.text);
        texts->keys.push_back(p.key);
    }
    return texts;
}

std::vector<uint8_t> PairTexts::search(const PairTexts &texts, const QString &needle)
{
    const QString want = folded(needle);
    std::vector<uint8_t> found(size_t(texts.size()), 0);
    // Folded a text at a time: the buffers of Folded would double the texts' memory for one search.
    QString buffer;
    for (size_t r = 0; r < found.size(); ++r)
        found[r] = contains(texts.first[r], want, buffer) || contains(texts.second[r], want, buffer);
    return found;
}

bool PairTexts::matches(const QString &first, const QString &second, const QString &needle)
{
    const QString want = folded(needle);
    QString buffer;
    return contains(first, want, buffer) || contains(second, want, buffer);
}

std::vector<int> PairTexts::rank(const std::vector<QString> &texts, const std::vector<qint64> &keys)
{
    const Folded folded(texts);
    std::vector<int> rows(texts.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = folded.text(size_t(a)).compare(folded.text(size_t(b)));
        return c < 0 || (c == 0 && keys[size_t(a)] < keys[size_t(b)]);
    });
    std::vector<int> rank(texts.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rank[size_t(rows[i])] = int(i);
    return rank;
}

}  // namespace entail
