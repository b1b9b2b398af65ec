// Team annotation groundwork: agreement statistics against hand-computed and published worked examples, the
// PostgreSQL project locator, assignments in a project file, "my queue" with assignments and `entail team
// assign` (the server side: test_teamserver.cpp, test_teamserver_assign.cpp).
#include "model/team/agreement.h"
#include "model/team/projectlocator.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "ui/team/teamrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <cmath>

using namespace entail;

namespace {

// Rows of a units x categories count table from per-unit label lists (values 1..k as in the publications).
Agreement::UnitCounts countsOf(const std::vector<std::vector<int>> &units, int categories)
{
    Agreement::UnitCounts out;
    for (const auto &u : units) {
        std::vector<int> row(categories, 0);
        for (int v : u)
            ++row[v - 1];
        out.push_back(row);
    }
    return out;
}

// A project file at `path` with `n` pairs (ids i / 100+i, i from 1).
bool createProject(const QString &path, int n, ProjectStore *store, QString *error)
{
    Dataset ds;
    ds.sourceFile = QStringLiteral("pairs.csv");
    for (int i = 1; i <= n; ++i) {
        Pair p;
        p.first.id = QString::number(i);
        p.second.id = QString::number(100 + i);
        p.first.text = p.second.text = QStringLiteral("text %1").arg(i);
        p.originalLabel = p.currentLabel = NoEntailment;
        ds.pairs.push_back(p);
    }
    return store->create(path, error) && store->addPairs(ds, QStringLiteral("importer"), error);
}

// "pair key/annotator" of every assignment, in the store's order.
QStringList assignmentList(const ProjectStore &store)
{
    QStringList out;
    for (const AssignmentRecord &r : store.assignments())
        out << QStringLiteral("%1/%2").arg(r.pairKey).arg(r.annotator);
    return out;
}

}  // namespace

class TestTeam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cohenKappaWorkedExample()
    {
        // 50 items, two raters: yes/yes 20, yes/no 5, no/yes 10, no/no 15: p_o 0.7, p_e 0.5, kappa 0.4.
        std::vector<int> a, b;
        auto add = [&](int x, int y, int n) { for (int i = 0; i < n; ++i) { a.push_back(x); b.push_back(y); } };
        add(0, 0, 20);
        add(0, 1, 5);
        add(1, 0, 10);
        add(1, 1, 15);
        QVERIFY(std::abs(Agreement::cohenKappa(a, b, 2) - 0.4) < 1e-12);
        QCOMPARE(Agreement::cohenKappa(a, a, 2), 1.0);
        // Both always say the same single class: chance agreement is 1 and kappa is undefined.
        QVERIFY(std::isnan(Agreement::cohenKappa({2, 2, 2}, {2, 2, 2}, 3)));
        QVERIFY(std::isnan(Agreement::cohenKappa({}, {}, 3)));
    }

    void fleissKappaPublishedExample()
    {
        // Wikipedia's "Fleiss' kappa" worked example: 10 subjects, 14 raters, 5 categories, kappa = 0.210.
        const Agreement::UnitCounts counts{{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                                           {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                                           {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
        const double k = Agreement::fleissKappa(counts);
        QVERIFY2(std::abs(k - 0.20993) < 1e-4, qPrintable(QString::number(k)));
        // Units with a single label carry no agreement information and leave the figure unchanged.
        Agreement::UnitCounts more = counts;
        more.push_back({0, 0, 1, 0, 0});
        QCOMPARE(Agreement::fleissKappa(more), k);
    }

    void krippendorffAlphaPublishedExample()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", nominal example: 4 observers,
        // 12 units with missing values; alpha = 0.743.
        const auto counts = countsOf({{1, 1, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2},
                                      {1, 2, 3, 4}, {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {5, 5, 5},
                                      {1, 1}, {3}},
                                     5);
        const double alpha = Agreement::krippendorffAlpha(counts);
        QVERIFY2(std::abs(alpha - 0.743) < 5e-4, qPrintable(QString::number(alpha)));
        QCOMPARE(Agreement::krippendorffAlpha(countsOf({{1, 1}, {2, 2}, {1, 1, 1}}, 2)), 1.0);
    }

    void specificAgreementByHand()
    {
        // Unit 1: two annotators say 0. Unit 2: one says 0, one says 1.
        // Category 0: pairs involving 0 = 2 (unit 1) + 1 (unit 2) = 3, both 0 = 2 -> 2/3.
        // Category 1: involving 1 (unit 2), both 1 = 0 -> 0. Category 2 unused -> NaN.
        const auto s = Agreement::specificAgreement({{2, 0, 0}, {1, 1, 0}});
        QVERIFY(std::abs(s[0] - 2.0 / 3.0) < 1e-12);
        QCOMPARE(s[1], 0.0);
        QVERIFY(std::isnan(s[2]));
    }

    void reportFromLabels()
    {
        const std::vector<AnnotatorLabel> labels{
            {1, "bo", 0}, {1, "al", 0}, {2, "al", 1}, {2, "bo", 2}, {3, "al", 2}, {3, "cy", 2},
            {4, "cy", 1}, {2, "bo", 1},  // bo changed their mind on pair 2: the later label counts
            {5, "al", 7},                // not a label: ignored
        };
        const AgreementReport r = Agreement::report(labels, 3);
        QCOMPARE(r.annotators, QStringList({"al", "bo", "cy"}));
        QCOMPARE(r.pairsMultiplyLabelled, 3);
        QCOMPARE(int(r.cohen.size()), 3);
        QCOMPARE(r.cohen[0].a, QString("al"));
        QCOMPARE(r.cohen[0].b, QString("bo"));
        QCOMPARE(r.cohen[0].n, 2);
        QCOMPARE(r.cohen[0].kappa, 1.0);  // pairs 1 and 2 agree after bo's change
        QCOMPARE(r.cohen[2].n, 0);        // bo and cy share no pair
        QVERIFY(std::isnan(r.cohen[2].kappa));
        QCOMPARE(r.krippendorffAlpha, 1.0);
        const auto m = Agreement::confusion(labels, "al", "bo", 3);
        QCOMPARE(m[0][0], 1);
        QCOMPARE(m[1][1], 1);
        QCOMPARE(m[1][2], 0);
    }

    void locatorParsesAndRefuses()
    {
        QString error;
        const auto loc = ProjectLocator::parse("postgresql://ann@db.example.org:5433/labels?project=rme&sslmode=require", &error);
        QVERIFY2(loc, qPrintable(error));
        QCOMPARE(loc->user, QString("ann"));
        QCOMPARE(loc->host, QString("db.example.org"));
        QCOMPARE(loc->port, 5433);
        QCOMPARE(loc->database, QString("labels"));
        QCOMPARE(loc->project, QString("rme"));
        QCOMPARE(loc->connectOptions(), QString("sslmode=require"));
        QCOMPARE(loc->url(), QString("postgresql://ann@db.example.org:5433/labels?project=rme&sslmode=require"));
        QCOMPARE(ProjectLocator::parse("postgresql://ann@h/labels?project=rme", &error)->port, 5432);
        QVERIFY(!ProjectLocator::isServerUrl("/home/ann/demo.entail"));
        const QStringList bad{"postgresql://ann:secret@h/labels?project=rme",      // password
                              "postgresql://ann@h/labels?project=rme&password=x",  // password as a parameter
                              "postgresql://h/labels?project=rme",                 // no user
                              "postgresql://ann@h/labels",                         // no project
                              "postgresql://ann@h/labels?project=a;drop",          // not a plain name
                              "postgresql://ann@h/labels?project=rme&sslmode=maybe",
                              "postgresql://ann@h/labels?project=rme&colour=blue",
                              "/tmp/x.entail"};
        for (const QString &url : bad) {
            error.clear();
            QVERIFY2(!ProjectLocator::parse(url, &error), qPrintable(url));
            QVERIFY2(!error.isEmpty(), qPrintable(url));
            QVERIFY2(!error.contains("secret"), qPrintable(error));
        }
    }

    void labelAndAgreementFromTheCommandLine()
    {
        QTemporaryDir dir;
        QByteArray csv = "id_1,text_1,image_1,id_2,text_2,image_2,label\n";
        for (int i = 1; i <= 6; ++i)
            csv += QByteArray::number(i) + ",text " + QByteArray::number(i) + ",," + QByteArray::number(100 + i)
                   + ",other " + QByteArray::number(i) + ",,NoEntailment\n";
        const QString data = test::writeFile(dir.filePath("pairs.csv"), csv);
        const QString project = dir.filePath("team.entail");
        QCOMPARE(test::runEntail({"import", data, "--project", project}).code, 0);
        // al and bo agree on 4 of 5 shared pairs; cy labels one pair only.
        const QString al = test::writeFile(dir.filePath("al.csv"), "id_1,id_2,label\n1,101,Implies\n2,102,Implies\n"
                                           "3,103,Contradictory\n4,104,NoEntailment\n5,105,Contradictory\n");
        const QString bo = test::writeFile(dir.filePath("bo.csv"), "label,id_2,id_1\nImplies,101,1\nImplies,102,2\n"
                                           "Contradictory,103,3\nNoEntailment,104,4\nNoEntailment,105,5\n");
        const QString cy = test::writeFile(dir.filePath("cy.csv"), "id_1,id_2,label\n6,106,Implies\n");
        for (const auto &[who, file] : {std::pair{"al", al}, {"bo", bo}, {"cy", cy}}) {
            const auto run = test::runEntail({"label", "--project", project, "--annotator", who, "--from", file});
            QVERIFY2(run.code == 0, qPrintable(run.err));
        }
        const auto run = test::runEntail({"agreement", "--project", project, "--json"});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json["annotators"].toArray().size(), 3);
        QCOMPARE(json["pairs_multiply_labelled"].toInt(), 5);
        const QJsonObject alBo = json["cohen_kappa"].toArray().at(0).toObject();
        QCOMPARE(alBo["a"].toString(), QString("al"));
        QCOMPARE(alBo["n"].toInt(), 5);
        // p_o = 4/5; marginals al (C 2, I 2, N 1), bo (C 1, I 2, N 2): p_e = (2+4+2)/25 = 8/25.
        QVERIFY(std::abs(alBo["kappa"].toDouble() - (0.8 - 0.32) / (1 - 0.32)) < 1e-9);
        QVERIFY(json["cohen_kappa"].toArray().at(1).toObject()["kappa"].isNull());  // al / cy share no pair
        QVERIFY(json.contains("fleiss_kappa") && json.contains("krippendorff_alpha"));
        const QString exported = dir.filePath("annotations.csv");
        const auto exportRun = test::runEntail({"export", "--project", project, "--annotations", exported});
        QVERIFY2(exportRun.code == 0, qPrintable(exportRun.err));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 13);  // header, 11 annotator labels, the final line end
        QCOMPARE(lines[0], QByteArray("id_1,id_2,annotator,label,time"));
        QVERIFY2(lines[1].startsWith("1,101,al,Implies,20"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("1,101,bo,Implies,20"), lines[2].constData());
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        QCOMPARE(int(store.annotatorLabels().size()), 11);   // every annotator's label is kept
        // The current label follows ConsensusRule: agreed on pair 1; al and bo disagree on pair 5, so the
        // label there stays al's (the first) until a reviewer decides; cy's single label on pair 6 stands.
        const Dataset ds = store.dataset();
        QCOMPARE(ds.pairs[0].currentLabel, int(Implies));
        QCOMPARE(ds.pairs[4].currentLabel, int(Contradictory));
        QCOMPARE(ds.pairs[5].currentLabel, int(Implies));
        QVERIFY2(store.adjudicate(ds.pairs[4].key, NoEntailment, "rev", &error), qPrintable(error));
        QCOMPARE(store.pair(ds.pairs[4].key)->currentLabel, int(NoEntailment));
    }

    void labelRefusesUnknownPairsAndLabelsNamingTheLine()
    {
        QTemporaryDir dir;
        const QString data = test::writeFile(dir.filePath("pairs.csv"),
                                             "id_1,text_1,image_1,id_2,text_2,image_2,label\n1,a,,2,b,,Implies\n");
        const QString project = dir.filePath("p.entail");
        QCOMPARE(test::runEntail({"import", data, "--project", project}).code, 0);
        const QString unknownPair = test::writeFile(dir.filePath("u.csv"), "id_1,id_2,label\n1,2,Implies\n9,2,Implies\n");
        auto run = test::runEntail({"label", "--project", project, "--annotator", "al", "--from", unknownPair});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("u.csv:3"), qPrintable(run.err));
        const QString badLabel = test::writeFile(dir.filePath("b.csv"), "id_1,id_2,label\n1,2,Maybe\n");
        run = test::runEntail({"label", "--project", project, "--annotator", "al", "--from", badLabel});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("b.csv:2") && run.err.contains("Maybe"), qPrintable(run.err));
        QCOMPARE(test::runEntail({"label", "--project", project, "--from", badLabel}).code, 2);  // no annotator
        ProjectStore store;
        QString error;
        QVERIFY(store.open(project, &error));
        QVERIFY(store.annotatorLabels().empty());  // checked before anything was written
    }

    void assignmentsInAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("a.entail");
        ProjectStore store;
        QString error;
        QVERIFY2(createProject(path, 4, &store, &error), qPrintable(error));
        const Dataset ds = store.dataset();
        const qint64 k1 = ds.pairs[0].key, k2 = ds.pairs[1].key, k3 = ds.pairs[2].key, k4 = ds.pairs[3].key;
        QVERIFY(store.assignments().empty());  // no table yet: none
        int changed = -1;
        QVERIFY2(store.assignPairs({k1, k2}, "al", &error, &changed), qPrintable(error));
        QCOMPARE(changed, 2);
        QVERIFY2(store.assignPairs({k3, k2}, " bo ", &error, &changed), qPrintable(error));
        QCOMPARE(changed, 2);
        const QString firstTime = store.assignments().front().time;
        QVERIFY(QDateTime::fromString(firstTime, Qt::ISODateWithMs).isValid());
        // Assigning again changes nothing, not even the time.
        QVERIFY2(store.assignPairs({k2, k1, k1}, "al", &error, &changed), qPrintable(error));
        QCOMPARE(changed, 0);
        const QStringList expected{QStringLiteral("%1/al").arg(k1), QStringLiteral("%1/al").arg(k2),
                                   QStringLiteral("%1/bo").arg(k2), QStringLiteral("%1/bo").arg(k3)};
        QCOMPARE(assignmentList(store), expected);
        QCOMPARE(store.assignments().front().time, firstTime);
        // An unknown pair key refuses the whole call, naming the key.
        QVERIFY(!store.assignPairs({k4, 987654}, "al", &error));
        QVERIFY2(error.contains("987654"), qPrintable(error));
        QVERIFY(!store.assignPairs({k4}, "  ", &error));  // no annotator
        QCOMPARE(assignmentList(store), expected);
        // The window's read sees them.
        const TeamSnapshot snapshot = TeamSnapshot::read(path);
        QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
        QCOMPARE(int(snapshot.assignments.size()), 4);
        QCOMPARE(snapshot.assignments[2], (std::pair<qint64, QString>(k2, "bo")));
        QVERIFY2(store.unassignPairs({k2, k4}, "al", &error, &changed), qPrintable(error));
        QCOMPARE(changed, 1);
        QVERIFY2(store.unassignPairs({}, "bo", &error, &changed), qPrintable(error));  // all of bo's
        QCOMPARE(changed, 2);
        store.close();
        QVERIFY2(store.open(path, &error), qPrintable(error));  // the damage checks accept the table
        QCOMPARE(assignmentList(store), QStringList{QStringLiteral("%1/al").arg(k1)});
    }

    void myQueueFollowsAssignments()
    {
        // Keys 1-7, two labels wanted per pair. 1: two labels by others, assigned to me; 2: two labels by
        // others, assigned to cy; 3: assigned to me, labelled by me; 4: two labels, unassigned; 5: assigned to
        // me, no label; 6: no label, unassigned; 7: adjudicated, assigned to me.
        const std::vector<AnnotatorLabel> labels{{1, "al", 0}, {1, "bo", 0}, {2, "al", 1}, {2, "bo", 1},
                                                 {3, "me", 2}, {4, "al", 0}, {4, "cy", 0}, {7, "al", 1}};
        TeamSnapshot snapshot = TeamSnapshot::fromLabels(labels, {7}, {2}, 2);
        snapshot.assignments = {{1, "me"}, {2, "cy"}, {3, "me"}, {5, "me"}, {7, "me"}, {7, "al"}};
        const TeamRows rows = TeamRows::build(snapshot, {1, 2, 3, 4, 5, 6, 7}, "me");
        const std::vector<bool> assigned{true, false, true, false, true, false, true};
        const std::vector<bool> queue{true, false, false, false, true, true, false};
        for (int row = 0; row < rows.size(); ++row) {
            QVERIFY2(rows.isAssignedToMe(row) == assigned[size_t(row)], qPrintable(QString::number(row)));
            QVERIFY2(rows.inMyQueue(row) == queue[size_t(row)], qPrintable(QString::number(row)));
        }
        // Another annotator's view of the same pairs: only pair 2 is theirs, and it has its labels.
        const TeamRows cy = TeamRows::build(snapshot, {1, 2, 3, 4, 5, 6, 7}, "cy");
        QVERIFY(cy.isAssignedToMe(1) && !cy.isAssignedToMe(0));
        QVERIFY(!cy.inMyQueue(0) && cy.inMyQueue(1) && !cy.inMyQueue(3));
    }

    void assignFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath("cli.entail");
        {
            ProjectStore store;
            QString error;
            QVERIFY2(createProject(project, 6, &store, &error), qPrintable(error));
            QVERIFY2(store.adjudicate(store.dataset().pairs[5].key, Implies, "rev", &error), qPrintable(error));
        }
        const QString csv = test::writeFile(dir.filePath("assign.csv"), "id_1,id_2,annotator\n1,101,al\n2,102,bo\n");
        auto run = test::runEntail({"team", "assign", "--project", project, "--from", csv});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("2 assignments written"), qPrintable(run.out));
        const QString bad = test::writeFile(dir.filePath("bad.csv"), "id_1,id_2,annotator\n3,103,al\n9,109,bo\n");
        run = test::runEntail({"team", "assign", "--project", project, "--from", bad});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("bad.csv:3"), qPrintable(run.err));
        for (const char *who : {"al", "bo"}) {
            run = test::runEntail({"team", "unassign", "--project", project, "--annotator", who});
            QVERIFY2(run.code == 0 && run.out.contains("1 assignments"), qPrintable(run.out + run.err));
        }
        // Round robin, two annotators per pair (the project's default), the adjudicated pair 6 left out.
        for (int round = 0; round < 2; ++round) {
            run = test::runEntail({"team", "assign", "--project", project, "--annotators", "al, bo,cy"});
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(round == 0 ? "10 of them new" : "0 of them new"), qPrintable(run.out));
        }
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        const Dataset ds = store.dataset();
        QStringList expected;  // pair i to annotators 2i and 2i+1 (mod 3), listed by key, then name
        const QStringList names{"al", "bo", "cy"};
        for (int i = 0; i < 5; ++i) {
            QStringList two{names[(2 * i) % 3], names[(2 * i + 1) % 3]};
            two.sort();
            for (const QString &who : two)
                expected << QStringLiteral("%1/%2").arg(ds.pairs[size_t(i)].key).arg(who);
        }
        QCOMPARE(assignmentList(store), expected);
        for (const QStringList &args : {QStringList{"--from", csv, "--annotators", "al"},
                                        QStringList{"--annotators", "al,bo", "--per-pair", "0"},
                                        QStringList{"--annotators", "al", "--annotator", "bo"}})
            QCOMPARE(test::runEntail(QStringList{"team", "assign", "--project", project} + args).code, 2);
        QCOMPARE(test::runEntail({"team", "assign", "--help"}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "test_team.moc"
