// Near-duplicate groups (model/duplicates): normalisation, grouping (ordered pairs), conflicting labels, the
// time for 100,000 pairs (printed, not asserted) and the figures of the real data (printed).
#include "model/data/importer.h"
#include "model/duplicates/duplicategroups.h"
#include "model/duplicates/textnormalizer.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <ctime>
#include <QtTest>

using namespace entail;

namespace {
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

Pair pair(const QString &a, const QString &b, int label)
{
    Pair p;
    p.first.text = a;
    p.second.text = b;
    p.currentLabel = label;
    return p;
}
}  // namespace

class TestDuplicates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entities") << QStringLiteral("Tom &amp; Jerry &lt;3 &#39;hi&#39;") << QStringLiteral("tom & jerry <3 'hi'");
        QTest::newRow("case") << QStringLiteral("BREAKING News") << QStringLiteral("breaking news");
        QTest::newRow("folding") << QStringLiteral("STRASSE Straße") << QStringLiteral("strasse straße");
        QTest::newRow("urls") << QStringLiteral("Read this https://t.co/AbC12 now http://x.io/y and www.example.com!")
                              << QStringLiteral("read this now and");
        QTest::newRow("mentions") << QStringLiteral("@user_1 thanks @Bob2, mail a@b.com")
                                  << QStringLiteral("thanks , mail a@b.com");
        QTest::newRow("whitespace") << QStringLiteral("  one\t\ttwo\n\nthree  ") << QStringLiteral("one two three");
        QTest::newRow("only a link") << QStringLiteral("https://t.co/xyz") << QString();
        QTest::newRow("a url inside a word stays") << QStringLiteral("nohttp://x") << QStringLiteral("nohttp://x");
        QTest::newRow("lone at") << QStringLiteral("meet @ 5") << QStringLiteral("meet @ 5");
    }

    void normalize()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(text), expected);
    }

    void grouping()
    {
        const std::vector<Pair> pairs{
            pair(QStringLiteral("Storm hits city https://t.co/1"), QStringLiteral("@news City flooded"), NoEntailment),  // 0
            pair(QStringLiteral("storm  hits CITY https://t.co/2"), QStringLiteral("City flooded"), Implies),            // 1
            pair(QStringLiteral("Storm hits city"), QStringLiteral("city flooded"), kNoLabel),                         // 2
            pair(QStringLiteral("City flooded"), QStringLiteral("Storm hits city"), NoEntailment),  // 3: reversed
            pair(QStringLiteral("Other"), QStringLiteral("Tweet"), Implies),                        // 4: unique
            pair(QStringLiteral("Same &amp; same"), QStringLiteral("b"), Implies),                  // 5
            pair(QStringLiteral("same & SAME"), QStringLiteral("B"), Implies),                      // 6
        };
        const DuplicateGroups g = DuplicateGroups::compute(pairs);
        QCOMPARE(g.groupCount(), 2);
        QCOMPARE(g.groupSize(0), 3);
        QCOMPARE(g.groupOf(1), g.groupOf(0));
        QCOMPARE(g.groupOf(2), g.groupOf(0));
        QCOMPARE(g.groupOf(3), -1);  // (b, a) is another pair: entailment has a direction
        QCOMPARE(g.groupOf(4), -1);
        QCOMPARE(g.groupSize(4), 1);
        QCOMPARE(g.members(g.groupOf(5)), (std::vector<int>{5, 6}));
        QCOMPARE(g.pairsInGroups(), 5);
        // Conflicts: NoEntailment vs Implies in the first group (the unlabelled member does not count).
        QVERIFY(g.hasConflict(0, pairs) && g.hasConflict(2, pairs));
        QVERIFY(!g.hasConflict(5, pairs) && !g.hasConflict(4, pairs) && !g.hasConflict(3, pairs));
        QCOMPARE(g.conflictingGroups(pairs), 1);
        std::vector<Pair> agreed = pairs;
        agreed[1].currentLabel = NoEntailment;
        QCOMPARE(g.conflictingGroups(agreed), 0);
    }

    void hundredThousandPairs()
    {
        std::vector<Pair> pairs;
        pairs.reserve(100000);
        for (int i = 0; i < 100000; ++i)  // a tenth of them repeat another pair's texts with another link
            pairs.push_back(pair(QStringLiteral("Tweet number %1 about &amp; things https://t.co/%2 @someone")
                                     .arg(i % 90000).arg(i),
                                 QStringLiteral("The other tweet, %1, says something longer than that").arg(i % 90000),
                                 i % kNumClasses));
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        const DuplicateGroups g = DuplicateGroups::compute(pairs);
        const qint64 ms = timer.elapsed();
        const double cpuMs = threadCpuMs() - cpu;
        QCOMPARE(g.groupCount(), 10000);
        QCOMPARE(g.pairsInGroups(), 20000);
        // Wall time depends on the machine's load; the thread's CPU time is what the grouping costs.
        qInfo("grouping 100,000 pairs: %lld ms wall, %.0f ms CPU (%d groups, %d with conflicting labels)", ms, cpuMs,
              g.groupCount(), g.conflictingGroups(pairs));
    }

    void realData()
    {
        if (!test::sharedDataAvailable())
            QSKIP("the real data (../shared/data/rme) is absent");
        Dataset ds;
        InputError error;
        QVERIFY(Importer::importCsv(test::sharedDataDir() + QStringLiteral("/train_df.csv"), {}, &ds, &error));
        QElapsedTimer timer;
        timer.start();
        const DuplicateGroups g = DuplicateGroups::compute(ds.pairs);
        const qint64 ms = timer.elapsed();
        // The reversed direction, for the figures only: how many more pairs would group if (a,b) met (b,a).
        std::vector<Pair> swapped = ds.pairs;
        for (Pair &p : swapped)
            std::swap(p.first, p.second);
        std::vector<Pair> both = ds.pairs;
        both.insert(both.end(), swapped.begin(), swapped.end());
        const DuplicateGroups undirected = DuplicateGroups::compute(both);
        qInfo("train_df.csv: %d pairs, %d duplicate groups holding %d pairs, %d groups with conflicting labels, "
              "largest %d, %lld ms; with (a,b) = (b,a): %d pairs in groups",
              int(ds.pairs.size()), g.groupCount(), g.pairsInGroups(), g.conflictingGroups(ds.pairs),
              [&] { int m = 0; for (int i = 0; i < g.groupCount(); ++i) m = std::max(m, int(g.members(i).size())); return m; }(),
              ms, undirected.pairsInGroups() / 2);
        QVERIFY(g.groupCount() > 0);
        // Pairs whose reversed texts are another pair, and how often the two directions' labels differ.
        QHash<QString, int> labelOf;
        auto key = [](const QString &a, const QString &b) {
            return TextNormalizer::normalize(a) + QChar(0x1f) + TextNormalizer::normalize(b);
        };
        for (const Pair &p : ds.pairs)
            labelOf.insert(key(p.first.text, p.second.text), p.currentLabel);
        int reversed = 0, differ = 0;
        for (const Pair &p : ds.pairs)
            if (const auto it = labelOf.constFind(key(p.second.text, p.first.text)); it != labelOf.cend()) {
                ++reversed;
                differ += *it != p.currentLabel ? 1 : 0;
            }
        qInfo("train_df.csv: %d pairs have their reversed texts as another pair; %d of them with another label",
              reversed, differ);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "test_duplicates.moc"
