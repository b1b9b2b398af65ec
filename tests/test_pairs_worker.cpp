// The pair table's work off the GUI thread: a search and an order by a tweet's text computed by a worker give
// the same rows as in place, a newer request wins over one still computing, and rows that change meanwhile
// are searched or ordered again. Also the tweet card's text label, which measures a text once per width.
#include "ui/pairs/pairbrowser.h"
#include "tablesupport.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/wrappedtextlabel.h"

#include <QHeaderView>
#include <QTableView>
#include <QtTest>
#include <random>

using namespace entail;
using test::shownKeys;
using test::waitIdle;

namespace {

std::vector<Pair> makePairs(int n, unsigned seed)
{
    const QStringList words{QStringLiteral("Storm"), QStringLiteral("storm"), QStringLiteral("caf\u00e9"),
                            QStringLiteral("CAF\u00c9"), QStringLiteral("closes"), QStringLiteral("\U0001F602"),
                            QStringLiteral("Z\u00fcrich"), QStringLiteral("vote"), QStringLiteral("VOTE"),
                            QStringLiteral("news"), QStringLiteral("#tag"), QStringLiteral("42")};
    std::mt19937 rng(seed);
    std::vector<Pair> pairs(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        Pair &p = pairs[size_t(i)];
        p.key = i + 1;
        p.first.id = QString::number(1000 + i);
        p.second.id = QString::number(5000 + i);
        for (QString *text : {&p.first.text, &p.second.text})
            for (int w = 0; w < 4; ++w)
                *text += words[int(rng() % words.size())] + QLatin1Char(' ');
    }
    return pairs;
}


}  // namespace

class TestPairsWorker : public QObject {
    Q_OBJECT

    PairTableModel m_model;
    PairFilterProxy m_inPlace, m_worker;

private Q_SLOTS:
    void init()
    {
        m_model.setPairs(makePairs(400, 7));
        m_inPlace.setSourceModel(&m_model);
        m_worker.setSourceModel(&m_model);
        m_worker.setWorkerRows(1);  // every table counts as large
        m_inPlace.clearFilters();
        m_worker.clearFilters();
    }

    void searchMatchesInPlace_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("word, any case") << QStringLiteral("STORM");
        QTest::newRow("accented, folded") << QStringLiteral("caf\u00c9 clo");
        QTest::newRow("emoji") << QStringLiteral("\U0001F602 vote");
        QTest::newRow("a tweet id") << QStringLiteral("1007");
        QTest::newRow("a pair key") << QStringLiteral("17");
        QTest::newRow("nothing") << QStringLiteral("no such words");
    }
    void searchMatchesInPlace()
    {
        QFETCH(QString, search);
        m_inPlace.setSearchText(search);
        QVERIFY(!m_inPlace.isWorking());
        QSignalSpy working(&m_worker, &PairFilterProxy::workingChanged);
        m_worker.setSearchText(search);
        QVERIFY(m_worker.isWorking());
        QCOMPARE(m_worker.rowCount(), 400);  // the rows follow the worker's answer
        QVERIFY(waitIdle(m_worker));
        QCOMPARE(shownKeys(m_worker), shownKeys(m_inPlace));
        QVERIFY(m_worker.rowCount() < 400);
        QCOMPARE(working.count(), 2);  // on, then off
        QVERIFY(working.at(0).at(1).toString().contains(QLatin1String("400")));
    }

    void textOrderMatchesInPlace()
    {
        for (int column : {int(PairTableModel::Text1), int(PairTableModel::Text2)})
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_inPlace.sort(column, order);
                m_worker.sort(column, order);
                QVERIFY(waitIdle(m_worker));
                QCOMPARE(shownKeys(m_worker), shownKeys(m_inPlace));
                QCOMPARE(m_worker.sortColumn(), column);
            }
        QCOMPARE(m_worker.rowCount(), 400);
    }

    void newerRequestWins()
    {
        m_worker.setSearchText(QStringLiteral("storm"));
        m_worker.setSearchText(QStringLiteral("vote"));
        m_worker.sort(PairTableModel::Text1, Qt::AscendingOrder);
        m_worker.sort(PairTableModel::Id, Qt::DescendingOrder);  // in place: the text order must not land
        QVERIFY(waitIdle(m_worker));
        m_inPlace.setSearchText(QStringLiteral("vote"));
        m_inPlace.sort(PairTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(shownKeys(m_worker), shownKeys(m_inPlace));
        QCOMPARE(m_worker.searchText(), QStringLiteral("vote"));
        QCOMPARE(m_worker.sortColumn(), int(PairTableModel::Id));
    }

    void rowsChangedMeanwhile()
    {
        m_worker.setSearchText(QStringLiteral("closes"));
        m_worker.sort(PairTableModel::Text2, Qt::AscendingOrder);
        m_model.setPairs(makePairs(300, 11));  // another project, while the worker still reads the old texts
        QVERIFY(waitIdle(m_worker));
        m_inPlace.setSearchText(QStringLiteral("closes"));
        m_inPlace.sort(PairTableModel::Text2, Qt::AscendingOrder);
        QCOMPARE(shownKeys(m_worker), shownKeys(m_inPlace));
        QVERIFY(m_worker.rowCount() > 0 && m_worker.rowCount() < 300);
        // showCell clears the search it had, pending or applied.
        m_worker.setSearchText(QStringLiteral("storm"));
        m_worker.showCell(PairFilterProxy::kAny, PairFilterProxy::kAny, PairFilterProxy::kAny);
        QVERIFY(waitIdle(m_worker));
        QCOMPARE(m_worker.rowCount(), 300);
    }

    // The Pair column shows the largest pair number whole (a 1,000,000-pair project's too), after a reset.
    void pairColumnFitsTheLargestNumber()
    {
        PairTableModel pairs;
        PairFilterProxy proxy;
        proxy.setSourceModel(&pairs);
        PairBrowser browser(&pairs, &proxy);
        QHeaderView *columns = browser.findChild<QTableView *>()->horizontalHeader();
        const int narrow = columns->sectionSize(PairTableModel::Id);
        std::vector<Pair> many = makePairs(3, 1);
        many.back().key = 1000000;
        pairs.setPairs(many);
        const int wide = columns->sectionSize(PairTableModel::Id);
        QVERIFY(wide > narrow);
        QVERIFY(wide >= columns->fontMetrics().horizontalAdvance(QStringLiteral("1000000")));
        pairs.setPairs(makePairs(3, 1));
        QCOMPARE(columns->sectionSize(PairTableModel::Id), narrow);
    }

    void textLabelMeasuresOncePerWidth()
    {
        const QString html = QStringLiteral("<span style=\"font-weight:bold;\">Storm</span> closes the caf\u00e9 "
                                            "\U0001F602 ").repeated(12);
        WrappedTextLabel label;
        QLabel plain;
        plain.setWordWrap(true);
        label.setText(html);
        plain.setText(html);
        // Heights are QLabel's own, each width laid out once.
        QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
        QCOMPARE(label.layoutsMeasured(), 1);
        QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
        QCOMPARE(label.layoutsMeasured(), 1);
        QCOMPARE(label.heightForWidth(150), plain.heightForWidth(150));
        QCOMPARE(label.layoutsMeasured(), 2);
        // The hints cost at most one layout: a reading width and the text's height there; a small minimum.
        const QSize hint = label.sizeHint();
        QCOMPARE(hint.height(), plain.heightForWidth(hint.width()));
        QVERIFY(hint.height() > 3 * label.fontMetrics().lineSpacing());  // the text wraps over lines
        QCOMPARE(label.layoutsMeasured(), 3);
        const QSize minimum = label.minimumSizeHint();
        QVERIFY(minimum.width() > 0 && minimum.width() < hint.width() && minimum.height() > 0);
        QCOMPARE(label.layoutsMeasured(), 3);
        label.setText(QStringLiteral("short"));  // a new text is measured again
        plain.setText(QStringLiteral("short"));
        QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
        QCOMPARE(label.sizeHint().height(), label.fontMetrics().lineSpacing());
        QFont bigger = label.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        label.setFont(bigger);  // and so is a new font
        plain.setFont(bigger);
        QCOMPARE(label.heightForWidth(300), plain.heightForWidth(300));
        QVERIFY(label.minimumSizeHint().height() >= QFontMetrics(bigger).lineSpacing());
    }
};

QTEST_MAIN(TestPairsWorker)
#include "test_pairs_worker.moc"
