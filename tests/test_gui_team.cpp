// Working as a team in the window (offscreen): in team mode a label pressed in the window is the annotator's
// own (others' labels untouched, the pair's label by the rule), undo gives back the annotator's own earlier
// label or takes the first one back; a plain project file is not in team mode until its owner turns it on
// (kept in the project); the Team filter's "My queue", the state flag and the progress line follow the
// labels; blind mode hides the labels, the prediction and the history until the annotator labelled the pair;
// another annotator's label shows without a restart; on a server an annotator (no owner rights) labels from
// the window, which a direct write of the pair's label would not be allowed to do.
#include "model/store/storeconnection.h"
#include "model/store/storepgschema.h"
#include "model/store/store.h"
#include "model/team/projectlocator.h"
#include "pgcluster.h"
#include "ui/common/appsettings.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/review/historypanel.h"
#include "ui/review/labelbar.h"
#include "ui/review/pairview.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/team/teamfeature.h"
#include "ui/team/teamwork.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
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
        p.originalLabel = p.currentLabel = 2;
        ds.pairs.push_back(p);
    }
    return ds;
}

// rita's labels of `key` in the store (kNoLabel: none), and everybody else's as "name=label" strings.
int labelOf(const QString &project, qint64 key, const QString &annotator, QStringList *others = nullptr)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, &error))
        return -100;
    int mine = kNoLabel;
    for (const AnnotatorLabelRecord &r : store.annotatorLabels()) {
        if (r.pairKey != key)
            continue;
        if (r.annotator == annotator)
            mine = r.label;
        else if (others)
            *others << QStringLiteral("%1=%2").arg(r.annotator).arg(r.label);
    }
    return mine;
}

}  // namespace

class TestGuiTeam : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_project;
    std::vector<qint64> m_keys;
    test::PgCluster m_pg;

    TeamFeature *team() const { return m_window->findChild<TeamFeature *>(); }
    TeamWork *work() const { return m_window->findChild<TeamWork *>(); }
    ProjectSession *session() const { return m_window->session(); }
    PairTableModel *pairs() const { return session()->pairs(); }

    // A project file; `labels` per annotator: the label of pair i (kNoLabel: not labelled).
    void makeProject(const std::vector<std::pair<QString, std::vector<int>>> &labels)
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
        for (const auto &[name, ofPair] : labels)
            for (int i = 0; i < kPairs; ++i)
                if (ofPair[size_t(i)] != kNoLabel)
                    QVERIFY2(store.recordAnnotatorLabel(m_keys[size_t(i)], ofPair[size_t(i)], name, &error),
                             qPrintable(error));
    }

    // Opens the project and waits for the team's first read when team mode is on.
    void openAndWait(const QString &project)
    {
        QSignalSpy opened(session(), &ProjectSession::opened);
        QSignalSpy refreshed(team(), &TeamFeature::refreshed);
        m_window->openProject(project);
        QVERIFY(opened.wait(30000));
        if (work()->isActive())
            QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 30000);
    }

    void select(int row) { QVERIFY(m_window->browser()->selectSourceRow(row)); }

    QString cell(int row, int column) const { return pairs()->index(row, column).data().toString(); }

    // The team's part of the Flags column ("team: agreed"), empty when none.
    QString teamFlag(int row) const
    {
        for (const QString &flag : cell(row, PairTableModel::Flags).split(QStringLiteral(", ")))
            if (flag.startsWith(QLatin1String("team:")))
                return flag;
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_team"));
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
    }

    void cleanup() { m_window.reset(); }

    void windowLabelsAreTheAnnotatorsOwnWithUndo()
    {
        makeProject({{QStringLiteral("alice"), {0, 1, 0, 0, 0, 0, 0, 0, 0, 0}}});
        openAndWait(m_project);
        QVERIFY(session()->teamMode());
        select(0);
        m_window->setCurrentLabel(1);  // alice 0, rita 1: no majority, the label stays
        QStringList others;
        QCOMPARE(labelOf(m_project, m_keys[0], QStringLiteral("rita"), &others), 1);
        QCOMPARE(others, QStringList{QStringLiteral("alice=0")});
        QCOMPARE(pairs()->pair(0).currentLabel, 0);  // alice's alone had made it 0; now a disagreement keeps it
        select(1);
        m_window->setCurrentLabel(1);  // agrees with alice
        QCOMPARE(pairs()->pair(1).currentLabel, 1);
        m_window->setCurrentLabel(2);  // rita changes her mind: alice 1, rita 2
        QCOMPARE(labelOf(m_project, m_keys[1], QStringLiteral("rita")), 2);
        QUndoStack *undo = session()->undoStack();
        undo->undo();  // rita's own earlier label, not the pair's
        QCOMPARE(labelOf(m_project, m_keys[1], QStringLiteral("rita")), 1);
        QCOMPARE(pairs()->pair(1).currentLabel, 1);
        undo->undo();  // her first label of the pair is taken back
        QCOMPARE(labelOf(m_project, m_keys[1], QStringLiteral("rita"), &others), kNoLabel);
        QCOMPARE(pairs()->pair(1).currentLabel, 1);  // alice's single label
        undo->undo();
        QCOMPARE(labelOf(m_project, m_keys[0], QStringLiteral("rita"), &others), kNoLabel);
        QCOMPARE(labelOf(m_project, m_keys[0], QStringLiteral("alice")), 0);  // never touched
        undo->redo();
        QCOMPARE(labelOf(m_project, m_keys[0], QStringLiteral("rita")), 1);
        // The pair's label in the table is the store's
        ProjectStore check;
        QString error;
        QVERIFY2(check.open(m_project, &error), qPrintable(error));
        for (int row = 0; row < kPairs; ++row)
            QCOMPARE(pairs()->pair(row).currentLabel, check.pair(pairs()->pair(row).key)->currentLabel);
    }

    void plainFileTurnsTeamModeOnAndKeepsIt()
    {
        makeProject({});
        openAndWait(m_project);
        QVERIFY(!session()->teamMode());
        QVERIFY(work()->filterBox()->isHidden());
        QVERIFY(!work()->blindAction()->isEnabled());
        select(3);
        m_window->setCurrentLabel(0);  // a plain correction: no annotator label
        QCOMPARE(labelOf(m_project, m_keys[3], QStringLiteral("rita")), kNoLabel);
        QCOMPARE(pairs()->pair(3).currentLabel, 0);
        QAction *mode = work()->teamModeAction();
        QVERIFY(mode->isEnabled());
        mode->trigger();
        QVERIFY(session()->teamMode());
        QVERIFY(!work()->filterBox()->isHidden());
        select(4);
        m_window->setCurrentLabel(1);
        QCOMPARE(labelOf(m_project, m_keys[4], QStringLiteral("rita")), 1);
        QVERIFY(!mode->isEnabled());  // annotators have labelled: it stays a team's project
        m_window = std::make_unique<MainWindow>();  // the same project in a new window
        m_window->show();
        openAndWait(m_project);
        QVERIFY(session()->teamMode());
        QVERIFY(work()->teamModeAction()->isChecked());
    }

    void myQueueStateFlagsAndProgress()
    {
        const int n = kNoLabel;
        makeProject({{QStringLiteral("alice"), {0, 1, 2, 0, 1, n, n, n, n, n}},
                     {QStringLiteral("bob"), {0, 2, 2, n, n, n, n, n, n, n}},
                     {QStringLiteral("rita"), {n, n, n, n, n, 1, n, n, n, n}}});
        openAndWait(m_project);
        QVERIFY(session()->teamMode());
        QTRY_VERIFY(work()->progressLabel()->text().contains(QLatin1String("1 of 10 labelled by me")));
        QVERIFY2(work()->progressLabel()->text().contains(QLatin1String("3 of 10 done by the team")),
                 qPrintable(work()->progressLabel()->text()));
        QCOMPARE(teamFlag(0), QStringLiteral("team: agreed"));
        QCOMPARE(teamFlag(1), QStringLiteral("team: disagreement"));
        QCOMPARE(teamFlag(3), QStringLiteral("team: 1 of 2 labels"));
        QCOMPARE(teamFlag(9), QString());
        QVERIFY(cell(0, PairTableModel::Flags).startsWith(QLatin1String("team: ")));  // the team's state first
        const QString tip = pairs()->index(1, PairTableModel::Flags).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("You have not labelled")) && tip.contains(QLatin1String("alice: Implies"))
                     && tip.contains(QLatin1String("bob: NoEntailment")),
                 qPrintable(tip));
        QComboBox *filter = work()->filterBox();
        filter->setCurrentIndex(filter->findData(int(TeamWork::MyQueue)));
        PairFilterProxy *proxy = m_window->findChild<PairFilterProxy *>();
        // Not labelled by rita, fewer than two labels: pairs 3, 4 and 6..9.
        QCOMPARE(proxy->rowCount(), 6);
        QCOMPARE(proxy->proxyRow(5), -1);
        select(3);
        m_window->setCurrentLabel(0);  // agrees with alice: done by the team, out of my queue
        QCOMPARE(proxy->rowCount(), 5);
        QVERIFY2(work()->progressLabel()->text().contains(QLatin1String("2 of 10 labelled by me")),
                 qPrintable(work()->progressLabel()->text()));
        QVERIFY(work()->progressLabel()->text().contains(QLatin1String("4 of 10 done by the team")));
        filter->setCurrentIndex(filter->findData(int(ConsensusState::Disagreement)));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->sourceRow(0), 1);
    }

    // A pair assigned to me stays in my queue until I labelled it, however many labels others gave it.
    void assignedPairsJoinMyQueue()
    {
        const int n = kNoLabel;
        makeProject({{QStringLiteral("alice"), {0, 0, 0, n, n, n, n, n, n, n}},
                     {QStringLiteral("bob"), {0, 0, 0, n, n, n, n, n, n, n}}});
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(m_project, &error) && store.assignPairs({m_keys[0], m_keys[4]}, "rita", &error)
                     && store.assignPairs({m_keys[1]}, "carl", &error),
                 qPrintable(error));
        store.close();
        openAndWait(m_project);
        QComboBox *filter = work()->filterBox();
        PairFilterProxy *proxy = m_window->findChild<PairFilterProxy *>();
        filter->setCurrentIndex(filter->findData(int(TeamWork::MyQueue)));
        QCOMPARE(proxy->rowCount(), 8);  // pair 0 (agreed, but mine) and the seven without labels
        QCOMPARE(proxy->sourceRow(0), 0);
        filter->setCurrentIndex(filter->findData(int(TeamWork::AssignedToMe)));
        QCOMPARE(proxy->rowCount(), 2);
        QCOMPARE(proxy->sourceRow(1), 4);
        QVERIFY(pairs()->index(0, PairTableModel::Flags).data(Qt::ToolTipRole).toString().contains("Assigned to you"));
        QVERIFY(!pairs()->index(1, PairTableModel::Flags).data(Qt::ToolTipRole).toString().contains("Assigned"));
        select(0);
        m_window->setCurrentLabel(0);
        filter->setCurrentIndex(filter->findData(int(TeamWork::MyQueue)));
        QCOMPARE(proxy->rowCount(), 7);  // labelled: out of my queue
    }

    void blindModeHidesUntilLabelled()
    {
        makeProject({{QStringLiteral("alice"), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}});
        openAndWait(m_project);
        select(2);  // shown before blind mode is turned on: the pair view follows at once
        auto *shown = m_window->findChild<PairView *>();
        QVERIFY(!shown->headerText().contains(QLatin1String("hidden")));
        work()->blindAction()->trigger();
        QVERIFY(AppSettings().blindMode());
        QCOMPARE(cell(2, PairTableModel::CurrentLabel), QStringLiteral("hidden"));
        QCOMPARE(cell(2, PairTableModel::OriginalLabel), QStringLiteral("hidden"));
        QCOMPARE(pairs()->index(2, PairTableModel::CurrentLabel).data(PairTableModel::LabelRole).toInt(), kNoLabel);
        auto *view = m_window->findChild<PairView *>();
        QVERIFY2(view->headerText().contains(QLatin1String("hidden")), qPrintable(view->headerText()));
        QVERIFY2(!view->headerText().contains(QLatin1String("Contradictory")), qPrintable(view->headerText()));
        for (int label = 0; label < kNumClasses; ++label)
            QVERIFY(!view->labelBar()->labelButton(label)->isChecked());
        auto *history = m_window->findChild<HistoryPanel *>();
        QVERIFY(history->findChild<QLabel *>()->text().contains(QLatin1String("hidden")));
        QVERIFY(m_window->predictionPanel()->explanationText().isEmpty()
                || m_window->predictionPanel()->explanationText().contains(QLatin1String("hidden")));
        m_window->setCurrentLabel(1);  // labelled: everything shows
        QCOMPARE(cell(2, PairTableModel::CurrentLabel), pairs()->index(2, PairTableModel::CurrentLabel).data().toString());
        QVERIFY(cell(2, PairTableModel::CurrentLabel) != QStringLiteral("hidden"));
        QVERIFY(!view->headerText().contains(QLatin1String("hidden until")));
        QVERIFY(view->labelBar()->labelButton(pairs()->pair(2).currentLabel)->isChecked());
        QCOMPARE(cell(3, PairTableModel::CurrentLabel), QStringLiteral("hidden"));  // the others stay hidden
        QCOMPARE(teamFlag(3), QStringLiteral("team: 1 label(s)"));  // no state: it would hint at alice's label
        QTRY_COMPARE(teamFlag(2), QStringLiteral("team: disagreement"));  // labelled: the state shows (next read)
        work()->blindAction()->trigger();
        QVERIFY(cell(3, PairTableModel::CurrentLabel) != QStringLiteral("hidden"));
        QCOMPARE(teamFlag(3), QStringLiteral("team: 1 of 2 labels"));
    }

    void othersLabelsShowWithoutRestart()
    {
        makeProject({{QStringLiteral("alice"), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}});
        openAndWait(m_project);
        QCOMPARE(teamFlag(7), QStringLiteral("team: 1 of 2 labels"));
        {
            ProjectStore bob;  // another process, as far as the window can tell
            QString error;
            QVERIFY2(bob.open(m_project, &error), qPrintable(error));
            QVERIFY2(bob.recordAnnotatorLabel(m_keys[7], 0, QStringLiteral("bob"), &error), qPrintable(error));
            QVERIFY2(bob.recordAnnotatorLabel(m_keys[8], 1, QStringLiteral("bob"), &error), qPrintable(error));
        }
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(teamFlag(7), QStringLiteral("team: agreed"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(teamFlag(8), QStringLiteral("team: disagreement"), 10000);
        qInfo("another annotator's labels shown after %lld ms", clock.elapsed());
    }

    void serverAnnotatorLabelsFromTheWindow()
    {
        QString skip = test::PgCluster::unavailableReason();
        if (skip.isEmpty() && !m_pg.start())
            skip = m_pg.error();
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        const auto url = [this](const QString &user) {
            return m_pg.projectUrl(user, QStringLiteral("work"));
        };
        ProjectStore owner;
        QString error;
        Dataset ds = fixture();
        QVERIFY2(owner.create(url(m_pg.superuser()), &error) && owner.addPairs(ds, QStringLiteral("o"), &error),
                 qPrintable(error));
        QVERIFY2(owner.addTeamMember(QStringLiteral("erin"), ProjectStore::TeamRole::Annotator, &error), qPrintable(error));
        QVERIFY2(owner.addTeamMember(QStringLiteral("fred"), ProjectStore::TeamRole::Annotator, &error), qPrintable(error));
        openAndWait(url(QStringLiteral("erin")));
        QVERIFY(session()->teamMode());
        QCOMPARE(session()->identity(), QStringLiteral("erin"));
        select(4);
        m_window->setCurrentLabel(0);
        QCOMPARE(pairs()->pair(4).currentLabel, 0);  // the server derived it from erin's single label
        QCOMPARE(labelOf(url(m_pg.superuser()), ds.pairs[4].key, QStringLiteral("erin")), 0);
        QCOMPARE(teamFlag(4), QStringLiteral("team: 1 of 2 labels"));
        {
            ProjectStore fred;
            QVERIFY2(fred.open(url(QStringLiteral("fred")), &error), qPrintable(error));
            QVERIFY2(fred.recordAnnotatorLabel(ds.pairs[4].key, 1, QString(), &error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(teamFlag(4), QStringLiteral("team: disagreement"), 10000);
        session()->undoStack()->undo();  // erin's label taken back: fred's single label decides
        QCOMPARE(labelOf(url(m_pg.superuser()), ds.pairs[4].key, QStringLiteral("erin")), kNoLabel);
        QCOMPARE(pairs()->pair(4).currentLabel, 1);
        m_pg.stop();
    }
};

QTEST_MAIN(TestGuiTeam)
#include "test_gui_team.moc"
