// A large project's window holds its pairs without their texts (issue 15: memory grows with what is shown,
// not with every text): the session opens it so from ProjectLoader::textsHeldBelow() pairs on, and the table,
// the pair shown, a search, an order by text, the duplicate groups and an export read the texts from the
// store and give what a table holding every text gives.
#include "model/duplicates/duplicategroups.h"
#include "model/store/store.h"
#include "pgcluster.h"
#include "tablesupport.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/pairtexts.h"
#include "ui/session/projectloader.h"
#include "ui/session/projectsession.h"

#include <QApplication>
#include <QtTest>

using namespace entail;
using test::shownKeys;
using test::waitIdle;

namespace {

// Texts with what a store must give back unchanged: case and accents, emoji, lines, a leading byte order
// mark; every fifth pair repeats an earlier pair's texts (a duplicate group).
Dataset makeDataset(int n)
{
    const QStringList words{QStringLiteral("Storm"), QStringLiteral("caf\u00e9"), QStringLiteral("CAF\u00c9"),
                            QStringLiteral("closes\nearly"), QStringLiteral("\U0001F602"), QStringLiteral("vote"),
                            QStringLiteral("Z\u00fcrich"), QStringLiteral("news")};
    Dataset ds;
    ds.sourceFile = QStringLiteral("synthetic.csv");
    for (int i = 0; i < n; ++i) {
        Pair p;
        p.first.id = QString::number(100000 + i);
        p.second.id = QString::number(900000 + i);
        const int t = i % 5 == 4 ? i / 3 : i;  // a repeat of pair i / 3's texts
        p.first.text = words[t % words.size()] + QLatin1Char(' ') + words[(t / 3) % words.size()]
            + QStringLiteral(" #%1").arg(t);
        p.second.text = (t % 7 == 0 ? QStringLiteral("\uFEFF") : QString()) + words[(t / 2) % words.size()]
            + QStringLiteral(" reply %1").arg(t % 50);
        p.originalLabel = p.currentLabel = i % 4 == 3 ? kNoLabel : i % kNumClasses;
        ds.pairs.push_back(p);
    }
    return ds;
}


}  // namespace

class TestLazyTexts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("large.entail"));
        m_expected = makeDataset(600);
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(m_path, &error) && store.addPairs(m_expected, QStringLiteral("import"), &error),
                 qPrintable(error));
        m_full.setPairs(store.dataset().pairs);  // what a table holding every text shows
        ProjectLoader::setTextsHeldBelow(500);
        QSignalSpy opened(&m_session, &ProjectSession::opened);
        m_session.open(m_path);
        QVERIFY(opened.wait(20000));
    }

    void tableHoldsNoTextButShowsThem()
    {
        const PairTableModel &lazy = *m_session.pairs();
        QVERIFY(!lazy.holdsTexts());
        QVERIFY(m_full.holdsTexts());
        QCOMPARE(lazy.rowCount(), 600);
        for (int row = 0; row < lazy.rowCount(); row += 37) {
            QVERIFY(lazy.pair(row).first.text.isEmpty() && lazy.pair(row).second.text.isEmpty());
            for (int column : {int(PairTableModel::Text1), int(PairTableModel::Text2)})
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(PairTableModel::SortRole)})
                    QCOMPARE(lazy.index(row, column).data(role), m_full.index(row, column).data(role));
            const Pair shown = lazy.pairWithTexts(row);
            QCOMPARE(shown.first.text, m_expected.pairs[size_t(row)].first.text);
            QCOMPARE(shown.second.text, m_expected.pairs[size_t(row)].second.text);  // its byte order mark too
        }
    }

    // A store that gives no text (gone, unreadable) is said so in the table and the pair, not shown blank.
    void unreadableTextsAreSaidSo()
    {
        PairTableModel broken;
        bool readable = false;
        broken.setPairs(m_session.pairs()->pairs(), {[&readable, this](const std::vector<qint64> &keys) {
            return readable ? m_session.store()->texts(keys) : std::vector<ProjectStore::PairText>{};
        }, {}});
        const QString shown = broken.index(2, PairTableModel::Text1).data().toString();
        QVERIFY2(shown.contains(QLatin1String("could not be read")), qPrintable(shown));
        QVERIFY(broken.pairWithTexts(2).second.text.contains(QLatin1String("could not be read")));
        QVERIFY(!broken.textsReadable(2));  // the pair's live prediction is not asked for then
        readable = true;  // not kept as blank: read again once the store answers
        QVERIFY(broken.textsReadable(2));
        QCOMPARE(broken.pairWithTexts(2).second.text, m_expected.pairs[2].second.text);
    }

    // When the store cannot be read, a search or an order by text says so and leaves the rows as they were
    // (never "no pair matches").
    void unreadableStoreFailsSearchAndOrderVisibly()
    {
        PairTableModel broken;
        broken.setPairs(m_session.pairs()->pairs(),
                        {[](const std::vector<qint64> &) { return std::vector<ProjectStore::PairText>{}; },
                         [](const auto &, QString *error) {
                             *error = QStringLiteral("large.entail: disk gone");
                             return false;
                         }});
        PairFilterProxy proxy;
        proxy.setSourceModel(&broken);
        QSignalSpy failed(&proxy, &PairFilterProxy::failed);
        proxy.setSearchText(QStringLiteral("storm"));
        QVERIFY(waitIdle(proxy));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("disk gone")), qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(proxy.rowCount(), 600);
        const QList<qint64> before = shownKeys(proxy);
        proxy.sort(PairTableModel::Text1, Qt::AscendingOrder);
        QVERIFY(waitIdle(proxy));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(shownKeys(proxy), before);
    }

    // The window's reader opens the project again by its path: a project moved away is an error that names
    // it, which the search, the order and the duplicate groups report (never "no match", "no duplicate").
    void projectMovedAwayIsAnError()
    {
        const QString moved = m_path + QStringLiteral(".moved");
        QVERIFY(QFile::rename(m_path, moved));
        std::shared_ptr<const PairTexts> all = PairTexts::of(*m_session.pairs());
        QString error;
        int visited = 0;
        const bool read = all->forEach([&visited](int, const QString &, const QString &) { ++visited; }, &error);
        QVERIFY(QFile::rename(moved, m_path));
        QVERIFY(!read);
        QCOMPARE(visited, 0);
        QVERIFY2(error.contains(QLatin1String("large.entail")), qPrintable(error));
        QVERIFY(PairTexts::search(*all, QStringLiteral("storm"), &error).size() == 600);  // back: read again
    }

    void searchAndTextOrderMatchAFullTable()
    {
        PairFilterProxy lazy, full;
        lazy.setSourceModel(m_session.pairs());
        full.setSourceModel(&m_full);
        for (const QString &search : {QStringLiteral("caf\u00c9"), QStringLiteral("\U0001F602"),
                                      QStringLiteral("REPLY 7"), QStringLiteral("100042")}) {
            full.setSearchText(search);
            QVERIFY(!full.isWorking());  // small and holding its texts: in place
            lazy.setSearchText(search);
            QVERIFY(lazy.isWorking());   // no texts here: always the worker, from the store
            QVERIFY(waitIdle(lazy));
            QCOMPARE(shownKeys(lazy), shownKeys(full));
            QVERIFY2(lazy.rowCount() > 0 && lazy.rowCount() < 600, qPrintable(search));
        }
        for (int column : {int(PairTableModel::Text1), int(PairTableModel::Text2)})
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                full.sort(column, order);
                lazy.sort(column, order);
                QVERIFY(waitIdle(lazy));
                QCOMPARE(shownKeys(lazy), shownKeys(full));
            }
    }

    void duplicateGroupsMatchAFullTable()
    {
        const DuplicateGroups expected = DuplicateGroups::compute(m_expected.pairs);
        QVERIFY(expected.groupCount() > 10);
        std::shared_ptr<const PairTexts> all = PairTexts::of(*m_session.pairs());
        QVERIFY(all->read && all->first.empty());
        DuplicateGroups::Builder builder(size_t(all->size()));
        QVERIFY(all->forEach([&builder](int row, const QString &a, const QString &b) { builder.add(row, a, b); }));
        const DuplicateGroups got = builder.finish();
        QCOMPARE(got.groupCount(), expected.groupCount());
        for (int row = 0; row < 600; ++row)
            QCOMPARE(got.groupSize(row), expected.groupSize(row));
    }

    void jobsFillTheTextsFromTheStore()
    {
        std::vector<Pair> pairs = m_session.pairs()->pairs();
        QString error;
        QVERIFY2(PairTexts::fillTexts(pairs, m_session.pairs()->textSource().readAll, &error), qPrintable(error));
        for (size_t i = 0; i < pairs.size(); ++i)
            QCOMPARE(pairs[i].second.text, m_expected.pairs[i].second.text);
        // A store that cannot be read is said so, not read as no texts.
        const QString gone = m_dir.filePath(QStringLiteral("gone.entail"));
        QVERIFY(!ProjectLoader::readAllTexts(gone, [](const ProjectStore::PairText &) { return true; }, &error));
        QVERIFY2(error.contains(QLatin1String("gone.entail")), qPrintable(error));
    }

    void smallProjectsHoldTheirTexts()
    {
        ProjectLoader::setTextsHeldBelow(601);
        const LoadedProject held = ProjectLoader::open(m_path);
        QVERIFY(held.ok() && !held.textsInStore);
        QCOMPARE(held.dataset.pairs[5].first.text, m_expected.pairs[5].first.text);
        ProjectLoader::setTextsHeldBelow(600);
        const LoadedProject lazy = ProjectLoader::open(m_path);
        QVERIFY(lazy.ok() && lazy.textsInStore);
        QVERIFY(lazy.dataset.pairs[5].first.text.isEmpty());
        QCOMPARE(lazy.dataset.pairs[5].first.id, m_expected.pairs[5].first.id);
        QCOMPARE(lazy.dataset.pairs[5].currentLabel, m_expected.pairs[5].currentLabel);
    }

    // The same on a PostgreSQL server (a throw-away cluster): the texts by key and page by page through Qt.
    void serverProjectReadsTheSame()
    {
        if (const QString why = test::PgCluster::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        test::PgCluster pg;
        QVERIFY2(pg.start(), qPrintable(pg.error()));
        const QString url = pg.projectUrl(pg.superuser(), QStringLiteral("large"));
        QString error;
        {
            ProjectStore owner;
            Dataset copy = m_expected;
            QVERIFY2(owner.create(url, &error) && owner.addPairs(copy, QStringLiteral("import"), &error),
                     qPrintable(error));
        }
        ProjectLoader::setTextsHeldBelow(500);
        LoadedProject loaded = ProjectLoader::open(url);
        QVERIFY2(loaded.ok() && loaded.textsInStore, qPrintable(loaded.error));
        QVERIFY(loaded.dataset.pairs[3].second.text.isEmpty());
        ProjectStore store;
        QVERIFY2(store.open(url, &error), qPrintable(error));
        PairTableModel lazy;
        lazy.setPairs(std::move(loaded.dataset.pairs), ProjectLoader::textSource(url, [&store] { return &store; }));
        for (int row = 0; row < lazy.rowCount(); row += 41)
            QCOMPARE(lazy.index(row, PairTableModel::Text2).data(PairTableModel::SortRole),
                     m_full.index(row, PairTableModel::Text2).data(PairTableModel::SortRole));
        PairFilterProxy lazyProxy, fullProxy;
        lazyProxy.setSourceModel(&lazy);
        fullProxy.setSourceModel(&m_full);
        fullProxy.setSearchText(QStringLiteral("Z\u00dcRICH"));
        lazyProxy.setSearchText(QStringLiteral("Z\u00dcRICH"));
        QVERIFY(waitIdle(lazyProxy));
        QCOMPARE(shownKeys(lazyProxy), shownKeys(fullProxy));
        QVERIFY(lazyProxy.rowCount() > 0);
        std::vector<Pair> pairs = lazy.pairs();
        QVERIFY2(PairTexts::fillTexts(pairs, lazy.textSource().readAll, &error), qPrintable(error));
        for (size_t i = 0; i < pairs.size(); ++i)
            QCOMPARE(pairs[i].first.text, m_expected.pairs[i].first.text);
        store.close();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Dataset m_expected;
    PairTableModel m_full;
    ProjectSession m_session;
};

QTEST_MAIN(TestLazyTexts)
#include "test_lazytexts.moc"
