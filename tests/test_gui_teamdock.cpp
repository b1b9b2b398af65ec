// The team room in the window (offscreen): the Agreement dock shows what Agreement::report computes, a click
// on an annotator-vs-annotator confusion cell lists exactly those pairs, fewer than two annotators give the
// empty state; Adjudicate writes the reviewer's key (1/2/3) and moves on, Backspace takes it back; a server
// project opens from its locator (the password prompt when the server asks, a wrong password asked again),
// a server's refusal of an annotator's adjudication shows in the dialog; the server stopped mid-session: a
// banner at once, the pressed label refused (not applied, not queued), and the session reconnects by itself.
#include "model/store/storeconnection.h"
#include "model/store/storepgschema.h"
#include "model/store/store.h"
#include "model/team/agreement.h"
#include "model/team/projectlocator.h"
#include "pgcluster.h"
#include "ui/common/appsettings.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/team/adjudicationdialog.h"
#include "ui/team/agreementdock.h"
#include "ui/team/connectionwatch.h"
#include "ui/shell/messagebanner.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/team/teamfeature.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace entail;

namespace {
constexpr int kPairs = 10;

Dataset fixture()
{
    Dataset ds;
    ds.sourceFile = QStringLiteral("team.csv");
    for (int i = 0; i < kPairs; ++i) {
        Pair p;
        p.first.id = QString::number(100 + i);
        p.second.id = QString::number(900 + i);
        p.first.text = QStringLiteral("first tweet %1").arg(i);
        p.second.text = QStringLiteral("second tweet %1").arg(i);
        p.originalLabel = p.currentLabel = i % 3;
        ds.pairs.push_back(p);
    }
    return ds;
}

// Per annotator, the label of pair i (kNoLabel: not labelled).
const std::vector<std::pair<QString, std::vector<int>>> &teamLabels()
{
    static const std::vector<std::pair<QString, std::vector<int>>> labels = {
        {QStringLiteral("alice"), {0, 1, 2, 0, 1, 2, 0, 1, 2, 0}},
        {QStringLiteral("bob"), {0, 1, 2, 1, 1, 0, 0, 2, 2, 0}},
        {QStringLiteral("carol"), {0, 2, 2, 2, kNoLabel, kNoLabel, 1, kNoLabel, kNoLabel, kNoLabel}},
    };
    return labels;
}

}  // namespace

class TestGuiTeamDock : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    std::vector<qint64> m_keys;
    test::PgCluster m_pg;
    QString m_pgSkip;

    TeamFeature *team() const { return m_window->findChild<TeamFeature *>(); }
    AgreementDock *dock() const { return m_window->findChild<AgreementDock *>(QStringLiteral("agreementDock")); }
    PairFilterProxy *proxy() const { return m_window->findChild<PairFilterProxy *>(); }

    void makeProject(int annotators)
    {
        m_project = m_dir->filePath(QStringLiteral("team.entail"));
        ProjectStore store;
        QString error;
        Dataset ds = fixture();
        QVERIFY2(store.create(m_project, &error) && store.addPairs(ds, QStringLiteral("importer"), &error),
                 qPrintable(error));
        m_keys.clear();
        for (const Pair &p : ds.pairs)
            m_keys.push_back(p.key);
        for (int a = 0; a < annotators; ++a)
            for (int i = 0; i < kPairs; ++i)
                if (teamLabels()[size_t(a)].second[size_t(i)] != kNoLabel)
                    QVERIFY2(store.recordAnnotatorLabel(m_keys[size_t(i)], teamLabels()[size_t(a)].second[size_t(i)],
                                                        teamLabels()[size_t(a)].first, &error),
                             qPrintable(error));
    }

    // Opens `project` in the window and waits until the dock has read the labels.
    void openAndWait(const QString &project)
    {
        QSignalSpy opened(m_window->session(), &ProjectSession::opened);
        QSignalSpy refreshed(team(), &TeamFeature::refreshed);
        m_window->openProject(project);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0 && team()->snapshot(), 30000);
    }

    AgreementReport expectedReport(const QString &project) const
    {
        ProjectStore store;
        QString error;
        store.open(project, &error);
        std::vector<AnnotatorLabel> labels;
        for (const AnnotatorLabelRecord &r : store.annotatorLabels())
            labels.push_back({r.pairKey, r.annotator, r.label});
        return Agreement::report(labels, kNumClasses);
    }

    // Adjudicate, as the active window (its keys are shortcuts of that window).
    AdjudicationDialog *showDialog()
    {
        team()->showAdjudication();
        AdjudicationDialog *dialog = team()->dialog();
        if (dialog) {
            QApplication::setActiveWindow(dialog);
            [&] { QVERIFY(QTest::qWaitForWindowActive(dialog)); }();
        }
        return dialog;
    }

    QString serverUrl(const QString &user) const
    {
        return m_pg.projectUrl(user, QStringLiteral("gui"));
    }

    void addMember(const QString &name, StorePgSchema::Role role)
    {
        StoreConnection c;
        QString error;
        const auto loc = ProjectLocator::parse(serverUrl(m_pg.superuser()), &error);
        QVERIFY2(loc && c.openServer(*loc, QString(), true, &error), qPrintable(error));
        QVERIFY2(StorePgSchema::addMember(c, QStringLiteral("postgres"), name, role, &error), qPrintable(error));
    }

    void psql(const QString &sql)
    {
        QString out;
        QCOMPARE(m_pg.runTool(QStringLiteral("psql"), {QStringLiteral("-h"), m_pg.host(), QStringLiteral("-p"),
                                                       QString::number(m_pg.port()), QStringLiteral("-U"),
                                                       m_pg.superuser(), QStringLiteral("-d"),
                                                       QStringLiteral("postgres"), QStringLiteral("-c"), sql},
                                 &out),
                 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_teamdock"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("rita"));
        AppSettings().setFirstRunGuideDismissed(true);
        AppSettings().setAutoAdvance(false);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        dock()->show();
        dock()->raise();
    }

    void cleanup() { m_window.reset(); }

    void dockFiguresEqualTheReport()
    {
        makeProject(3);
        openAndWait(m_project);
        const AgreementReport want = expectedReport(m_project);
        QCOMPARE(want.annotators.size(), 3);
        QVERIFY(!dock()->isEmptyState());
        const QString summary = dock()->summary()->text();
        QVERIFY2(summary.contains(QStringLiteral("Fleiss' \u03ba: %1").arg(AgreementDock::number(want.fleissKappa))),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("\u03b1: %1").arg(AgreementDock::number(want.krippendorffAlpha))));
        QVERIFY(summary.contains(QStringLiteral("two or more: %1").arg(want.pairsMultiplyLabelled)));
        QCOMPARE(want.pairsMultiplyLabelled, kPairs);
        QTableWidget *cohen = dock()->cohenTable();
        QCOMPARE(cohen->rowCount(), int(want.cohen.size()));
        for (int i = 0; i < cohen->rowCount(); ++i) {
            QCOMPARE(cohen->item(i, 0)->text(), want.cohen[size_t(i)].a);
            QCOMPARE(cohen->item(i, 1)->text(), want.cohen[size_t(i)].b);
            QCOMPARE(cohen->item(i, 2)->text(), AgreementDock::number(want.cohen[size_t(i)].kappa));
            QCOMPARE(cohen->item(i, 3)->text(), QString::number(want.cohen[size_t(i)].n));
        }
        QCOMPARE(cohen->item(0, 3)->text(), QStringLiteral("10"));  // alice and bob labelled every pair
        for (int c = 0; c < kNumClasses; ++c)
            QCOMPARE(dock()->classTable()->item(c, 1)->text(), AgreementDock::number(want.perClass[size_t(c)]));
    }

    void confusionCellClickFiltersThePairs()
    {
        makeProject(3);
        openAndWait(m_project);
        dock()->annotatorA()->setCurrentText(QStringLiteral("alice"));
        dock()->annotatorB()->setCurrentText(QStringLiteral("bob"));
        const auto &alice = teamLabels()[0].second, &bob = teamLabels()[1].second;
        QTableWidget *matrix = dock()->matrix();
        for (int r = 0; r < kNumClasses; ++r)
            for (int c = 0; c < kNumClasses; ++c) {
                int n = 0;
                for (int i = 0; i < kPairs; ++i)
                    n += alice[size_t(i)] == r && bob[size_t(i)] == c;
                QCOMPARE(matrix->item(r, c)->text(), QString::number(n));
            }
        // alice said Contradiction (0)... bob said Implies (1) on pair 3 only; alice 2, bob 0 on pair 5.
        matrix->scrollToItem(matrix->item(2, 0));
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualItemRect(matrix->item(2, 0)).center());
        QCOMPARE(proxy()->rowCount(), 1);
        QCOMPARE(m_window->session()->pairs()->pair(proxy()->sourceRow(0)).key, m_keys[5]);
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualItemRect(matrix->item(0, 0)).center());
        QSet<qint64> shown;
        for (int r = 0; r < proxy()->rowCount(); ++r)
            shown.insert(m_window->session()->pairs()->pair(proxy()->sourceRow(r)).key);
        QCOMPARE(shown, QSet<qint64>({m_keys[0], m_keys[6], m_keys[9]}));
        proxy()->clearFilters();
        QCOMPARE(proxy()->rowCount(), kPairs);
    }

    void fewerThanTwoAnnotatorsIsTheEmptyState()
    {
        makeProject(1);
        openAndWait(m_project);
        QVERIFY(dock()->isEmptyState());
        // A second annotator in another process: the dock follows without a reopen.
        ProjectStore other;
        QString error;
        QVERIFY(other.open(m_project, &error));
        QVERIFY2(other.recordAnnotatorLabel(m_keys[0], 1, QStringLiteral("bob"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!dock()->isEmptyState(), 15000);
        QCOMPARE(dock()->cohenTable()->rowCount(), 1);
    }

    void adjudicationKeysWriteAndAdvance()
    {
        makeProject(3);
        openAndWait(m_project);
        AdjudicationDialog *dialog = showDialog();
        QVERIFY(dialog && dialog->isVisible());
        const int disputed = int(team()->snapshot()->disputed.size());
        QVERIFY(disputed >= 2);
        QCOMPARE(dialog->list()->rowCount(), disputed);
        dialog->list()->setCurrentCell(0, 0);
        const qint64 first = dialog->currentKey();
        QVERIFY(dialog->votes()->rowCount() >= 2);  // each annotator's label side by side
        QTest::keyClick(dialog->list(), Qt::Key_3);
        ProjectStore check;
        QString error;
        QVERIFY(check.open(m_project, &error));
        auto decided = check.adjudications();
        QCOMPARE(int(decided.size()), 1);
        QCOMPARE(decided.front().pairKey, first);
        QCOMPARE(decided.front().label, 2);
        QCOMPARE(decided.front().reviewer, QStringLiteral("rita"));
        QCOMPARE(dialog->list()->currentRow(), 1);  // moved on
        PairTableModel *pairs = m_window->session()->pairs();
        QCOMPARE(pairs->pair(pairs->rowOfKey(first)).currentLabel, 2);  // the table shows the final label
        dialog->list()->setCurrentCell(0, 0);
        QTest::keyClick(dialog->list(), Qt::Key_Backspace);
        QVERIFY(check.adjudications().empty());
        QCOMPARE(dialog->list()->currentRow(), 0);  // taking back does not move on
    }

    void serverProjectOpensAfterThePasswordPrompt()
    {
        m_pgSkip = test::PgCluster::unavailableReason();
        if (m_pgSkip.isEmpty() && !m_pg.isRunning() && !m_pg.start())
            m_pgSkip = m_pg.error();
        if (!m_pgSkip.isEmpty())
            QSKIP(qPrintable(m_pgSkip));
        ProjectStore owner;
        QString error;
        Dataset ds = fixture();
        QVERIFY2(owner.create(serverUrl(m_pg.superuser()), &error) && owner.addPairs(ds, QStringLiteral("o"), &error),
                 qPrintable(error));
        addMember(QStringLiteral("dana"), StorePgSchema::Role::Reviewer);
        addMember(QStringLiteral("erin"), StorePgSchema::Role::Annotator);
        addMember(QStringLiteral("fred"), StorePgSchema::Role::Annotator);
        psql(QStringLiteral("ALTER ROLE dana PASSWORD 'letmein'"));
        QFile hba(m_pg.dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("host all dana 127.0.0.1/32 scram-sha-256\n" + rules);
        hba.close();
        psql(QStringLiteral("SELECT pg_reload_conf()"));
        for (int a = 1; a < 3; ++a) {  // erin and fred disagree on pairs 3 and 5
            ProjectStore annotator;
            const QString name = a == 1 ? QStringLiteral("erin") : QStringLiteral("fred");
            QVERIFY2(annotator.open(serverUrl(name), &error), qPrintable(error));
            for (int i = 0; i < kPairs; ++i)
                QVERIFY2(annotator.recordAnnotatorLabel(ds.pairs[size_t(i)].key, teamLabels()[size_t(a - 1)].second[size_t(i)],
                                                        QString(), &error),
                         qPrintable(error));
        }

        QStringList asked;
        team()->setPasswordPrompt([&asked](const QString &, const QString &reason, QString *password) {
            asked << reason;
            *password = asked.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("letmein");
            return true;
        });
        openAndWait(serverUrl(QStringLiteral("dana")));
        QCOMPARE(asked.size(), 2);  // asked, refused, asked again
        ProjectStore *store = m_window->session()->store();
        QVERIFY(store && store->isServer());
        QCOMPARE(store->serverIdentity(), QStringLiteral("dana"));
        QCOMPARE(m_window->session()->pairs()->rowCount(), kPairs);
        QTRY_COMPARE(AppSettings().recentProjects().value(0), serverUrl(QStringLiteral("dana")));  // written a moment later
        QDirIterator settings(m_dir->filePath(QStringLiteral("settings")), QDir::Files, QDirIterator::Subdirectories);
        while (settings.hasNext()) {  // the password is in no settings file
            QFile f(settings.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("letmein"));
        }
        QVERIFY(!dock()->isEmptyState());
        AdjudicationDialog *dialog = showDialog();
        QVERIFY(dialog->list()->rowCount() >= 2);
        dialog->list()->setCurrentCell(0, 0);
        QTest::keyClick(dialog->list(), Qt::Key_1);  // dana is a reviewer: accepted
        QVERIFY(!dialog->status()->text().startsWith(QLatin1String("Refused")));
        QCOMPARE(dialog->list()->currentRow(), 1);
    }

    void serverRefusalShowsInTheDialog()
    {
        if (!m_pgSkip.isEmpty() || !m_pg.isRunning())
            QSKIP("no server (see the previous test)");
        openAndWait(serverUrl(QStringLiteral("erin")));  // trust: no prompt
        AdjudicationDialog *dialog = showDialog();
        QVERIFY(dialog->list()->rowCount() >= 2);
        dialog->list()->setCurrentCell(1, 0);
        QTest::keyClick(dialog->list(), Qt::Key_2);
        QVERIFY2(dialog->status()->text().startsWith(QLatin1String("Refused")), qPrintable(dialog->status()->text()));
        QCOMPARE(dialog->list()->currentRow(), 1);  // nothing moved on
    }

    void serverGoneShowsTheBannerRefusesAndReconnects()
    {
        if (!m_pgSkip.isEmpty() || !m_pg.isRunning())
            QSKIP("no server (see the previous tests)");
        QStringList boxes;  // a message box would block the test: closed and counted
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&boxes] {
            if (QWidget *w = QApplication::activeModalWidget()) {
                boxes << w->windowTitle();
                w->close();
            }
        });
        closer.start(100);
        const QString owner = serverUrl(m_pg.superuser());
        openAndWait(owner);
        ConnectionWatch *watch = team()->connection();
        watch->setRetryInterval(300);
        QVERIFY(m_window->browser()->selectSourceRow(0));
        PairTableModel *pairs = m_window->session()->pairs();
        const qint64 key = pairs->pair(0).key;
        const int before = pairs->pair(0).currentLabel;
        const int other = (before + 1) % kNumClasses;
        const int steps = m_window->session()->undoStack()->count();
        m_pg.stop();
        m_window->setCurrentLabel(other);
        QVERIFY(watch->isLost());  // at once, from the failed write
        QVERIFY(!watch->banner()->isHidden());
        QVERIFY2(watch->banner()->text().contains(QLatin1String("cannot be reached")),
                 qPrintable(watch->banner()->text()));
        QCOMPARE(pairs->pair(0).currentLabel, before);  // refused: not applied
        QCOMPARE(m_window->session()->undoStack()->count(), steps);
        QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char(','))));
        QTest::qWait(1000);  // retries fail while the server is down: the banner stays
        QVERIFY(watch->isLost());
        QVERIFY(m_pg.resume());
        QTRY_VERIFY_WITH_TIMEOUT(!watch->isLost(), 30000);
        QVERIFY(watch->banner()->isHidden());
        // A server project is a team's: the window's label is the owner's own annotator label.
        const auto ownerLabel = [&](int *current) {
            ProjectStore check;
            QString error;
            if (!check.open(owner, &error))
                return -100;
            *current = check.pair(key)->currentLabel;
            for (const AnnotatorLabelRecord &r : check.annotatorLabels())
                if (r.pairKey == key && r.annotator == m_pg.superuser())
                    return r.label;
            return int(kNoLabel);
        };
        int current = -1;
        QCOMPARE(ownerLabel(&current), int(kNoLabel));  // nothing was queued
        QCOMPARE(current, before);
        m_window->setCurrentLabel(other);  // the reconnected session writes again
        QCOMPARE(ownerLabel(&current), other);
        QCOMPARE(pairs->pair(0).currentLabel, current);  // as the server's rule derived it
        QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char(','))));
    }
};

QTEST_MAIN(TestGuiTeamDock)
#include "test_gui_teamdock.moc"
