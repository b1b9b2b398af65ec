// Review states in the project (ReviewStore): round trip, an append-only history, "label is right" void after a
// label change, damage checks that cover the table, and `entail export --reviews` columns.
#include "model/data/reviewexport.h"
#include "model/store/reviewstore.h"
#include "model/store/store.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace entail;

namespace {

Dataset makeDataset(int n)
{
    Dataset ds;
    for (int i = 0; i < n; ++i) {
        Pair p;
        p.first.id = QString::number(1000 + i);
        p.second.id = QString::number(2000 + i);
        p.first.text = QStringLiteral("first tweet %1").arg(i);
        p.second.text = QStringLiteral("second tweet %1").arg(i);
        p.originalLabel = p.currentLabel = i % 4 == 3 ? kNoLabel : i % kNumClasses;
        ds.pairs.push_back(p);
    }
    return ds;
}

ReviewEntry entry(qint64 key, ReviewState state, int label, const QString &comment = {})
{
    ReviewEntry e;
    e.pairKey = key;
    e.state = state;
    e.label = label;
    e.comment = comment;
    e.annotator = QStringLiteral("anna");
    return e;
}

// Runs `sql` on the project file outside the store (what another tool could do to it).
bool rawExec(const QString &path, const QString &sql, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(sql);
        if (!ok)
            *error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

}  // namespace

class TestReviews : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newProject(const QString &name, int n = 8)
    {
        const QString path = m_dir.filePath(name);
        ProjectStore store;
        QString error;
        Dataset ds = makeDataset(n);
        [&] { QVERIFY2(store.create(path, &error) && store.addPairs(ds, QStringLiteral("importer"), &error), qPrintable(error)); }();
        return path;
    }

private Q_SLOTS:
    void roundTripAndHistory()
    {
        const QString path = newProject(QStringLiteral("round.entail"));
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(ReviewStore::history(store).empty());  // no table yet: nothing, no error
        const Dataset ds = store.dataset();
        const qint64 k0 = ds.pairs[0].key, k1 = ds.pairs[1].key;
        ReviewEntry a = entry(k0, ReviewState::Skipped, ds.pairs[0].currentLabel, QStringLiteral("sarcasm? \"quoted\", comma"));
        ReviewEntry b = entry(k0, ReviewState::Unsure, ds.pairs[0].currentLabel);
        ReviewEntry c = entry(k1, ReviewState::Confirmed, ds.pairs[1].currentLabel);
        for (ReviewEntry *e : {&a, &b, &c})
            QVERIFY2(ReviewStore::append(store, *e, &error), qPrintable(error));
        QVERIFY(a.seq < b.seq && b.seq < c.seq);
        QVERIFY(!a.time.isEmpty());
        ReviewEntry ghost = entry(999999, ReviewState::Skipped, kNoLabel);
        QVERIFY(!ReviewStore::append(store, ghost, &error));
        QVERIFY2(error.contains(QStringLiteral("999999")), qPrintable(error));
        store.close();

        QVERIFY2(store.open(path, &error), qPrintable(error));  // the damage checks pass with the table
        const std::vector<ReviewEntry> all = ReviewStore::history(store);
        QCOMPARE(int(all.size()), 3);
        QCOMPARE(all[0].comment, a.comment);
        QCOMPARE(all[0].state, ReviewState::Skipped);
        QCOMPARE(all[0].annotator, QStringLiteral("anna"));
        QCOMPARE(int(ReviewStore::history(store, k0).size()), 2);  // the earlier entry is kept, not replaced
        const ReviewBook book = ReviewStore::book(store);
        QCOMPARE(book.state(k0, ds.pairs[0].currentLabel), ReviewState::Unsure);
        QCOMPARE(book.comment(k0), QString());  // the later entry's comment
        QVERIFY(book.isConfirmed(k1, ds.pairs[1].currentLabel));
        QCOMPARE(book.state(ds.pairs[2].key, ds.pairs[2].currentLabel), ReviewState::None);
    }

    void historyIsAppendOnly()
    {
        const QString path = newProject(QStringLiteral("append.entail"));
        {
            ProjectStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            ReviewEntry e = entry(store.dataset().pairs[0].key, ReviewState::Skipped, 0);
            QVERIFY2(ReviewStore::append(store, e, &error), qPrintable(error));
        }
        QString error;
        QVERIFY(!rawExec(path, QStringLiteral("UPDATE review_log SET state = 'confirmed'"), &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!rawExec(path, QStringLiteral("DELETE FROM review_log"), &error));
        ProjectStore store;
        QVERIFY(store.open(path, &error));
        QCOMPARE(ReviewStore::history(store).at(0).state, ReviewState::Skipped);
    }

    void statesHoldOnlyForTheirLabel()
    {
        const QString path = newProject(QStringLiteral("void.entail"));
        ProjectStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        const Pair p = store.dataset().pairs[0];  // labelled Contradictory
        const Pair unlabeled = store.dataset().pairs[3];
        ReviewEntry confirm = entry(p.key, ReviewState::Confirmed, p.currentLabel);
        ReviewEntry skip = entry(unlabeled.key, ReviewState::Skipped, kNoLabel);
        QVERIFY(ReviewStore::append(store, confirm, &error) && ReviewStore::append(store, skip, &error));
        QVERIFY(store.setLabel(p.key, Implies, QStringLiteral("bob"), QStringLiteral("human"), &error));
        QVERIFY(store.setLabel(unlabeled.key, Implies, QStringLiteral("bob"), QStringLiteral("human"), &error));
        const ReviewBook book = ReviewStore::book(store);
        QVERIFY(!book.isConfirmed(p.key, Implies));  // confirmed Contradictory, not Implies
        QVERIFY(book.isConfirmed(p.key, p.currentLabel));  // the label it confirmed (e.g. after an undo)
        QCOMPARE(book.state(unlabeled.key, Implies), ReviewState::None);  // labelled: no longer skipped
        QCOMPARE(book.state(unlabeled.key, kNoLabel), ReviewState::Skipped);
        QCOMPARE(int(ReviewStore::history(store).size()), 2);  // the history keeps both entries
    }

    void damageChecksCoverTheTable_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trigger dropped") << QStringLiteral("DROP TRIGGER review_log_no_delete")
                                         << QStringLiteral("review_log_no_delete");
        QTest::newRow("unknown state") << QStringLiteral("INSERT INTO review_log(pair_key, annotator, ts, state, comment,"
                                                         " label) VALUES (1, 'x', 't', 'maybe', '', 0)")
                                       << QStringLiteral("unknown state");
        QTest::newRow("label out of range") << QStringLiteral("INSERT INTO review_log(pair_key, annotator, ts, state,"
                                                              " comment, label) VALUES (1, 'x', 't', 'skipped', '', 7)")
                                            << QStringLiteral("outside -1..2");
        QTest::newRow("no such pair") << QStringLiteral("INSERT INTO review_log(pair_key, annotator, ts, state,"
                                                        " comment, label) VALUES (4242, 'x', 't', 'unsure', '', 0)")
                                      << QStringLiteral("does not exist");
    }

    void damageChecksCoverTheTable()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString path = newProject(QStringLiteral("damage-%1.entail").arg(QTest::currentDataTag()).replace(u' ', u'-'));
        QString error;
        {
            ProjectStore store;
            QVERIFY(store.open(path, &error));
            ReviewEntry e = entry(store.dataset().pairs[0].key, ReviewState::Skipped, 0);
            QVERIFY2(ReviewStore::append(store, e, &error), qPrintable(error));
        }
        QVERIFY2(rawExec(path, sql, &error), qPrintable(error));
        ProjectStore store;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(expected) && error.contains(path) && error.contains(QStringLiteral("damaged")),
                 qPrintable(error));
        const test::CliRun run = test::runEntail({QStringLiteral("project"), QStringLiteral("check"),
                                                  QStringLiteral("--project"), path});
        QCOMPARE(run.code, 2);
    }

    void exportCsvColumns()
    {
        Dataset ds = makeDataset(2);
        ds.pairs[0].key = 1;
        ds.pairs[1].key = 2;
        ReviewEntry e = entry(2, ReviewState::Confirmed, Implies, QStringLiteral("a, \"b\""));
        e.time = QStringLiteral("2026-12-02T06:00:00.000Z");
        const QByteArray csv = ReviewExport::csv({e}, ds.pairs);
        QCOMPARE(csv, QByteArray("id_1,id_2,state,comment,label,annotator,time\n"
                                 "1001,2001,confirmed,\"a, \"\"b\"\"\",Implies,anna,2026-12-02T06:00:00.000Z\n"));
    }

    void cliExportReviews()
    {
        const QString path = newProject(QStringLiteral("cli.entail"));
        {
            ProjectStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            const Pair p = store.dataset().pairs[1];
            ReviewEntry a = entry(p.key, ReviewState::Unsure, p.currentLabel, QStringLiteral("two\nlines"));
            ReviewEntry b = entry(p.key, ReviewState::None, p.currentLabel);
            QVERIFY(ReviewStore::append(store, a, &error) && ReviewStore::append(store, b, &error));
        }
        const QString labels = m_dir.filePath(QStringLiteral("labels.csv"));
        const QString reviews = m_dir.filePath(QStringLiteral("reviews.csv"));
        test::CliRun run = test::runEntail({QStringLiteral("export"), QStringLiteral("--project"), path,
                                            QStringLiteral("--out"), labels});
        QCOMPARE(run.code, 0);
        QVERIFY(!QFile::exists(reviews));  // nothing more by default
        QFile plain(labels);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QVERIFY(!plain.readAll().contains("unsure"));  // the labels file is unchanged by reviews
        run = test::runEntail({QStringLiteral("export"), QStringLiteral("--project"), path, QStringLiteral("--reviews"),
                               reviews});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile file(reviews);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("id_1,id_2,state,comment,label,annotator,time"));
        QVERIFY2(lines.at(1).startsWith("1001,2001,unsure,\"two"), lines.at(1).constData());
        QVERIFY2(lines.at(3).startsWith("1001,2001,,,Implies,anna,"), lines.at(3).constData());
        run = test::runEntail({QStringLiteral("export"), QStringLiteral("--project"), path});
        QCOMPARE(run.code, 2);  // neither --out nor --reviews
        run = test::runEntail({QStringLiteral("export"), QStringLiteral("--project"), path, QStringLiteral("--reviews"),
                               m_dir.filePath(QStringLiteral("no/such/folder/r.csv"))});
        QCOMPARE(run.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviews)
#include "test_reviews.moc"
