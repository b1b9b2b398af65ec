// Label-issue benchmark: figures, never pass/fail. Planted noise on the RME training pairs (6% of the labels
// flipped at random to another class, several seeds): average precision and precision@k (k = flipped) of the
// label-quality ranking against the flipped pairs, the issue set's size, precision and recall, and the time.
// Then the demo project: precision and recall of the issue set against its recorded deliberate errors.
// With --network the out-of-fold probability sources are compared on the same noisy labels: the linear model
// (OutOfFold), the app's network trained from scratch per fold (CrossValidation, text only, the app's default
// training settings or --epochs), and their ensemble (mean of the two); the same confident learning ranks all three.
// Usage: bench_labelissues [train_df.csv] [--seeds N] [--first-seed S] [--repeats R] [--margin]
//        [--network [--epochs E]]
#include "model/data/demo.h"
#include "model/data/importer.h"
#include "model/labelissues/labelissuefinder.h"
#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "model/training/crossvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
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

struct Noisy {
    std::vector<Pair> pairs;  // keys 1..n, some labels flipped
    std::set<qint64> wrong;
    size_t labeled = 0;
};

// 6% of the labeled pairs get one of the other two labels at random (seeded).
Noisy plantNoise(const Dataset &ds, int seed)
{
    Noisy n;
    n.pairs = ds.pairs;
    std::vector<size_t> labeled;
    for (size_t i = 0; i < n.pairs.size(); ++i) {
        n.pairs[i].key = qint64(i) + 1;
        if (isValidLabel(n.pairs[i].currentLabel))
            labeled.push_back(i);
    }
    n.labeled = labeled.size();
    std::mt19937_64 rng(quint64(seed) * 7919u);
    std::shuffle(labeled.begin(), labeled.end(), rng);
    const size_t k = size_t(std::lround(0.06 * double(labeled.size())));
    for (size_t j = 0; j < k; ++j) {
        Pair &p = n.pairs[labeled[j]];
        p.currentLabel = (p.currentLabel + 1 + int(rng() % 2)) % kNumClasses;
        n.wrong.insert(p.key);
    }
    return n;
}

// Figures averaged over seeds, per probability source.
struct Means {
    std::map<std::string, Figures> sum;
    std::map<std::string, int> seeds;
    std::vector<std::string> order;

    void add(const std::string &source, int seed, const Noisy &n, const Figures &f)
    {
        std::printf("seed %d %-9s %zu pairs, %zu flipped: AP %.3f  P@k %.3f  flagged %.0f (precision %.3f, "
                    "recall %.3f)  %.1f s\n", seed, source.c_str(), n.labeled, n.wrong.size(), f.averagePrecision,
                    f.precisionAtK, f.flagged, f.issuePrecision, f.issueRecall, f.seconds);
        std::fflush(stdout);
        if (!sum.count(source))
            order.push_back(source);
        ++seeds[source];
        Figures &m = sum[source];
        m.averagePrecision += f.averagePrecision;
        m.precisionAtK += f.precisionAtK;
        m.flagged += f.flagged;
        m.issuePrecision += f.issuePrecision;
        m.issueRecall += f.issueRecall;
        m.seconds += f.seconds;
    }

    void print() const
    {
        for (const std::string &source : order) {
            const Figures &m = sum.at(source);
            const int n = seeds.at(source);
            std::printf("mean over %d seeds %-9s AP %.3f  P@k %.3f  flagged %.1f (precision %.3f, recall %.3f)  "
                        "%.1f s\n", n, source.c_str(), m.averagePrecision / n, m.precisionAtK / n, m.flagged / n,
                        m.issuePrecision / n, m.issueRecall / n, m.seconds / n);
        }
    }
};

// Confident learning on given out-of-fold probabilities of `labeled`, timed as `seconds`.
Figures scored(const std::vector<Pair> &labeled, const std::vector<Probs> &probs, const LabelIssueOptions &options,
               const std::set<qint64> &wrong, double seconds)
{
    LabelIssueResult r;
    LabelIssueFinder::score(labeled, probs, options.score, &r);
    r.seconds = seconds;
    return evaluate(r, wrong);
}

// Linear, network and ensemble out-of-fold probabilities of the same noisy labels.
void compareSources(const Noisy &n, int seed, const LabelIssueOptions &options, const TrainConfig &config,
                    Means *means)
{
    Dataset labeled;
    for (const Pair &p : n.pairs)
        if (isValidLabel(p.currentLabel))
            labeled.pairs.push_back(p);
    QElapsedTimer timer;
    timer.start();
    std::vector<Probs> linear;
    OutOfFold::compute(labeled.pairs, options, &linear);
    const double linearSeconds = double(timer.nsecsElapsed()) / 1e9;
    means->add("linear", seed, n, scored(labeled.pairs, linear, options, n.wrong, linearSeconds));
    timer.restart();
    const CrossValidationResult cv = CrossValidation::run(labeled, config, options.folds);
    const double networkSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!cv.ok) {
        std::printf("seed %d network: %s\n", seed, qPrintable(cv.error));
        return;
    }
    std::printf("seed %d network cross-validation: accuracy %.3f  macro-F1 %.3f (pooled)\n", seed,
                cv.pooled.accuracy, cv.pooled.macroF1);
    means->add("network", seed, n, scored(labeled.pairs, cv.testProbs, options, n.wrong, networkSeconds));
    std::vector<Probs> mean(linear.size());
    for (size_t i = 0; i < mean.size(); ++i)
        for (int c = 0; c < kNumClasses; ++c)
            mean[i][size_t(c)] = 0.5f * (linear[i][size_t(c)] + cv.testProbs[i][size_t(c)]);
    means->add("ensemble", seed, n, scored(labeled.pairs, mean, options, n.wrong, linearSeconds + networkSeconds));
}

// `config` null: the app's finder (linear model) alone; else linear, network and ensemble compared.
void plantedNoise(const QString &csv, int firstSeed, int seeds, const LabelIssueOptions &options,
                  const TrainConfig *config)
{
    Dataset ds;
    InputError error;
    if (!QFileInfo::exists(csv) || !Importer::importCsv(csv, {}, &ds, &error)) {
        std::printf("planted noise: %s not readable, skipped\n", qPrintable(csv));
        return;
    }
    Means means;
    for (int s = firstSeed; s < firstSeed + seeds; ++s) {
        const Noisy n = plantNoise(ds, s);
        if (config) {
            compareSources(n, s, options, *config, &means);
            continue;
        }
        LabelIssueResult r;
        LabelIssueFinder::find(n.pairs, options, &r);
        means.add("finder", s, n, evaluate(r, n.wrong));
    }
    means.print();
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
    const QCommandLineOption network(QStringLiteral("network"),
                                     QStringLiteral("Compare linear, network per fold and ensemble."));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Network epochs (0 = app default)."),
                                    QStringLiteral("E"), QStringLiteral("0"));
    const QCommandLineOption firstSeed(QStringLiteral("first-seed"), QStringLiteral("First noise seed."),
                                       QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({seeds, firstSeed, repeats, margin, network, epochs});
    parser.addPositionalArgument(QStringLiteral("csv"), QStringLiteral("train_df.csv"));
    parser.process(app);
    const QString csv = parser.positionalArguments().value(
        0, QStringLiteral(ENTAIL_BENCH_DIR "/../../shared/data/rme/train_df.csv"));
    LabelIssueOptions options;
    options.repeats = parser.value(repeats).toInt();
    options.score = parser.isSet(margin) ? QualityScore::NormalizedMargin : QualityScore::SelfConfidence;
    std::printf("label issues: %d folds, %d rounds, %s\n", options.folds, options.repeats,
                parser.isSet(margin) ? "normalized margin" : "self-confidence");
    TrainConfig config;  // the app's defaults; RME has no images
    config.useImages = false;
    config.epochs = parser.value(epochs).toInt();
    if (parser.isSet(network))
        std::printf("network: %d epochs, seed %llu, text only\n", epochsToTrain(config),
                    static_cast<unsigned long long>(config.seed));
    plantedNoise(csv, parser.value(firstSeed).toInt(), parser.value(seeds).toInt(), options,
                 parser.isSet(network) ? &config : nullptr);
    if (!parser.isSet(network))
        demo(options);
    return 0;
}
