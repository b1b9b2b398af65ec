// The pair table model and its filter proxy (every filter, alone and combined, and sorting), the
// "next suspect" order, the word highlighter and the settings wrapper.
#include "ui/common/appsettings.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"
#include "ui/review/wordhighlighter.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace entail;

namespace {

// One row of the fixture; `predicted` -1 means "no prediction".
struct Row {
    int original, current, predicted;
    float confidence;
    Split split;
    bool missing;
    const char *text1, *text2;
};

// Errors (labeled, predicted, different): 2, 5, 8. Corrected: 3, 5. Missing images: 3, 5.
const Row kRows[] = {
    {0, 0, 0, 0.90f, Split::Train, false, "Match E05 tonight", "Match E06 tonight"},
    {1, 1, 0, 0.80f, Split::Validation, false, "beta", "gamma"},
    {2, 1, 1, 0.70f, Split::Test, true, "the Harbor opens", "delta"},
    {2, 2, 2, 0.60f, Split::Train, false, "HARBOR FC wins", "epsilon"},
    {0, 2, 1, 0.95f, Split::Validation, true, "zeta", "eta"},
    {-1, -1, 2, 0.50f, Split::Train, false, "theta", "iota"},
    {1, 1, -1, 0.0f, Split::Test, false, "kappa", "lambda"},
    {2, 2, 0, 0.99f, Split::Validation, false, "mu", "nu"},
};

std::vector<Pair> fixturePairs()
{
    std::vector<Pair> pairs;
    int key = 1;
    for (const Row &r : kRows) {
        Pair p;
        p.key = key++;
        p.first.id = QString::number(9000 + 2 * p.key);
        p.second.id = QString::number(9001 + 2 * p.key);
        p.first.text = QString::fromUtf8(r.text1);
        p.second.text = QString::fromUtf8(r.text2);
        p.first.imageMissing = r.missing;
        p.second.imageMissing = false;
        p.originalLabel = r.original;
        p.currentLabel = r.current;
        p.split = r.split;
        pairs.push_back(p);
    }
    return pairs;
}

// The prediction gives `confidence` to `predicted` and splits the rest evenly.
Prediction makePrediction(int predicted, float confidence)
{
    Prediction p;
    for (int i = 0; i < kNumClasses; ++i)
        p.both[size_t(i)] = i == predicted ? confidence : (1.0f - confidence) / 2.0f;
    p.textOnly = p.imageOnly = p.both;
    return p;
}

void loadFixture(PairTableModel &model)
{
    model.setPairs(fixturePairs());
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    qint64 key = 1;
    for (const Row &r : kRows) {
        if (r.predicted >= 0) {
            keys.push_back(key);
            predictions.push_back(makePrediction(r.predicted, r.confidence));
        }
        ++key;
    }
    model.setPredictions(keys, predictions);
}

QList<qint64> shownKeys(const QAbstractItemModel &proxy)
{
    QList<qint64> keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys << proxy.index(r, PairTableModel::Id).data(PairTableModel::KeyRole).toLongLong();
    return keys;
}

QList<qint64> sorted(QList<qint64> keys)
{
    std::sort(keys.begin(), keys.end());
    return keys;
}

}  // namespace

class TestModelsPairs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTester()
    {
        PairTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadFixture(model);
        model.setData(model.index(0, PairTableModel::CurrentLabel), int(Implies));
        model.clearPredictions();
        model.setPairs({});
    }

    void proxyPassesTester()
    {
        PairTableModel model;
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadFixture(model);
        proxy.sort(PairTableModel::Confidence, Qt::DescendingOrder);
        proxy.setErrorsOnly(true);
        model.setData(model.index(1, PairTableModel::CurrentLabel), int(Contradictory));  // row leaves the filter
        proxy.setSearchText(QStringLiteral("harbor"));
        proxy.clearFilters();
        model.setPairs(fixturePairs());
    }

    void cells()
    {
        PairTableModel model;
        loadFixture(model);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(PairTableModel::ColumnCount));
        QCOMPARE(model.index(0, PairTableModel::Text1).data().toString(), QStringLiteral("Match E05 tonight"));
        QCOMPARE(model.index(2, PairTableModel::OriginalLabel).data().toString(), QStringLiteral("NoEntailment"));
        QCOMPARE(model.index(2, PairTableModel::CurrentLabel).data().toString(), QStringLiteral("Implies"));
        QCOMPARE(model.index(7, PairTableModel::PredictedLabel).data().toString(), QStringLiteral("Contradictory"));
        QCOMPARE(model.index(7, PairTableModel::Confidence).data().toString(), QStringLiteral("99%"));
        QCOMPARE(model.index(7, PairTableModel::Correct).data().toString(), QStringLiteral("wrong"));
        QCOMPARE(model.index(0, PairTableModel::Correct).data().toString(), QStringLiteral("right"));
        QCOMPARE(model.index(6, PairTableModel::PredictedLabel).data().toString(), QString());  // no prediction
        QCOMPARE(model.index(5, PairTableModel::Correct).data().toString(), QString());         // unlabeled
        QCOMPARE(model.index(4, PairTableModel::Flags).data().toString(), QStringLiteral("corrected, image missing"));
        QCOMPARE(model.index(3, PairTableModel::Flags).data().toString(), QString());
        QCOMPARE(model.index(4, PairTableModel::Id).data(PairTableModel::KeyRole).toLongLong(), 5);
        QCOMPARE(model.rowOfKey(5), 4);
        QCOMPARE(model.rowOfKey(99), -1);
    }

    void longTextIsCut()
    {
        PairTableModel model;
        std::vector<Pair> pairs = fixturePairs();
        pairs[0].first.text = QString(200, QLatin1Char('a')) + QStringLiteral("\nsecond line");
        model.setPairs(pairs);
        const QString cell = model.index(0, PairTableModel::Text1).data().toString();
        QVERIFY(cell.size() < 100);
        QVERIFY(!cell.contains(QLatin1Char('\n')));
        const QString tip = model.index(0, PairTableModel::Text1).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QString(200, QLatin1Char('a'))) && tip.contains(QStringLiteral("second line")));
    }

    // A megabyte in the store (another tool wrote it): the cell and the tooltip read a bounded part, the
    // pair keeps the whole text; entities are decoded for display and markup is shown, not applied.
    void hugeTextIsBoundedAndDecoded()
    {
        PairTableModel model;
        std::vector<Pair> pairs = fixturePairs();
        pairs[0].first.text = QStringLiteral("AT&amp;T says &lt;b&gt;hi&lt;/b&gt; ") + QString(1 << 20, QLatin1Char('x'));
        pairs[1].second.text = QStringLiteral("Tom &amp; Jerry&#39;s &quot;show&quot;");
        model.setPairs(pairs);
        QCOMPARE(model.pair(0).first.text, pairs[0].first.text);
        const QString cell = model.index(0, PairTableModel::Text1).data().toString();
        QVERIFY(cell.size() <= 70);
        QVERIFY2(cell.startsWith(QStringLiteral("AT&T says <b>hi</b> xxx")), qPrintable(cell));
        QVERIFY(cell.endsWith(QChar(0x2026)));
        QCOMPARE(model.index(1, PairTableModel::Text2).data().toString(), QStringLiteral("Tom & Jerry's \"show\""));
        const QString tip = model.index(0, PairTableModel::Text1).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.size() < 2000, qPrintable(QString::number(tip.size())));
        QVERIFY(tip.contains(QStringLiteral("AT&amp;T says &lt;b&gt;hi")));  // escaped once more: shown as text
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        // Sorting still sees the stored text.
        QCOMPARE(model.index(1, PairTableModel::Text2).data(PairTableModel::SortRole).toString(), pairs[1].second.text);
    }

    void setDataChangesOnlyTheCurrentLabel()
    {
        PairTableModel model;
        loadFixture(model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, PairTableModel::CurrentLabel), int(Contradictory)));
        QCOMPARE(changed.count(), 2);  // the label, then its dependents (right/wrong, flags)
        QCOMPARE(model.pair(1).currentLabel, int(Contradictory));
        QCOMPARE(model.pair(1).originalLabel, int(Implies));
        QVERIFY(model.isCorrected(1));
        QVERIFY(!model.isError(1));  // now agrees with the prediction
        QVERIFY(!model.setData(model.index(1, PairTableModel::OriginalLabel), int(Implies)));
        QVERIFY(!model.setData(model.index(1, PairTableModel::CurrentLabel), 7));
        QVERIFY(!model.setData(model.index(1, PairTableModel::CurrentLabel), QStringLiteral("x")));
        QCOMPARE(changed.count(), 2);
    }

    void filters_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("predicted");
        QTest::addColumn<int>("split");
        QTest::addColumn<bool>("errors");
        QTest::addColumn<bool>("corrected");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<qint64>>("expected");
        const int any = PairFilterProxy::kAny;
        const int val = int(Split::Validation), train = int(Split::Train), test = int(Split::Test);
        QTest::newRow("none") << any << any << any << false << false << false << QString()
                              << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("current Implies") << int(Implies) << any << any << false << false << false << QString()
                                         << QList<qint64>{2, 3, 7};
        QTest::newRow("current unlabeled") << kNoLabel << any << any << false << false << false << QString()
                                           << QList<qint64>{6};
        QTest::newRow("predicted Contradictory") << any << int(Contradictory) << any << false << false << false
                                                 << QString() << QList<qint64>{1, 2, 8};
        QTest::newRow("no prediction") << any << kNoLabel << any << false << false << false << QString()
                                       << QList<qint64>{7};
        QTest::newRow("split validation") << any << any << val << false << false << false << QString()
                                          << QList<qint64>{2, 5, 8};
        QTest::newRow("split test") << any << any << test << false << false << false << QString()
                                    << QList<qint64>{3, 7};
        QTest::newRow("errors") << any << any << any << true << false << false << QString() << QList<qint64>{2, 5, 8};
        QTest::newRow("errors in train") << any << any << train << true << false << false << QString()
                                         << QList<qint64>{};
        QTest::newRow("errors predicted Contradictory") << any << int(Contradictory) << any << true << false << false
                                                        << QString() << QList<qint64>{2, 8};
        QTest::newRow("corrected") << any << any << any << false << true << false << QString() << QList<qint64>{3, 5};
        QTest::newRow("missing images") << any << any << any << false << false << true << QString()
                                        << QList<qint64>{3, 5};
        QTest::newRow("corrected NoEntailment") << int(NoEntailment) << any << any << false << true << false
                                                << QString() << QList<qint64>{5};
        QTest::newRow("corrected errors missing validation")
            << any << any << val << true << true << true << QString() << QList<qint64>{5};
        QTest::newRow("search any case") << any << any << any << false << false << false << QStringLiteral("harbor")
                                         << QList<qint64>{3, 4};
        QTest::newRow("search second text") << any << any << any << false << false << false << QStringLiteral("E06")
                                            << QList<qint64>{1};
        QTest::newRow("search tweet id") << any << any << any << false << false << false << QStringLiteral("9013")
                                         << QList<qint64>{6};
        QTest::newRow("search pair number") << any << any << any << false << false << false << QStringLiteral("4")
                                            << QList<qint64>{4};
        QTest::newRow("search and label") << int(NoEntailment) << any << any << false << false << false
                                          << QStringLiteral("harbor") << QList<qint64>{4};
        QTest::newRow("search nothing") << any << any << any << false << false << false << QStringLiteral("zzz")
                                        << QList<qint64>{};
    }

    void filters()
    {
        QFETCH(int, current);
        QFETCH(int, predicted);
        QFETCH(int, split);
        QFETCH(bool, errors);
        QFETCH(bool, corrected);
        QFETCH(bool, missing);
        QFETCH(QString, search);
        QFETCH(QList<qint64>, expected);
        PairTableModel model;
        loadFixture(model);
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy changed(&proxy, &PairFilterProxy::filtersChanged);
        proxy.setCurrentLabelFilter(current);
        proxy.setPredictedLabelFilter(predicted);
        proxy.setSplitFilter(split);
        proxy.setErrorsOnly(errors);
        proxy.setCorrectedOnly(corrected);
        proxy.setMissingImagesOnly(missing);
        proxy.setSearchText(search);
        QCOMPARE(sorted(shownKeys(proxy)), expected);
        const int any = PairFilterProxy::kAny;
        const bool filtering = current != any || predicted != any || split != any || errors || corrected || missing
            || !search.isEmpty();
        QCOMPARE(proxy.isFiltering(), filtering);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 8);
        // Each filter set and the clearing announce themselves; clearing nothing (a project that opens) does
        // not re-filter at all.
        if (filtering)
            QVERIFY(changed.count() >= 2);
        else
            QCOMPARE(changed.count(), 0);
    }

    void showCellReplacesOtherFilters()
    {
        PairTableModel model;
        loadFixture(model);
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("harbor"));
        proxy.setCorrectedOnly(true);
        proxy.showCell(NoEntailment, Contradictory, int(Split::Validation));
        QCOMPARE(shownKeys(proxy), QList<qint64>{8});
        QVERIFY(proxy.searchText().isEmpty());
        QVERIFY(!proxy.correctedOnly());
        proxy.showCell(NoEntailment, Implies, PairFilterProxy::kAny);
        QCOMPARE(shownKeys(proxy), QList<qint64>{5});
    }

    void correctionLeavesTheErrorFilter()
    {
        PairTableModel model;
        loadFixture(model);
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setErrorsOnly(true);
        QCOMPARE(proxy.rowCount(), 3);
        model.setData(model.index(model.rowOfKey(8), PairTableModel::CurrentLabel), int(Contradictory));
        QCOMPARE(sorted(shownKeys(proxy)), (QList<qint64>{2, 5}));
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("confidence descending") << int(PairTableModel::Confidence) << int(Qt::DescendingOrder)
                                               << QList<qint64>{8, 5, 1, 2, 3, 4, 6, 7};
        QTest::newRow("id descending") << int(PairTableModel::Id) << int(Qt::DescendingOrder)
                                       << QList<qint64>{8, 7, 6, 5, 4, 3, 2, 1};
        QTest::newRow("current label") << int(PairTableModel::CurrentLabel) << int(Qt::AscendingOrder)
                                       << QList<qint64>{6, 1, 2, 3, 7, 4, 5, 8};
        QTest::newRow("predicted label") << int(PairTableModel::PredictedLabel) << int(Qt::AscendingOrder)
                                         << QList<qint64>{7, 1, 2, 8, 3, 5, 4, 6};
        QTest::newRow("text 1, case-insensitive") << int(PairTableModel::Text1) << int(Qt::AscendingOrder)
                                                  << QList<qint64>{2, 4, 7, 1, 8, 3, 6, 5};
        QTest::newRow("correct: n/a, wrong, right") << int(PairTableModel::Correct) << int(Qt::AscendingOrder)
                                                    << QList<qint64>{6, 7, 2, 5, 8, 1, 3, 4};
        QTest::newRow("flags") << int(PairTableModel::Flags) << int(Qt::AscendingOrder)
                               << QList<qint64>{1, 2, 4, 6, 7, 8, 3, 5};
        QTest::newRow("original label") << int(PairTableModel::OriginalLabel) << int(Qt::AscendingOrder)
                                        << QList<qint64>{6, 1, 5, 2, 7, 3, 4, 8};
        QTest::newRow("text 2") << int(PairTableModel::Text2) << int(Qt::AscendingOrder)
                                << QList<qint64>{3, 4, 5, 2, 6, 7, 1, 8};
        QTest::newRow("confidence ascending") << int(PairTableModel::Confidence) << int(Qt::AscendingOrder)
                                              << QList<qint64>{7, 6, 4, 3, 2, 1, 5, 8};
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<qint64>, expected);
        PairTableModel model;
        loadFixture(model);
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(shownKeys(proxy), expected);
    }

    // Texts outside ASCII fold like ASCII ones (case-insensitive, code-unit order); equal folds keep key
    // order; a new project replaces the folded texts kept from the last sort.
    void sortingFoldsUnicodeAndForgetsOldTexts()
    {
        auto pairsWith = [](const QStringList &texts) {
            std::vector<Pair> pairs;
            for (const QString &text : texts) {
                Pair p;
                p.key = qint64(pairs.size()) + 1;
                p.first.text = text;
                p.second.text = QStringLiteral("x");
                pairs.push_back(p);
            }
            return pairs;
        };
        PairTableModel model;
        model.setPairs(pairsWith({QStringLiteral("\u00c9mile"), QStringLiteral("zebra"), QStringLiteral("Z\u00dcRICH"),
                                  QStringLiteral("\u00e9MILE"), QStringLiteral("ABD"), QStringLiteral("\U0001F600 smile"),
                                  QStringLiteral("\u00e1bc")}));
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PairTableModel::Text1, Qt::AscendingOrder);
        // abd < zebra < zürich < ábc < émile (key 1) = émile (key 4) < emoji
        QCOMPARE(shownKeys(proxy), (QList<qint64>{5, 2, 3, 7, 1, 4, 6}));
        // As many pairs as before: only the reset can tell that the folded texts are stale.
        model.setPairs(pairsWith({QStringLiteral("g"), QStringLiteral("F"), QStringLiteral("e"), QStringLiteral("D"),
                                  QStringLiteral("c"), QStringLiteral("B"), QStringLiteral("a")}));
        proxy.sort(PairTableModel::Text1, Qt::AscendingOrder);
        QCOMPARE(shownKeys(proxy), (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));
    }

    void suspectsMostConfidentFirst()
    {
        PairTableModel model;
        loadFixture(model);
        const auto all = [](int) { return true; };
        QCOMPARE(SuspectFinder::count(model, all), 3);
        const int first = SuspectFinder::next(model, {}, all);
        QCOMPARE(model.pair(first).key, 8);
        const int second = SuspectFinder::next(model, SuspectFinder::positionOf(model, first), all);
        QCOMPARE(model.pair(second).key, 5);
        const int third = SuspectFinder::next(model, SuspectFinder::positionOf(model, second), all);
        QCOMPARE(model.pair(third).key, 2);
        const int wrapped = SuspectFinder::next(model, SuspectFinder::positionOf(model, third), all);
        QCOMPARE(model.pair(wrapped).key, 8);
        // Only the rows the filter shows.
        const auto notFive = [&](int row) { return model.pair(row).key != 5; };
        QCOMPARE(model.pair(SuspectFinder::next(model, SuspectFinder::positionOf(model, first), notFive)).key, 2);
        // After a correction the corrected pair's position still leads to the next one.
        model.setData(model.index(first, PairTableModel::CurrentLabel), int(Contradictory));
        QCOMPARE(model.pair(SuspectFinder::next(model, SuspectFinder::positionOf(model, first), all)).key, 5);
        model.clearPredictions();
        QCOMPARE(SuspectFinder::next(model, {}, all), -1);
    }

    void highlighter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QStringList>("differing");
        QTest::newRow("episode numbers") << QStringLiteral("Watch E05 tonight!") << QStringLiteral("Watch E06 tonight!")
                                         << QStringList{QStringLiteral("E05")};
        QTest::newRow("case-insensitive") << QStringLiteral("Harbor FC") << QStringLiteral("harbor fc")
                                          << QStringList{};
        QTest::newRow("hashtag is its own word") << QStringLiteral("#Harbor wins") << QStringLiteral("Harbor wins")
                                                 << QStringList{QStringLiteral("#Harbor")};
        QTest::newRow("punctuation ignored") << QStringLiteral("open, today.") << QStringLiteral("today: open")
                                             << QStringList{};
        QTest::newRow("empty other") << QStringLiteral("a b") << QString()
                                     << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    }

    void highlighter()
    {
        QFETCH(QString, text);
        QFETCH(QString, other);
        QFETCH(QStringList, differing);
        QCOMPARE(WordHighlighter::differingWords(text, other), differing);
        const QString html = WordHighlighter::html(text, other);
        QCOMPARE(html.count(QStringLiteral("<span")), differing.size());
        // The text itself survives (tags removed).
        QCOMPARE(QString(html).remove(QRegularExpression(QStringLiteral("<[^>]*>"))), text.toHtmlEscaped());
    }

    void highlighterEscapesHtml()
    {
        const QString html = WordHighlighter::html(QStringLiteral("a <b>x</b>\nnext"), QStringLiteral("a b next"));
        QVERIFY(html.contains(QStringLiteral("&lt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(html.contains(QStringLiteral("<br/>")));
    }

    void settings()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings s(&qs);
        for (int i = 0; i < AppSettings::kMaxRecentProjects + 3; ++i)
            s.addRecentProject(dir.filePath(QStringLiteral("p%1.entail").arg(i)));
        s.addRecentProject(dir.filePath(QStringLiteral("p5.entail")));
        const QStringList recent = s.recentProjects();
        QCOMPARE(recent.size(), AppSettings::kMaxRecentProjects);
        QCOMPARE(recent.first(), dir.filePath(QStringLiteral("p5.entail")));
        QCOMPARE(recent.count(dir.filePath(QStringLiteral("p5.entail"))), 1);
        QCOMPARE(recent.at(1), dir.filePath(QStringLiteral("p%1.entail").arg(AppSettings::kMaxRecentProjects + 2)));
        s.removeRecentProject(dir.filePath(QStringLiteral("p5.entail")));
        QVERIFY(!s.recentProjects().contains(dir.filePath(QStringLiteral("p5.entail"))));
        QVERIFY(!s.annotator().isEmpty());
        s.setAnnotator(QStringLiteral("  Ada "));
        QCOMPARE(s.annotator(), QStringLiteral("Ada"));
        s.setSplitterState(QStringLiteral("main"), QByteArray("xyz"));
        QCOMPARE(s.splitterState(QStringLiteral("main")), QByteArray("xyz"));
        QCOMPARE(s.splitterState(QStringLiteral("other")), QByteArray());
        s.clearRecentProjects();
        QVERIFY(s.recentProjects().isEmpty());
    }

    // The key names of earlier releases: users keep their choices after an update.
    void settingsKeepTheirKeys()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        qs.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        qs.setValue(QStringLiteral("ui/firstRunGuideDismissed"), true);
        qs.setValue(QStringLiteral("annotator/name"), QStringLiteral("Grace"));
        qs.setValue(QStringLiteral("folders/csv"), QStringLiteral("/data/csv"));
        qs.setValue(QStringLiteral("recent/projects"), QStringList{QStringLiteral("/p/a.entail")});
        qs.setValue(QStringLiteral("window/geometry"), QByteArray("geo"));
        qs.setValue(QStringLiteral("headers/pairs"), QByteArray("hdr"));
        AppSettings s(&qs);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QVERIFY(s.firstRunGuideDismissed());
        QCOMPARE(s.annotator(), QStringLiteral("Grace"));
        QCOMPARE(s.lastFolder(QStringLiteral("csv")), QStringLiteral("/data/csv"));
        QCOMPARE(s.recentProjects(), QStringList{QStringLiteral("/p/a.entail")});
        QCOMPARE(s.windowGeometry(), QByteArray("geo"));
        QCOMPARE(s.headerState(QStringLiteral("pairs")), QByteArray("hdr"));
        s.setLanguage(QString());
        s.setFirstRunGuideDismissed(false);
        QCOMPARE(qs.value(QStringLiteral("ui/language")).toString(), QString());
        QCOMPARE(qs.value(QStringLiteral("ui/firstRunGuideDismissed")).toBool(), false);
    }
};

QTEST_MAIN(TestModelsPairs)
#include "test_models_pairs.moc"
