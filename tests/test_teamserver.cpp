// A project on a PostgreSQL server (issue 14), on a throw-away cluster: created explicitly and refused when
// absent, the same pairs and texts as a file, roles whose limits the server enforces whatever SQL a client
// sends, the current label derived by the server with the same rule as in a file, and two annotators
// labelling one pair at once both keeping their labels.
#include "model/store/store.h"
#include "model/store/storeconnection.h"
#include "model/store/storepgschema.h"
#include "model/team/consensus.h"
#include "model/team/projectlocator.h"
#include "pgcluster.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

using namespace entail;

namespace {

Dataset sampleDataset(int n)
{
    Dataset ds;
    ds.sourceFile = QStringLiteral("sample.csv");
    for (int i = 0; i < n; ++i) {
        Pair p;
        p.first.id = QString::number(1000 + i);
        p.second.id = QString::number(5000 + i);
        p.first.text = i == 0 ? QString(QChar(0xFEFF)) + QStringLiteral("starts with a BOM")
                              : QStringLiteral("tweet %1 \"quoted\"\nsecond line 🚀").arg(i);
        p.second.text = QStringLiteral("other tweet %1 ümlaut").arg(i);
        p.first.imageUrl = QStringLiteral("https://example.org/%1.jpg").arg(i);
        p.originalLabel = p.currentLabel = i % 3;
        p.split = Split(i % kNumSplits);
        ds.pairs.push_back(p);
    }
    return ds;
}

}  // namespace

class TestTeamServer : public QObject {
    Q_OBJECT

    test::PgCluster m_pg;
    QString m_skip;

    QString url(const QString &user, const QString &project = QStringLiteral("demo")) const
    {
        return m_pg.projectUrl(user, project);
    }

    // A raw connection as `user`, on the project's schema, for SQL no Entail Studio client would send.
    QSqlDatabase raw(const QString &name, const QString &user)
    {
        return m_pg.rawConnection(name, user, QStringLiteral("demo"));
    }

    void addMember(const QString &name, StorePgSchema::Role role)
    {
        StoreConnection c;
        QString error;
        const auto loc = ProjectLocator::parse(url(m_pg.superuser()), &error);
        QVERIFY2(loc && c.openServer(*loc, QString(), true, &error), qPrintable(error));
        QVERIFY2(StorePgSchema::addMember(c, QStringLiteral("postgres"), name, role, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_skip = test::PgCluster::unavailableReason();
        if (m_skip.isEmpty())
            QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void createOpenAndRefuse()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        ProjectStore store;
        QString error;
        QVERIFY(!store.open(url(m_pg.superuser()), &error));
        QVERIFY2(error.contains(QLatin1String("holds no project demo")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("entail import")), qPrintable(error));
        QVERIFY2(store.create(url(m_pg.superuser()), &error), qPrintable(error));
        Dataset ds = sampleDataset(12);
        QVERIFY2(store.addPairs(ds, QStringLiteral("importer"), &error), qPrintable(error));
        store.close();
        QVERIFY(!store.create(url(m_pg.superuser()), &error));
        QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));

        QVERIFY2(store.open(url(m_pg.superuser()), &error), qPrintable(error));
        QVERIFY(store.isServer());
        QCOMPARE(store.serverIdentity(), m_pg.superuser());
        const Dataset back = store.dataset();
        QCOMPARE(int(back.pairs.size()), 12);
        for (size_t i = 0; i < back.pairs.size(); ++i) {
            QCOMPARE(back.pairs[i].first.text, ds.pairs[i].first.text);  // the BOM, emoji and new lines kept
            QCOMPARE(back.pairs[i].second.text, ds.pairs[i].second.text);
            QCOMPARE(back.pairs[i].first.imageUrl, ds.pairs[i].first.imageUrl);
            QCOMPARE(back.pairs[i].currentLabel, ds.pairs[i].currentLabel);
            QCOMPARE(back.pairs[i].split, ds.pairs[i].split);
            QCOMPARE(back.pairs[i].key, ds.pairs[i].key);
        }
        QCOMPARE(store.pairCount(), 12);
        QCOMPARE(int(store.log().size()), 12);  // an import entry per labelled pair
        QCOMPARE(store.meta(QStringLiteral("schema_version")).toInt(), ProjectStore::kSchemaVersion);
        QVERIFY(!store.modelsDir().contains(QLatin1String("postgresql://")));
        QVERIFY(!store.backup(QDir::temp().filePath(QStringLiteral("x.entail")), &error));
        // Schema versions as in a file: a newer one is refused, naming both.
        QVERIFY(store.setMeta(QStringLiteral("schema_version"), ProjectStore::kSchemaVersion + 1, &error));
        store.close();
        QVERIFY(!store.open(url(m_pg.superuser()), &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        {
            QSqlDatabase o = raw(QStringLiteral("raw-version"), m_pg.superuser());
            QSqlQuery(o).exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                  .arg(ProjectStore::kSchemaVersion));
            o.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-version"));
        QVERIFY2(store.open(url(m_pg.superuser()), &error), qPrintable(error));
        addMember(QStringLiteral("alice"), StorePgSchema::Role::Annotator);
        addMember(QStringLiteral("bob"), StorePgSchema::Role::Annotator);
        addMember(QStringLiteral("carol"), StorePgSchema::Role::Reviewer);
    }

    void serverDerivesTheCurrentLabel()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        ProjectStore alice, bob, carol;
        QString error;
        QVERIFY2(alice.open(url(QStringLiteral("alice")), &error), qPrintable(error));
        QVERIFY2(bob.open(url(QStringLiteral("bob")), &error), qPrintable(error));
        QVERIFY2(carol.open(url(QStringLiteral("carol")), &error), qPrintable(error));
        const qint64 key = alice.dataset().pairs[2].key;  // imported as NoEntailment
        int previous = 99;
        // The name passed is ignored: the server stamps the session's role.
        QVERIFY2(alice.recordAnnotatorLabel(key, Contradictory, QStringLiteral("mallory"), &error, &previous),
                 qPrintable(error));
        QCOMPARE(previous, kNoLabel);
        QCOMPARE(bob.pair(key)->currentLabel, int(Contradictory));  // single label
        QVERIFY2(bob.recordAnnotatorLabel(key, Implies, QString(), &error), qPrintable(error));
        QCOMPARE(alice.pair(key)->currentLabel, int(Contradictory));  // disagreement: stays
        QVERIFY(!bob.adjudicate(key, Implies, QString(), &error));    // an annotator cannot adjudicate
        QVERIFY2(carol.adjudicate(key, Implies, QString(), &error), qPrintable(error));
        QCOMPARE(alice.pair(key)->currentLabel, int(Implies));
        std::vector<LogEntry> log = alice.log(key);
        QCOMPARE(log.back().annotator, QStringLiteral("carol"));
        QCOMPARE(log.back().source, QStringLiteral("human"));
        QCOMPARE(log[log.size() - 2].annotator, QStringLiteral("alice"));
        const std::vector<AnnotatorLabelRecord> labels = carol.annotatorLabels();
        QCOMPARE(int(labels.size()), 2);
        QCOMPARE(labels[0].annotator, QStringLiteral("alice"));
        QCOMPARE(carol.adjudications().front().reviewer, QStringLiteral("carol"));
        const qint64 version = alice.dataVersion();
        QVERIFY2(carol.adjudicate(key, kNoLabel, QString(), &error), qPrintable(error));
        QVERIFY(alice.dataVersion() != version);  // the window's poll sees it
        QVERIFY2(alice.withdrawAnnotatorLabel(key, QString(), &error), qPrintable(error));
        QCOMPARE(carol.pair(key)->currentLabel, int(Implies));  // bob's single label
        QVERIFY2(bob.withdrawAnnotatorLabel(key, QString(), &error), qPrintable(error));
        QCOMPARE(carol.pair(key)->currentLabel, int(NoEntailment));  // back to the imported label
    }

    void serverRefusesHandWrittenSql()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        {
            QSqlDatabase a = raw(QStringLiteral("raw-alice"), QStringLiteral("alice"));
            QVERIFY2(a.isOpen(), qPrintable(a.lastError().text()));
            QSqlQuery q(a);
            QVERIFY2(q.exec("INSERT INTO annotator_labels(pair_key, label, ts) VALUES (1, 1, 'now')"),
                     qPrintable(q.lastError().text()));
            for (const char *sql : {
                     "INSERT INTO annotator_labels(pair_key, annotator, label, ts) VALUES (2, 'bob', 1, 'now')",
                     "INSERT INTO adjudications(pair_key, label, ts) VALUES (1, 0, 'now')",
                     "UPDATE pairs SET current_label = 0",
                     "DELETE FROM pairs",
                     "INSERT INTO annotation_log(pair_key, annotator, ts, from_label, to_label, source)"
                     " VALUES (1, 'bob', 'now', 0, 1, 'human')",
                     "UPDATE annotation_log SET annotator = 'bob'",
                     "INSERT INTO review_log(pair_key, annotator, ts, state, comment, label)"
                     " VALUES (1, 'bob', 'now', 'unsure', '', 0)",
                     "SELECT entail_derive_label(1, 'bob')",
                     "UPDATE meta SET value = '9' WHERE key = 'schema_version'"})
                QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            // Another's label is not even visible to change or delete.
            QVERIFY(q.exec("UPDATE annotator_labels SET label = 0 WHERE annotator <> current_user"));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec("DELETE FROM annotator_labels WHERE annotator <> current_user"));
            QCOMPARE(q.numRowsAffected(), 0);
            a.close();
            QSqlDatabase o = raw(QStringLiteral("raw-owner"), m_pg.superuser());
            QSqlQuery w(o);
            QVERIFY(!w.exec("DELETE FROM annotation_log"));  // append-only even for the owner
            QVERIFY(w.exec("SELECT current_label FROM pairs WHERE key = 1") && w.next());
            QCOMPARE(w.value(0).toInt(), int(Implies));  // alice's hand-written label derived by the server
            o.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-alice"));
        QSqlDatabase::removeDatabase(QStringLiteral("raw-owner"));
    }

    // The server's entail_derive_label and ConsensusRule in a file give the same current labels.
    void sameRuleAsAFile()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        ProjectStore file, srv[3];
        QString error;
        QVERIFY2(file.create(dir.filePath(QStringLiteral("p.entail")), &error), qPrintable(error));
        Dataset a = sampleDataset(8), b = sampleDataset(8);
        QVERIFY(file.addPairs(a, QStringLiteral("importer"), &error));
        ProjectStore owner;
        QVERIFY2(owner.create(url(m_pg.superuser(), QStringLiteral("rule")), &error), qPrintable(error));
        QVERIFY(owner.addPairs(b, QStringLiteral("importer"), &error));
        const QStringList names{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
        StoreConnection c;
        const auto loc = ProjectLocator::parse(url(m_pg.superuser(), QStringLiteral("rule")), &error);
        QVERIFY(c.openServer(*loc, QString(), true, &error));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(StorePgSchema::addMember(c, QStringLiteral("postgres"), names[i],
                                              i == 2 ? StorePgSchema::Role::Reviewer : StorePgSchema::Role::Annotator,
                                              &error), qPrintable(error));
            QVERIFY2(srv[i].open(url(names[i], QStringLiteral("rule")), &error), qPrintable(error));
        }
        QRandomGenerator rng(14);
        for (int step = 0; step < 300; ++step) {
            const int who = int(rng.bounded(3)), pair = int(rng.bounded(8)), action = int(rng.bounded(10));
            const int label = int(rng.bounded(3));
            bool ok1 = true, ok2 = true;
            if (action < 6) {
                ok1 = file.recordAnnotatorLabel(a.pairs[pair].key, label, names[who], &error);
                ok2 = srv[who].recordAnnotatorLabel(b.pairs[pair].key, label, QString(), &error);
            } else if (action < 8) {
                ok1 = file.withdrawAnnotatorLabel(a.pairs[pair].key, names[who], &error);
                ok2 = srv[who].withdrawAnnotatorLabel(b.pairs[pair].key, QString(), &error);
            } else if (who == 2) {
                const int adj = action == 8 ? label : kNoLabel;
                ok1 = file.adjudicate(a.pairs[pair].key, adj, names[who], &error);
                ok2 = srv[who].adjudicate(b.pairs[pair].key, adj, QString(), &error);
            }
            QVERIFY2(ok1 && ok2, qPrintable(error));
            for (int p = 0; p < 8; ++p)
                QCOMPARE(srv[0].pair(b.pairs[p].key)->currentLabel, file.pair(a.pairs[p].key)->currentLabel);
        }
        QCOMPARE(srv[1].annotatorLabels().size(), file.annotatorLabels().size());
    }

    void twoAnnotatorsAtOnceBothKeepTheirLabels()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        ProjectStore alice, bob;
        QString error;
        QVERIFY(alice.open(url(QStringLiteral("alice")), &error) && bob.open(url(QStringLiteral("bob")), &error));
        const qint64 key = alice.dataset().pairs[5].key;
        // Alice's transaction holds the pair's row while Bob's label arrives: Bob waits, then both are kept.
        {
        QSqlDatabase a = raw(QStringLiteral("raw-concurrent"), QStringLiteral("alice"));
        QSqlQuery q(a);
        QVERIFY(a.transaction());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO annotator_labels(pair_key, label, ts) VALUES (%1, 0, 'now')"
                                       " ON CONFLICT (pair_key, annotator) DO UPDATE SET label = 0").arg(key)),
                 qPrintable(q.lastError().text()));
        bool bobDone = false;
        QThread *t = QThread::create([&] {
            ProjectStore late;
            QString e;
            bobDone = late.open(url(QStringLiteral("bob")), &e) && late.recordAnnotatorLabel(key, 0, QString(), &e);
        });
        t->start();
        QTest::qWait(300);
        QVERIFY(a.commit());
        QVERIFY(t->wait(10000));
        delete t;
        QVERIFY(bobDone);
        q.finish();
        a.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-concurrent"));
        int n = 0;
        for (const AnnotatorLabelRecord &r : bob.annotatorLabels())
            n += r.pairKey == key ? 1 : 0;
        QCOMPARE(n, 2);
        QCOMPARE(bob.pair(key)->currentLabel, 0);  // agreed
    }

    // The command line against a server: import creates the project, team add-annotator grants, label and
    // agreement work as on a file, and project copy goes both ways with byte-identical exports.
    void commandLineAndCopies()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        QByteArray csv = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";
        for (int i = 1; i <= 6; ++i)
            csv += QByteArray::number(i) + ",\"text " + QByteArray::number(i) + "\nline two 🚀\",," + QByteArray::number(100 + i)
                   + ",other " + QByteArray::number(i) + ",,NoEntailment\n";
        const QString data = test::writeFile(dir.filePath("pairs.csv"), csv);
        const QString owner = url(m_pg.superuser(), QStringLiteral("cli"));
        auto run = test::runEntail({"agreement", "--project", owner});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("holds no project cli"), qPrintable(run.err));
        run = test::runEntail({"import", data, "--project", owner});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(test::runEntail({"import", data, "--project", owner}).code, 1);  // exists already
        for (const auto &[who, role] : {std::pair{"dan", "annotator"}, {"eve", "annotator"}, {"fay", "reviewer"}}) {
            run = test::runEntail({"team", "add-annotator", who, "--role", role, "--project", owner});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        // dan cannot grant himself more.
        run = test::runEntail({"team", "add-annotator", "dan", "--role", "owner", "--project", url("dan", "cli")});
        QCOMPARE(run.code, 2);
        const QString labels = test::writeFile(dir.filePath("l.csv"), "id_1,id_2,label\n1,101,Implies\n2,102,Implies\n");
        for (const char *who : {"dan", "eve"}) {
            run = test::runEntail({"label", "--project", url(who, "cli"), "--from", labels});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        run = test::runEntail({"agreement", "--project", url("fay", "cli"), "--json"});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("\"pairs_multiply_labelled\": 2"), qPrintable(run.out));
        QVERIFY2(run.out.contains("\"dan\"") && run.out.contains("\"eve\""), qPrintable(run.out));

        const QString exportServer = dir.filePath("server.csv"), exportFile = dir.filePath("file.csv"),
                      exportBack = dir.filePath("back.csv"), file = dir.filePath("copy.entail");
        QCOMPARE(test::runEntail({"export", "--project", owner, "--out", exportServer}).code, 0);
        run = test::runEntail({"project", "copy", owner, file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(test::runEntail({"export", "--project", file, "--out", exportFile}).code, 0);
        const QString again = url(m_pg.superuser(), QStringLiteral("cli-back"));
        run = test::runEntail({"project", "copy", file, again});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(test::runEntail({"export", "--project", again, "--out", exportBack}).code, 0);
        QFile a(exportServer), b(exportFile), c(exportBack);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QVERIFY(bytes.contains("Implies") && bytes.contains("🚀"));
        QCOMPARE(b.readAll(), bytes);
        QCOMPARE(c.readAll(), bytes);
        ProjectStore copied, back;
        QString error;
        QVERIFY(copied.open(file, &error) && back.open(again, &error));
        QCOMPARE(copied.annotatorLabels().size(), size_t(4));
        QCOMPARE(back.log().size(), copied.log().size());  // the copy derived nothing again
        QCOMPARE(back.log().back().annotator, copied.log().back().annotator);
        QCOMPARE(test::runEntail({"project", "copy", file, again}).code, 2);  // never over an existing project
    }

    // kill -9 of `entail label` mid-stream: every label it committed is on the server, in the file's order,
    // and nothing of the row in flight.
    void killedClientLosesNoCommittedLabel()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        ProjectStore owner;
        QString error;
        QVERIFY2(owner.create(url(m_pg.superuser(), QStringLiteral("kill")), &error), qPrintable(error));
        Dataset ds = sampleDataset(3000);
        QVERIFY(owner.addPairs(ds, QStringLiteral("importer"), &error));
        QVERIFY(owner.addTeamMember(QStringLiteral("gus"), ProjectStore::TeamRole::Annotator, &error));
        QTemporaryDir dir;
        QByteArray csv = "id_1,id_2,label\n";
        for (const Pair &p : ds.pairs)
            csv += p.first.id.toUtf8() + ',' + p.second.id.toUtf8() + ",Contradictory\n";
        const QString labels = test::writeFile(dir.filePath("gus.csv"), csv);
        QProcess client;
        client.start(test::binDir() + "/entail", {"label", "--project", url("gus", "kill"), "--from", labels});
        QVERIFY(client.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(owner.annotatorLabels().size() >= 50, 60000);
        ::kill(pid_t(client.processId()), SIGKILL);
        QVERIFY(client.waitForFinished());
        const std::vector<AnnotatorLabelRecord> stored = owner.annotatorLabels();
        QVERIFY(stored.size() >= 50 && stored.size() < ds.pairs.size());
        // The committed labels are exactly the first rows of the file (keys follow the file's order).
        for (size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].pairKey, ds.pairs[i].key);
            QCOMPARE(stored[i].label, int(Contradictory));
            QCOMPARE(owner.pair(ds.pairs[i].key)->currentLabel, int(Contradictory));
        }
        QCOMPARE(owner.pair(ds.pairs[stored.size()].key)->currentLabel, ds.pairs[stored.size()].originalLabel);
    }

    void cleanupTestCase() { m_pg.stop(); }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "test_teamserver.moc"
