// Assignments on a PostgreSQL server (issue 14, "my queue"), on a throw-away cluster: a reviewer assigns and
// unassigns, an annotator cannot, not even with hand-written SQL (the server's grants); a server project
// created before assignments reads as having none and gains the table with its creator's first assignment;
// `entail project copy` keeps them from a file to a server and back. (test_teamserver.cpp: the rest of a
// server project; its file is full.)
#include "model/store/projectcopy.h"
#include "model/store/store.h"
#include "pgcluster.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

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
        p.first.text = QStringLiteral("tweet %1").arg(i);
        p.second.text = QStringLiteral("other tweet %1").arg(i);
        p.originalLabel = p.currentLabel = i % 3;
        ds.pairs.push_back(p);
    }
    return ds;
}

QStringList assignmentList(const ProjectStore &store)
{
    QStringList out;
    for (const AssignmentRecord &r : store.assignments())
        out << QStringLiteral("%1/%2/%3").arg(r.pairKey).arg(r.annotator, r.time);
    return out;
}

}  // namespace

class TestTeamServerAssign : public QObject {
    Q_OBJECT

    test::PgCluster m_pg;
    QString m_skip;

    QString url(const QString &user, const QString &project) const
    {
        return m_pg.projectUrl(user, project);
    }

    // Runs `sql` as `user` on the project's schema, as no Entail Studio client would; false when refused.
    bool rawSql(const QString &user, const QString &project, const QString &sql, QString *error = nullptr)
    {
        bool ok = false;
        {
            QSqlDatabase db = m_pg.rawConnection(QStringLiteral("raw"), user, project);
            QSqlQuery q(db);
            ok = db.isOpen() && q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text() + db.lastError().text();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    // A server project `name` with `n` pairs, owned by the superuser, with the annotator ann and reviewer rev.
    void createProject(const QString &name, int n)
    {
        ProjectStore owner;
        QString error;
        QVERIFY2(owner.create(url(m_pg.superuser(), name), &error), qPrintable(error));
        Dataset ds = sampleDataset(n);
        QVERIFY2(owner.addPairs(ds, QStringLiteral("importer"), &error), qPrintable(error));
        QVERIFY2(owner.addTeamMember(QStringLiteral("ann"), ProjectStore::TeamRole::Annotator, &error),
                 qPrintable(error));
        QVERIFY2(owner.addTeamMember(QStringLiteral("rev"), ProjectStore::TeamRole::Reviewer, &error),
                 qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_skip = test::PgCluster::unavailableReason();
        if (m_skip.isEmpty())
            QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void reviewerAssignsAnnotatorCannot()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        createProject(QStringLiteral("asg"), 6);
        ProjectStore rev, ann;
        QString error;
        QVERIFY2(rev.open(url("rev", "asg"), &error) && ann.open(url("ann", "asg"), &error), qPrintable(error));
        const Dataset ds = rev.dataset();
        const qint64 k1 = ds.pairs[0].key, k2 = ds.pairs[1].key, k3 = ds.pairs[2].key;
        int changed = -1;
        const qint64 before = ann.dataVersion();
        QVERIFY2(rev.assignPairs({k1, k2}, "ann", &error, &changed), qPrintable(error));
        QCOMPARE(changed, 2);
        // What an open window polls changes with an assignment, and again when one is taken back.
        const qint64 assigned = ann.dataVersion();
        QVERIFY(assigned != before);
        QVERIFY2(rev.assignPairs({k2, k3}, "zed", &error, &changed), qPrintable(error));  // any role name
        QVERIFY2(rev.assignPairs({k1}, "ann", &error, &changed), qPrintable(error));
        QCOMPARE(changed, 0);
        QVERIFY(!rev.assignPairs({k1, 987654}, "ann", &error));
        QVERIFY2(error.contains("987654"), qPrintable(error));
        const QStringList four = assignmentList(ann);  // the annotator reads them
        QCOMPARE(four.size(), 4);
        QVERIFY2(four[0].startsWith(QStringLiteral("%1/ann/").arg(k1)), qPrintable(four.join(' ')));
        // The annotator may neither assign nor unassign, through the store or by hand.
        QVERIFY(!ann.assignPairs({k3}, "ann", &error));
        QVERIFY2(error.contains("reviewers and owners"), qPrintable(error));
        QVERIFY(!ann.unassignPairs({}, "zed", &error));
        for (const char *sql : {"INSERT INTO assignments(pair_key, annotator, ts) VALUES (%1, 'ann', 'now')",
                                "DELETE FROM assignments", "DELETE FROM assignments WHERE pair_key = %1",
                                "UPDATE assignments SET annotator = 'ann'", "DROP TABLE assignments"})
            QVERIFY2(!rawSql("ann", "asg", QString::fromLatin1(sql).replace("%1", QString::number(k3))), sql);
        QCOMPARE(assignmentList(rev), four);
        auto run = test::runEntail({"team", "assign", "--project", url("ann", "asg"), "--annotators", "ann"});
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains("reviewers and owners"), qPrintable(run.err));
        QVERIFY(rawSql("rev", "asg", QStringLiteral("DELETE FROM assignments WHERE annotator = 'nobody'")));
        // The reviewer's command line: zed's taken back, then every pair dealt to ann and zed.
        const qint64 withZed = ann.dataVersion();
        run = test::runEntail({"team", "unassign", "--project", url("rev", "asg"), "--annotator", "zed"});
        QVERIFY2(run.code == 0 && run.out.contains("2 assignments"), qPrintable(run.out + run.err));
        QVERIFY(ann.dataVersion() != withZed);
        run = test::runEntail({"team", "assign", "--project", url("rev", "asg"), "--annotators", "ann,zed"});
        QVERIFY2(run.code == 0 && run.out.contains("12 assignments written"), qPrintable(run.out + run.err));
        QCOMPARE(assignmentList(ann).size(), 12);
    }

    // A project created before assignments: none to read; its creator's first assignment adds the table with
    // the grants a new project has; a reviewer alone cannot add it.
    void olderServerProjectGainsTheTable()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        createProject(QStringLiteral("old"), 3);
        QVERIFY(rawSql(m_pg.superuser(), "old", QStringLiteral("DROP TABLE assignments")));
        ProjectStore owner, rev, ann;
        QString error;
        QVERIFY2(owner.open(url(m_pg.superuser(), "old"), &error) && rev.open(url("rev", "old"), &error)
                     && ann.open(url("ann", "old"), &error),
                 qPrintable(error));
        const qint64 k1 = rev.dataset().pairs[0].key, k2 = rev.dataset().pairs[1].key;
        QVERIFY(rev.assignments().empty());
        int changed = -1;
        QVERIFY2(rev.unassignPairs({}, "ann", &error, &changed), qPrintable(error));  // nothing to take back
        QCOMPARE(changed, 0);
        QVERIFY(!rev.assignPairs({k1}, "ann", &error));
        QVERIFY2(error.contains("older"), qPrintable(error));
        QVERIFY2(owner.assignPairs({k1}, "ann", &error), qPrintable(error));
        QVERIFY2(rev.assignPairs({k2}, "ann", &error), qPrintable(error));  // the reviewers' grant came with it
        QCOMPARE(assignmentList(ann).size(), 2);
        QVERIFY(!rawSql("ann", "old", QStringLiteral("DELETE FROM assignments")));
        QVERIFY(!ann.assignPairs({k2}, "ann", &error));
    }

    void copyKeepsAssignments()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const QString source = dir.filePath("src.entail"), back = dir.filePath("back.entail");
        QStringList expected;
        {
            ProjectStore file;
            QString error;
            QVERIFY2(file.create(source, &error), qPrintable(error));
            Dataset ds = sampleDataset(5);
            QVERIFY(file.addPairs(ds, QStringLiteral("importer"), &error));
            QVERIFY2(file.assignPairs({ds.pairs[0].key, ds.pairs[3].key}, "ann", &error), qPrintable(error));
            QVERIFY2(file.assignPairs({ds.pairs[3].key}, "bob", &error), qPrintable(error));
            expected = assignmentList(file);
        }
        QCOMPARE(expected.size(), 3);
        QString error;
        const QString server = url(m_pg.superuser(), "copied");
        QVERIFY2(ProjectCopy::copy(source, server, &error), qPrintable(error));
        ProjectStore onServer;
        QVERIFY2(onServer.open(server, &error), qPrintable(error));
        QCOMPARE(assignmentList(onServer), expected);
        QVERIFY2(ProjectCopy::copy(server, back, &error), qPrintable(error));
        ProjectStore copiedBack;
        QVERIFY2(copiedBack.open(back, &error), qPrintable(error));
        QCOMPARE(assignmentList(copiedBack), expected);
    }

    void cleanupTestCase() { m_pg.stop(); }
};

QTEST_GUILESS_MAIN(TestTeamServerAssign)
#include "test_teamserver_assign.moc"
