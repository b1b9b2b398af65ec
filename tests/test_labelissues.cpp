// Label issues: confident-learning maths against hand-computed cases, stratified seeded folds, out-of-fold
// scores finding a planted error, the stored result and its staleness, and `entail label-issues`.
#include "model/labelissues/confidentlearning.h"
#include "model/labelissues/labelissuefinder.h"
#include "model/labelissues/labelissuestore.h"
#include "model/labelissues/outoffold.h"
#include "model/store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace entail;

namespace {

const char *const kWords[kNumClasses] = {"storm flood warning", "vaccine doses record", "election vote count"};
const char *const kNames[kNumClasses] = {"Contradictory", "Implies", "NoEntailment"};

// 10 pairs per class, each class with its own words; pair `flipped` (if >= 0) gets the next class's label.
std::vector<Pair> separablePairs(int flipped = -1)
{
    std::vector<Pair> pairs;
    for (int i = 0; i < 30; ++i) {
        Pair p;
        const int c = i % kNumClasses;
        p.key = i + 1;
        p.first.id = QString::number(2 * i + 1);
        p.second.id = QString::number(2 * i + 2);
        p.first.text = QStringLiteral("%1 news %2").arg(QLatin1String(kWords[c])).arg(i);
        p.second.text = QStringLiteral("report on %1 today").arg(QLatin1String(kWords[c]));
        p.currentLabel = p.originalLabel = i == flipped ? (c + 1) % kNumClasses : c;
        pairs.push_back(p);
    }
    return pairs;
}

QByteArray csvOf(const std::vector<Pair> &pairs)
{
    QByteArray csv = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";
    for (const Pair &p : pairs)
        csv += QStringLiteral("%1,%2,,%3,%4,,%5\n")
                   .arg(p.first.id, p.first.text, p.second.id, p.second.text,
                        QLatin1String(kNames[p.currentLabel]))
                   .toUtf8();
    return csv;
}

const std::vector<int> kHandLabels = {0, 0, 1, 1, 2, 2};
const std::vector<Probs> kHandProbs = {{0.8f, 0.1f, 0.1f},  {0.35f, 0.55f, 0.1f}, {0.1f, 0.7f, 0.2f},
                                       {0.15f, 0.3f, 0.55f}, {0.1f, 0.1f, 0.8f},  {0.65f, 0.15f, 0.2f}};

}  // namespace

class TestLabelIssues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thresholdsAreMeanSelfProbability()
    {
        const ClassVector t = ConfidentLearning::thresholds(kHandLabels, kHandProbs);
        QVERIFY(qAbs(t[0] - 0.575) < 1e-6);
        QVERIFY(qAbs(t[1] - 0.5) < 1e-6);
        QVERIFY(qAbs(t[2] - 0.5) < 1e-6);
    }

    void confidentJointAndPruning()
    {
        const ClassVector t = ConfidentLearning::thresholds(kHandLabels, kHandProbs);
        std::vector<int> confident;
        const ClassMatrix c = ConfidentLearning::confidentJoint(kHandLabels, kHandProbs, t, &confident);
        const ClassMatrix expected = {{{1, 1, 0}, {0, 1, 1}, {1, 0, 1}}};
        QCOMPARE(c, expected);
        QCOMPARE(confident, (std::vector<int>{0, 1, 1, 2, 2, 0}));
        const ClassMatrix noise = ConfidentLearning::calibrate(c, kHandLabels);
        QCOMPARE(noise, expected);  // every row already sums to its label's count
        std::vector<int> suggested;
        const std::vector<bool> issue = ConfidentLearning::pruneByNoiseRate(kHandLabels, kHandProbs, noise, &suggested);
        QCOMPARE(issue, (std::vector<bool>{false, true, false, true, false, true}));
        QCOMPARE(suggested, (std::vector<int>{0, 1, 1, 2, 2, 0}));
    }

    void predictedAsGivenIsNoIssue()
    {
        // Pruning picks pair 1 for (given 0, true 1), but the model still predicts its given label 0.
        const std::vector<int> labels = {0, 0, 1, 1};
        const std::vector<Probs> probs = {{0.9f, 0.05f, 0.05f}, {0.5f, 0.45f, 0.05f}, {0.1f, 0.8f, 0.1f},
                                          {0.3f, 0.6f, 0.1f}};
        const ClassMatrix noise = {{{1, 1, 0}, {0, 2, 0}, {0, 0, 0}}};
        std::vector<int> suggested;
        QCOMPARE(ConfidentLearning::pruneByNoiseRate(labels, probs, noise, &suggested), std::vector<bool>(4, false));
        QCOMPARE(suggested, (std::vector<int>{0, 0, 1, 1}));
    }

    void calibrationScalesRowsToLabelCounts()
    {
        const ClassMatrix joint = {{{1, 1, 0}, {0, 0, 0}, {0, 1, 3}}};
        const std::vector<int> labels = {0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2};
        const ClassMatrix noise = ConfidentLearning::calibrate(joint, labels);
        const ClassMatrix expected = {{{2, 2, 0}, {0, 0, 0}, {0, 2, 6}}};
        QCOMPARE(noise, expected);
    }

    void classWithNoConfidentMember()
    {
        // Class 1 is given to no pair: its threshold is unreachable, so even p1 = 0.85 is not confident.
        const std::vector<int> labels = {0, 0, 2, 2};
        const std::vector<Probs> probs = {{0.1f, 0.85f, 0.05f}, {0.9f, 0.05f, 0.05f}, {0.1f, 0.1f, 0.8f},
                                          {0.1f, 0.2f, 0.7f}};
        const ClassVector t = ConfidentLearning::thresholds(labels, probs);
        QCOMPARE(t[1], ConfidentLearning::kUnreachable);
        std::vector<int> confident;
        const ClassMatrix c = ConfidentLearning::confidentJoint(labels, probs, t, &confident);
        QCOMPARE(confident, (std::vector<int>{kNoLabel, 0, 2, kNoLabel}));
        const ClassMatrix noise = ConfidentLearning::calibrate(c, labels);
        const ClassMatrix expected = {{{2, 0, 0}, {0, 0, 0}, {0, 0, 2}}};
        QCOMPARE(noise, expected);
        std::vector<int> suggested;
        const std::vector<bool> issue = ConfidentLearning::pruneByNoiseRate(labels, probs, noise, &suggested);
        QCOMPARE(issue, std::vector<bool>(4, false));
    }

    void qualityScores()
    {
        const std::vector<double> self =
            ConfidentLearning::quality(kHandLabels, kHandProbs, QualityScore::SelfConfidence);
        QVERIFY(qAbs(self[1] - 0.35) < 1e-6);
        const std::vector<double> margin =
            ConfidentLearning::quality(kHandLabels, kHandProbs, QualityScore::NormalizedMargin);
        QVERIFY(qAbs(margin[1] - 0.4) < 1e-6);  // (0.35 - 0.55 + 1) / 2
        QVERIFY(qAbs(margin[0] - 0.85) < 1e-6);  // (0.8 - 0.1 + 1) / 2
    }

    void foldsAreStratifiedAndSeeded()
    {
        std::vector<int> labels(10, 0);
        labels.insert(labels.end(), 7, 1);
        labels.insert(labels.end(), 3, 2);
        const std::vector<int> folds = OutOfFold::assignFolds(labels, 5, 7);
        QCOMPARE(OutOfFold::assignFolds(labels, 5, 7), folds);
        QVERIFY(OutOfFold::assignFolds(labels, 5, 8) != folds);
        std::array<std::array<int, 5>, kNumClasses> count{};
        for (size_t i = 0; i < labels.size(); ++i)
            ++count[size_t(labels[i])][size_t(folds[i])];
        for (const auto &perFold : count) {
            const auto [lo, hi] = std::minmax_element(perFold.begin(), perFold.end());
            QVERIFY(*hi - *lo <= 1);
        }
        std::array<int, 5> sizes{};
        for (int f : folds)
            ++sizes[size_t(f)];
        QCOMPARE(sizes, (std::array<int, 5>{4, 4, 4, 4, 4}));
    }

    void outOfFoldFindsAPlantedError()
    {
        std::vector<Pair> pairs = separablePairs(7);
        Pair unlabeled = pairs[0];
        unlabeled.key = 99;
        unlabeled.currentLabel = kNoLabel;
        pairs.push_back(unlabeled);
        LabelIssueOptions options;
        options.seed = 3;
        LabelIssueResult a, b;
        QVERIFY(LabelIssueFinder::find(pairs, options, &a));
        QVERIFY(LabelIssueFinder::find(pairs, options, &b));
        QCOMPARE(a.ranking.size(), size_t(30));  // the unlabeled pair is not scored
        QCOMPARE(a.ranking.front().key, qint64(8));
        QVERIFY(a.ranking.front().isIssue);
        QCOMPARE(a.ranking.front().suggested, 7 % kNumClasses);
        for (size_t i = 0; i < a.ranking.size(); ++i) {
            QCOMPARE(a.ranking[i].key, b.ranking[i].key);
            QCOMPARE(a.ranking[i].probs, b.ranking[i].probs);
        }
        qInfo("out-of-fold on 30 pairs: %.2f s, %d issues", a.seconds,
              a.issuesPerLabel[0] + a.issuesPerLabel[1] + a.issuesPerLabel[2]);
    }

    void cancelledAndSortedRanking()
    {
        const std::vector<Pair> pairs = separablePairs(7);
        LabelIssueResult r;
        int calls = 0;
        QVERIFY(!LabelIssueFinder::find(pairs, LabelIssueOptions{}, &r, [&calls](int, int) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QVERIFY(r.ranking.empty());
        QVERIFY(LabelIssueFinder::find(pairs, LabelIssueOptions{}, &r));
        for (size_t i = 1; i < r.ranking.size(); ++i)
            QVERIFY(r.ranking[i - 1].quality <= r.ranking[i].quality);
        for (const PairScore &s : r.ranking)
            QCOMPARE(s.quality, double(s.probs[size_t(s.given)]));
    }

    void tooFewLabeledPairs()
    {
        std::vector<Pair> pairs = separablePairs();
        pairs.resize(4);
        LabelIssueResult r;
        QVERIFY(!LabelIssueFinder::find(pairs, LabelIssueOptions{}, &r));
    }

    void storedResultAndStaleness()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(dir.filePath(QStringLiteral("p.entail")), &error), qPrintable(error));
        Dataset ds;
        ds.pairs = separablePairs(4);
        QVERIFY2(store.addPairs(ds, QStringLiteral("t"), &error), qPrintable(error));
        LabelIssueResult none;
        QVERIFY(!LabelIssueStore::load(store, &none));
        LabelIssueResult r;
        QVERIFY(LabelIssueFinder::find(store.dataset().pairs, LabelIssueOptions{}, &r));
        QVERIFY2(LabelIssueStore::save(store, r, &error), qPrintable(error));
        LabelIssueResult back;
        QVERIFY(LabelIssueStore::load(store, &back, &error));
        QCOMPARE(back.ranking.size(), r.ranking.size());
        QCOMPARE(back.ranking.front().key, r.ranking.front().key);
        QCOMPARE(back.noiseMatrix, r.noiseMatrix);
        QCOMPARE(back.issuesPerLabel, r.issuesPerLabel);
        QVERIFY(!LabelIssueStore::isStale(back, store.dataset().pairs));
        const qint64 key = store.dataset().pairs.front().key;
        QVERIFY(store.setLabel(key, Implies, QStringLiteral("t"), QStringLiteral("human"), &error));
        QVERIFY(LabelIssueStore::isStale(back, store.dataset().pairs));
        QVERIFY(store.setMeta(QString::fromLatin1(LabelIssueStore::kMetaKey), QStringLiteral("{broken"), &error));
        QVERIFY(!LabelIssueStore::load(store, &back, &error));
        QVERIFY(error.contains(QStringLiteral("p.entail")));
    }

    void cliWritesTheRanking()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir.filePath(QStringLiteral("in.csv")), csvOf(separablePairs(7)));
        const QString ranking = dir.filePath(QStringLiteral("ranking.csv"));
        const test::CliRun run = test::runEntail(
            {QStringLiteral("label-issues"), QStringLiteral("--data"), csv, QStringLiteral("--out"), ranking});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("noise matrix")));
        QVERIFY(run.err.contains(QStringLiteral("issues per given label")));
        QFile f(ranking);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 31);
        QCOMPARE(lines[0], QByteArray("id_1,id_2,given_label,suggested_label,label_quality,is_issue,"
                                      "p_contradictory,p_implies,p_noentailment"));
        QVERIFY2(lines[1].startsWith("15,16,NoEntailment,Implies,"), lines[1].constData());
        QCOMPARE(lines[1].split(',').value(5), QByteArray("1"));
    }

    void cliHelpListsTheCommand()
    {
        const test::CliRun run = test::runEntail({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("label-issues  rank labeled pairs")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("  demo          create")), qPrintable(run.out));
    }

    void cliStoresInTheProject()
    {
        QTemporaryDir dir;
        const QString csv = test::writeFile(dir.filePath(QStringLiteral("in.csv")), csvOf(separablePairs(7)));
        const QString project = dir.filePath(QStringLiteral("p.entail"));
        QCOMPARE(test::runEntail({QStringLiteral("import"), csv, QStringLiteral("--project"), project}).code, 0);
        const test::CliRun run = test::runEntail({QStringLiteral("label-issues"), QStringLiteral("--project"), project,
                                                  QStringLiteral("--folds"), QStringLiteral("3")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("id_1,id_2,given_label")));
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        LabelIssueResult r;
        QVERIFY(LabelIssueStore::load(store, &r, &error));
        QCOMPARE(r.folds, 3);
        QCOMPARE(r.ranking.size(), size_t(30));
        QVERIFY(!LabelIssueStore::isStale(r, store.dataset().pairs));
    }

    void cliExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no input") << QStringList{} << QStringLiteral("usage:");
        QTest::newRow("both inputs") << QStringList{QStringLiteral("--data"), QStringLiteral("CSV"),
                                                    QStringLiteral("--project"), QStringLiteral("x.entail")}
                                     << QStringLiteral("usage:");
        QTest::newRow("one fold") << QStringList{QStringLiteral("--data"), QStringLiteral("CSV"),
                                                 QStringLiteral("--folds"), QStringLiteral("1")}
                                  << QStringLiteral("--folds");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--data"), QStringLiteral("CSV"),
                                                 QStringLiteral("--seed"), QStringLiteral("-3")}
                                  << QStringLiteral("--seed");
        QTest::newRow("bad line") << QStringList{QStringLiteral("--data"), QStringLiteral("BAD")}
                                  << QStringLiteral("bad.csv:5");
        QTest::newRow("too few") << QStringList{QStringLiteral("--data"), QStringLiteral("FEW")}
                                 << QStringLiteral("too few labeled pairs");
        QTest::newRow("missing") << QStringList{QStringLiteral("--data"), QStringLiteral("nothing.csv")}
                                 << QStringLiteral("nothing.csv");
    }

    void cliExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        std::vector<Pair> few = separablePairs();
        few.resize(3);
        const QString csv = test::writeFile(dir.filePath(QStringLiteral("in.csv")), csvOf(separablePairs()));
        const QString bad = test::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                                            csvOf(few) + "9,\"unterminated,,10,b,,Implies\n");
        const QString small = test::writeFile(dir.filePath(QStringLiteral("few.csv")), csvOf(few));
        arguments.replaceInStrings(QStringLiteral("CSV"), csv);
        arguments.replaceInStrings(QStringLiteral("BAD"), bad);
        arguments.replaceInStrings(QStringLiteral("FEW"), small);
        arguments.replaceInStrings(QStringLiteral("nothing.csv"), dir.filePath(QStringLiteral("nothing.csv")));
        arguments.prepend(QStringLiteral("label-issues"));
        const test::CliRun run = test::runEntail(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestLabelIssues)
#include "test_labelissues.moc"
