#include "ui/pairs/pairtexts.h"

#include "ui/pairs/pairtablemodel.h"

#include <QHash>
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

// Texts folded into one buffer, back to back, in any order of rows: row r is chars[start[r], +length[r]).
struct Folded {
    std::vector<char16_t> chars;
    std::vector<size_t> start;
    std::vector<qsizetype> length;

    explicit Folded(size_t rows) : start(rows, 0), length(rows, 0) {}
    explicit Folded(const std::vector<QString> &texts) : Folded(texts.size())
    {
        size_t total = 0;
        for (const QString &t : texts)
            total += size_t(t.size());
        chars.reserve(total);
        for (size_t r = 0; r < texts.size(); ++r)
            add(r, texts[r]);
    }
    void add(size_t row, const QString &text)
    {
        start[row] = chars.size();
        length[row] = text.size();
        chars.resize(chars.size() + size_t(text.size()));
        foldInto(text, chars.data() + start[row]);
    }
    QStringView text(size_t row) const { return QStringView(chars.data() + start[row], length[row]); }
};

std::vector<int> rankOf(const Folded &folded, const std::vector<qint64> &keys)
{
    std::vector<int> rows(keys.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = folded.text(size_t(a)).compare(folded.text(size_t(b)));
        return c < 0 || (c == 0 && keys[size_t(a)] < keys[size_t(b)]);
    });
    std::vector<int> rank(keys.size());
    for (size_t i = 0; i < rows.size(); ++i)
        rank[size_t(rows[i])] = int(i);
    return rank;
}

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
    if (!pairs.holdsTexts()) {
        texts->keys = pairs.keysOfRows();
        texts->read = pairs.textSource().readAll;
        return texts;
    }
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

bool PairTexts::forEach(const std::function<void(int row, const QString &first, const QString &second)> &visit,
                        QString *error) const
{
    if (!read) {
        for (size_t r = 0; r < keys.size(); ++r)
            visit(int(r), first[r], second[r]);
        return true;
    }
    // The store gives the texts by key; the rows are in import order, which is the keys' order unless pairs
    // were added to the project in between.
    const bool ascending = std::is_sorted(keys.begin(), keys.end());
    QHash<qint64, int> rowOfKey;
    if (!ascending)
        for (size_t r = 0; r < keys.size(); ++r)
            rowOfKey.insert(keys[r], int(r));
    return read([&](const ProjectStore::PairText &t) {
        int row = -1;
        if (ascending) {
            const auto it = std::lower_bound(keys.begin(), keys.end(), t.key);
            row = it != keys.end() && *it == t.key ? int(it - keys.begin()) : -1;
        } else {
            row = rowOfKey.value(t.key, -1);
        }
        if (row >= 0)
            visit(row, t.first, t.second);
        return true;
    }, error);
}

bool PairTexts::fillTexts(std::vector<Pair> &pairs, const Reader &read, QString *error)
{
    QHash<qint64, size_t> indexOfKey;
    indexOfKey.reserve(qsizetype(pairs.size()));
    for (size_t i = 0; i < pairs.size(); ++i)
        indexOfKey.insert(pairs[i].key, i);
    return read([&](const ProjectStore::PairText &t) {
        if (const auto it = indexOfKey.constFind(t.key); it != indexOfKey.cend()) {
            pairs[*it].first.text = t.first;
            pairs[*it].second.text = t.second;
        }
        return true;
    }, error);
}

std::vector<uint8_t> PairTexts::search(const PairTexts &texts, const QString &needle, QString *error)
{
    const QString want = folded(needle);
    std::vector<uint8_t> found(size_t(texts.size()), 0);
    // Folded a text at a time: the buffers of Folded would double the texts' memory for one search.
    QString buffer;
    const bool read = texts.forEach([&](int row, const QString &first, const QString &second) {
        found[size_t(row)] = contains(first, want, buffer) || contains(second, want, buffer);
    }, error);
    return read ? found : std::vector<uint8_t>{};
}

std::vector<int> PairTexts::rankBy(const PairTexts &texts, int tweet, QString *error)
{
    if (!texts.read)
        return rank(tweet == 0 ? texts.first : texts.second, texts.keys);
    Folded folded(texts.keys.size());  // only the folded texts of that tweet are held meanwhile
    if (!texts.forEach([&](int row, const QString &first, const QString &second) {
            folded.add(size_t(row), tweet == 0 ? first : second);
        }, error))
        return {};
    return rankOf(folded, texts.keys);
}

bool PairTexts::matches(const QString &first, const QString &second, const QString &needle)
{
    const QString want = folded(needle);
    QString buffer;
    return contains(first, want, buffer) || contains(second, want, buffer);
}

std::vector<int> PairTexts::rank(const std::vector<QString> &texts, const std::vector<qint64> &keys)
{
    return rankOf(Folded(texts), keys);
}

}  // namespace entail
