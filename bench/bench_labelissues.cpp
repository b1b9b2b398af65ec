// Label-issue benchmark: figures, never pass/fail. Planted noise on the RME training pairs (6% of the labels
// flipped at random to another class, several seeds): average precision and precision@k (k = flipped) of the
// label-quality ranking against the flipped pairs, the issue set's size, precision and recall, and the time.
// Then the demo project: precision and recall of the issue set against its recorded deliberate errors.
// Usage: bench_labelissues [train_df.csv] [--seeds N] [--repeats R] [--margin]
#include "model/data/demo.h"
#include "model/data/importer.h"
#include "model/labelissues/labelissuefinder.h"
#include "model/runtime/runtime.h"
#include "model/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <set>

using namespace entail;

namespace {

struct Figures {
    double averagePrecision = 0, precisionAtK = 0, flagged = 0, issuePrecision = 0, issueRecall = 0, seconds = 0;
};

// `wrong`: keys of the pairs whose label is wrong (ranking keys are pair indices for a CSV).
Figures evaluate(const LabelIssueResult &r, const std::set<qint64> &wrong)
{
    Figures f;
    int hits = 0, flaggedHits = 0, flagged = 0;
    for (size_t rank = 0; rank < r.ranking.size(); ++rank) {
        const bool isWrong = wrong.count(r.ranking[rank].key) > 0;
        if (isWrong) {
            ++hits;
            f.averagePrecision += double(hits) / double(rank + 1);
            if (rank < wrong.size())
                f.precisionAtK += 1.0;
        }
        if (r.ranking[rank].isIssue) {
            ++flagged;
            flaggedHits += isWrong ? 1 : 0;
        }
    }
    f.averagePrecision /= std::max<size_t>(1, wrong.size());
    f.precisionAtK /= std::max<size_t>(1, wrong.size());
    f.flagged = flagged;
    f.issuePrecision = flagged ? double(flaggedHits) / flagged : 0.0;
    f.issueRecall = double(flaggedHits) / std::max<size_t>(1, wrong.size());
    f.seconds = r.seconds;
    return f;
}

void plantedNoise(const QString &csv, int seeds, const LabelIssueOptions &options)
{
    Dataset ds;
    InputError error;
    if (!QFileInfo::exists(csv) || !Importer::importCsv(csv, {}, &ds, &error)) {
        std::printf("planted noise: %s not readable, skipped\n", qPrintable(csv));
        return;
    }
    Figures sum;
    for (int s = 1; s <= seeds; ++s) {
        std::vector<Pair> pairs = ds.pairs;
        std::vector<size_t> labeled;
        for (size_t i = 0; i < pairs.size(); ++i) {
            pairs[i].key = qint64(i) + 1;
            if (isValidLabel(pairs[i].currentLabel))
                labeled.push_back(i);
        }
        std::mt19937_64 rng(quint64(s) * 7919u);
        std::shuffle(labeled.begin(), labeled.end(), rng);
        const size_t k = size_t(std::lround(0.06 * double(labeled.size())));
        std::set<qint64> wrong;
        for (size_t n = 0; n < k; ++n) {
            Pair &p = pairs[labeled[n]];
            p.currentLabel = (p.currentLabel + 1 + int(rng() % 2)) % kNumClasses;
            wrong.insert(p.key);
        }
        LabelIssueResult r;
        LabelIssueFinder::find(pairs, options, &r);
        const Figures f = evaluate(r, wrong);
        std::printf("seed %d: %zu pairs, %zu flipped: AP %.3f  P@k %.3f  flagged %.0f (precision %.3f, recall %.3f)"
                    "  %.1f s\n", s, labeled.size(), k, f.averagePrecision, f.precisionAtK, f.flagged,
                    f.issuePrecision, f.issueRecall, f.seconds);
        sum.averagePrecision += f.averagePrecision / seeds;
        sum.precisionAtK += f.precisionAtK / seeds;
        sum.flagged += f.flagged / seeds;
        sum.issuePrecision += f.issuePrecision / seeds;
        sum.issueRecall += f.issueRecall / seeds;
        sum.seconds += f.seconds / seeds;
    }
    std::printf("mean over %d seeds: AP %.3f  P@k %.3f  flagged %.1f (precision %.3f, recall %.3f)  %.1f s\n", seeds,
                sum.averagePrecision, sum.precisionAtK, sum.flagged, sum.issuePrecision, sum.issueRecall,
                sum.seconds);
}

void demo(const LabelIssueOptions &options)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.entail"));
    QString error;
    DemoSummary summary;
    if (!DemoProject::generate(path, &error, &summary)) {
        std::printf("demo: %s\n", qPrintable(error));
        return;
    }
    ProjectStore store;
    store.open(path, &error);
    LabelIssueResult r;
    LabelIssueFinder::find(store.dataset().pairs, options, &r);
    std::set<qint64> wrong;
    for (const auto &[key, label] : summary.noisyLabels)
        wrong.insert(key);
    const Figures f = evaluate(r, wrong);
    std::printf("demo project: %zu labeled, %zu deliberate errors: AP %.3f  flagged %.0f (precision %.3f, "
                "recall %.3f)  %.1f s\n", r.ranking.size(), wrong.size(), f.averagePrecision, f.flagged,
                f.issuePrecision, f.issueRecall, f.seconds);
}

}  // namespace

int main(int argc, char **argv)
{
    initRuntime();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption seeds(QStringLiteral("seeds"), QStringLiteral("Noise seeds."), QStringLiteral("N"),
                                   QStringLiteral("3"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Fold rounds."), QStringLiteral("R"),
                                     QStringLiteral("3"));
    const QCommandLineOption margin(QStringLiteral("margin"), QStringLiteral("Rank by normalized margin."));
    parser.addOptions({seeds, repeats, margin});
    parser.addPositionalArgument(QStringLiteral("csv"), QStringLiteral("train_df.csv"));
    parser.process(app);
    const QString csv = parser.positionalArguments().value(
        0, QStringLiteral(ENTAIL_BENCH_DIR "/../../shared/data/rme/train_df.csv"));
    LabelIssueOptions options;
    options.repeats = parser.value(repeats).toInt();
    options.score = parser.isSet(margin) ? QualityScore::NormalizedMargin : QualityScore::SelfConfidence;
    std::printf("label issues: %d folds, %d rounds, %s\n", options.folds, options.repeats,
                parser.isSet(margin) ? "normalized margin" : "self-confidence");
    plantedNoise(csv, parser.value(seeds).toInt(), options);
    demo(options);
    return 0;
}
