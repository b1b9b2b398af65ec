#include "model/labelissues/pairfeaturizer.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace entail {
namespace {

// FNV-1a: stable across platforms and runs (qHash is seeded per process).
quint32 hashOf(char prefix, const QStringView text)
{
    quint32 h = 2166136261u;
    const auto mix = [&h](quint32 byte) {
        h ^= byte;
        h *= 16777619u;
    };
    mix(quint8(prefix));
    for (const QChar c : text) {
        mix(c.unicode() & 0xff);
        mix(c.unicode() >> 8);
    }
    return h & (PairFeaturizer::kDimensions - 1);
}

QString normalised(const QString &text)
{
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    QString t = text.toLower();
    t.replace(url, QStringLiteral(" "));
    return QLatin1Char(' ') + t.simplified() + QLatin1Char(' ');
}

double jaccard(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0.0;
    return double(QSet<QString>(a).intersect(b).size()) / double(QSet<QString>(a).unite(b).size());
}

double keyJaccard(const std::unordered_map<quint32, float> &a, const std::unordered_map<quint32, float> &b)
{
    int shared = 0;
    for (const auto &[k, v] : a)
        shared += b.count(k) ? 1 : 0;
    const size_t all = a.size() + b.size() - size_t(shared);
    return all ? double(shared) / double(all) : 0.0;
}

}  // namespace

QStringList PairFeaturizer::words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[#@]?[\\w']+"));
    QStringList out;
    const QString t = normalised(text);
    for (auto it = word.globalMatch(t); it.hasNext();)
        out << it.next().captured();
    return out;
}

PairFeaturizer::Counts PairFeaturizer::wordGrams(const QStringList &words, char prefix)
{
    Counts c;
    for (int i = 0; i < words.size(); ++i) {
        c[hashOf(prefix, words[i])] += 1.f;
        if (i + 1 < words.size())
            c[hashOf(prefix, QString(words[i] + QLatin1Char(' ') + words[i + 1]))] += 1.f;
    }
    return c;
}

PairFeaturizer::Counts PairFeaturizer::charGrams(const QString &text, char prefix)
{
    Counts c;
    const QString t = normalised(text);
    for (int n = 3; n <= 5; ++n)
        for (int i = 0; i + n <= t.size(); ++i)
            c[hashOf(prefix, QStringView(t).mid(i, n))] += 1.f;
    return c;
}

void PairFeaturizer::addOverlap(const QStringList &a, const QStringList &b, const Counts &charsA,
                                const Counts &charsB, Counts *pairBlock)
{
    const QSet<QString> sa(a.begin(), a.end()), sb(b.begin(), b.end());
    for (const QString &w : sa)
        (*pairBlock)[hashOf(sb.contains(w) ? 's' : 'x', w)] += 1.f;
    for (const QString &w : sb)
        if (!sa.contains(w))
            (*pairBlock)[hashOf('x', w)] += 1.f;
    const double lengthRatio = std::log((1.0 + a.size()) / (1.0 + b.size()));
    const std::pair<const char *, double> figures[] = {
        {"jw", jaccard(sa, sb)}, {"jc", keyJaccard(charsA, charsB)}, {"lr", 0.5 + lengthRatio / 4.0}};
    for (const auto &[name, value] : figures) {
        const int bin = std::clamp(int(value * 10.0), 0, 9);
        // Neighbouring bins share weight so that close values score alike.
        (*pairBlock)[hashOf('o', QString::fromLatin1(name) + QString::number(bin))] += 3.f;
        (*pairBlock)[hashOf('o', QString::fromLatin1(name) + QString::number(bin + 1))] += 1.f;
    }
}

void PairFeaturizer::fit(const std::vector<Pair> &pairs)
{
    m_documentFrequency.clear();
    m_documents = 0;
    for (const Pair &p : pairs)
        for (const Tweet *t : {&p.first, &p.second}) {
            const QStringList w = words(t->text);
            Counts all = wordGrams(w, 'w');
            for (const auto &[k, v] : charGrams(t->text, 'c'))
                all[k] = v;
            for (const auto &[k, v] : all)
                ++m_documentFrequency[k];
            ++m_documents;
        }
}

// Cosine of the two texts' tf-idf vectors of one kind of n-gram.
double PairFeaturizer::cosine(const Counts &x, const Counts &y) const
{
    double dot = 0, nx = 0, ny = 0;
    for (const auto &[k, v] : x) {
        const double w = (1.0 + std::log(v)) * idf(k);
        nx += w * w;
        const auto it = y.find(k);
        if (it != y.end())
            dot += w * (1.0 + std::log(it->second)) * idf(k);
    }
    for (const auto &[k, v] : y) {
        const double w = (1.0 + std::log(v)) * idf(k);
        ny += w * w;
    }
    return nx > 0 && ny > 0 ? dot / std::sqrt(nx * ny) : 0.0;
}

float PairFeaturizer::idf(quint32 hash) const
{
    const auto it = m_documentFrequency.find(hash);
    const int df = it == m_documentFrequency.end() ? 0 : it->second;
    return float(std::log((1.0 + m_documents) / (1.0 + df)) + 1.0);
}

void PairFeaturizer::addBlock(Counts &block, SparseVector *out, float weight) const
{
    double norm = 0.0;
    for (auto &[k, v] : block) {
        v = (1.f + std::log(v)) * idf(k);  // sublinear tf
        norm += double(v) * v;
    }
    const float scale = norm > 0.0 ? weight / float(std::sqrt(norm)) : 0.f;
    for (const auto &[k, v] : block) {
        out->index.push_back(k);
        out->value.push_back(v * scale);
    }
}

SparseVector PairFeaturizer::features(const Pair &pair) const
{
    const QStringList a = words(pair.first.text), b = words(pair.second.text);
    Counts wa = wordGrams(a, 'w'), wb = wordGrams(b, 'w');
    Counts ca = charGrams(pair.first.text, 'c'), cb = charGrams(pair.second.text, 'c');
    Counts overlap;
    addOverlap(a, b, ca, cb, &overlap);
    SparseVector out;
    const std::pair<char, double> sims[] = {{'W', cosine(wa, wb)}, {'C', cosine(ca, cb)}};
    for (const auto &[name, value] : sims) {
        const int bin = std::clamp(int(value * 20.0), 0, 19);
        for (int d = -2; d <= 2; ++d)
            overlap[hashOf(name, QString::number(bin + d))] += float(3 - std::abs(d));
    }
    // Word and char blocks of both texts share one space (measured: better than a space per text on the RME
    // pairs); the slot is moved by a salt per kind of block.
    const auto side = [&out, this](Counts &block, quint32 salt) {
        const size_t from = out.index.size();
        addBlock(block, &out, 1.f);
        for (size_t i = from; i < out.index.size(); ++i)
            out.index[i] = (out.index[i] * 2654435761u + salt) & (kDimensions - 1);
    };
    side(wa, 1u);
    side(wb, 1u);
    side(ca, 3u);
    side(cb, 3u);
    for (auto &[k, v] : overlap)
        v = std::max(v, 1.f);
    addBlock(overlap, &out, 1.f);
    out.index.push_back(kDimensions - 1);  // bias
    out.value.push_back(1.f);
    return out;
}

}  // namespace entail
