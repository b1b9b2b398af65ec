#include "model/team/agreement.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace entail {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool valid(int label, int categories) { return label >= 0 && label < categories; }

int unitTotal(const std::vector<int> &row)
{
    int n = 0;
    for (int c : row)
        n += c;
    return n;
}

// The last label of each annotator per pair (a later label replaces an earlier one).
std::map<qint64, std::map<QString, int>> byPair(const std::vector<AnnotatorLabel> &labels, int categories)
{
    std::map<qint64, std::map<QString, int>> out;
    for (const AnnotatorLabel &l : labels) {
        if (valid(l.label, categories))
            out[l.pairKey][l.annotator] = l.label;
        else if (const auto it = out.find(l.pairKey); it != out.end())
            it->second.erase(l.annotator);  // the annotator took their label back
    }
    return out;
}

}  // namespace

double Agreement::cohenKappa(const std::vector<int> &a, const std::vector<int> &b, int categories)
{
    std::vector<double> ma(categories, 0.0), mb(categories, 0.0);
    double agree = 0.0, n = 0.0;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (!valid(a[i], categories) || !valid(b[i], categories))
            continue;
        ma[a[i]] += 1.0;
        mb[b[i]] += 1.0;
        agree += a[i] == b[i] ? 1.0 : 0.0;
        n += 1.0;
    }
    if (n == 0.0)
        return kNaN;
    double expected = 0.0;
    for (int c = 0; c < categories; ++c)
        expected += (ma[c] / n) * (mb[c] / n);
    if (expected >= 1.0 - 1e-12)
        return kNaN;
    return (agree / n - expected) / (1.0 - expected);
}

double Agreement::fleissKappa(const UnitCounts &counts)
{
    if (counts.empty())
        return kNaN;
    const size_t k = counts.front().size();
    std::vector<double> total(k, 0.0);
    double sumP = 0.0, assignments = 0.0;
    int units = 0;
    for (const std::vector<int> &row : counts) {
        const int n = unitTotal(row);
        if (n < 2)
            continue;
        double same = 0.0;
        for (size_t c = 0; c < k; ++c) {
            same += double(row[c]) * (row[c] - 1);
            total[c] += row[c];
        }
        sumP += same / (double(n) * (n - 1));
        assignments += n;
        ++units;
    }
    if (units == 0)
        return kNaN;
    double expected = 0.0;
    for (double t : total)
        expected += (t / assignments) * (t / assignments);
    if (expected >= 1.0 - 1e-12)
        return kNaN;
    return (sumP / units - expected) / (1.0 - expected);
}

double Agreement::krippendorffAlpha(const UnitCounts &counts)
{
    if (counts.empty())
        return kNaN;
    const size_t k = counts.front().size();
    // Coincidences: within a unit of m values, each ordered pair of distinct values counts 1 / (m - 1).
    std::vector<double> nc(k, 0.0);
    double disagree = 0.0;
    for (const std::vector<int> &row : counts) {
        const int m = unitTotal(row);
        if (m < 2)
            continue;
        for (size_t c = 0; c < k; ++c) {
            nc[c] += row[c];
            for (size_t d = 0; d < k; ++d) {
                if (d != c)
                    disagree += double(row[c]) * row[d] / (m - 1);
            }
        }
    }
    double n = 0.0, expected = 0.0;
    for (double v : nc)
        n += v;
    for (size_t c = 0; c < k; ++c) {
        for (size_t d = 0; d < k; ++d) {
            if (d != c)
                expected += nc[c] * nc[d];
        }
    }
    if (n < 2.0 || expected == 0.0)
        return kNaN;
    return 1.0 - (n - 1.0) * disagree / expected;
}

std::vector<double> Agreement::specificAgreement(const UnitCounts &counts)
{
    const size_t k = counts.empty() ? 0 : counts.front().size();
    std::vector<double> both(k, 0.0), involving(k, 0.0);
    for (const std::vector<int> &row : counts) {
        const int n = unitTotal(row);
        if (n < 2)
            continue;
        for (size_t c = 0; c < k; ++c) {
            both[c] += double(row[c]) * (row[c] - 1);
            involving[c] += double(row[c]) * (n - 1);
        }
    }
    std::vector<double> out(k, kNaN);
    for (size_t c = 0; c < k; ++c) {
        if (involving[c] > 0.0)
            out[c] = both[c] / involving[c];
    }
    return out;
}

std::vector<std::vector<int>> Agreement::confusion(const std::vector<AnnotatorLabel> &labels, const QString &a,
                                                   const QString &b, int categories)
{
    std::vector<std::vector<int>> m(categories, std::vector<int>(categories, 0));
    for (const auto &[key, given] : byPair(labels, categories)) {
        const auto ia = given.find(a), ib = given.find(b);
        if (ia != given.end() && ib != given.end())
            ++m[ia->second][ib->second];
    }
    return m;
}

AgreementReport Agreement::report(const std::vector<AnnotatorLabel> &labels, int categories)
{
    AgreementReport r;
    const auto pairs = byPair(labels, categories);
    UnitCounts counts;
    QHash<QString, bool> seen;
    for (const auto &[key, given] : pairs) {
        std::vector<int> row(categories, 0);
        for (const auto &[who, label] : given) {
            ++row[label];
            seen.insert(who, true);
        }
        if (given.size() >= 2)
            ++r.pairsMultiplyLabelled;
        counts.push_back(std::move(row));
    }
    r.annotators = seen.keys();
    std::sort(r.annotators.begin(), r.annotators.end());
    for (int i = 0; i < r.annotators.size(); ++i) {
        for (int j = i + 1; j < r.annotators.size(); ++j) {
            std::vector<int> a, b;
            for (const auto &[key, given] : pairs) {
                const auto ia = given.find(r.annotators[i]), ib = given.find(r.annotators[j]);
                if (ia != given.end() && ib != given.end()) {
                    a.push_back(ia->second);
                    b.push_back(ib->second);
                }
            }
            r.cohen.push_back({r.annotators[i], r.annotators[j], cohenKappa(a, b, categories), int(a.size())});
        }
    }
    r.fleissKappa = fleissKappa(counts);
    r.krippendorffAlpha = krippendorffAlpha(counts);
    r.perClass = specificAgreement(counts);
    return r;
}

}  // namespace entail
