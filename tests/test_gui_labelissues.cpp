// Label issues in the window (issue 12, item 4): the stored result is loaded when a project opens (also at
// 100,000 pairs, printing the GUI thread's longest stall), the Label quality column sorts by the ranking, a
// noise-matrix cell shows exactly its pairs, Next/Previous suspect walk the ranking and honour the skip hook,
// Accept the suggested label and bulk relabel are one undo step each and logged per pair, the notice says
// when the scores are stale, and Find label issues computes and stores a result. Also ProjectStore::setLabels.
#include "guiprobe.h"

#include "model/data/demo.h"
#include "model/labelissues/labelissuestore.h"
#include "model/store/store.h"
#include "ui/common/appsettings.h"
#include "ui/labelissues/bulkrelabel.h"
#include "ui/session/projectwatcher.h"
#include "ui/labelissues/labelissuejob.h"
#include "ui/labelissues/labelissuepanel.h"
#include "ui/labelissues/labelissuesfeature.h"
#include "ui/labelissues/noisematrixview.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/labelbar.h"
#include "ui/review/pairview.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QUndoStack>
#include <QtTest>

using namespace entail;

namespace {

constexpr int kPairs = 90;

// A made-up result for `pairs`: quality falls with key % 41, every pair whose key is a multiple of 5 is an
// issue suggesting the next label; ordered as LabelIssueFinder orders it.
LabelIssueResult fakeResult(const std::vector<Pair> &pairs)
{
    LabelIssueResult r;
    r.folds = 5;
    r.repeats = 1;
    r.labelsDigest = LabelIssueStore::labelsDigest(pairs);
    r.createdAt = QStringLiteral("2026-12-01T10:00:00Z");
    for (const Pair &p : pairs) {
        if (!isValidLabel(p.currentLabel))
            continue;
        PairScore s;
        s.key = p.key;
        s.id1 = p.first.id;
        s.id2 = p.second.id;
        s.given = p.currentLabel;
        s.isIssue = p.key % 5 == 0;
        s.suggested = s.isIssue ? (s.given + 1) % kNumClasses : s.given;
        s.quality = s.isIssue ? 0.01 * double(p.key % 41) : 0.5 + 0.01 * double(p.key % 41);
        s.probs.fill(float((1.0 - s.quality) / 2.0));
        s.probs[size_t(s.given)] = float(s.quality);
        r.issuesPerLabel[size_t(s.given)] += s.isIssue ? 1 : 0;
        r.noiseMatrix[size_t(s.given)][size_t(s.suggested)] += 1.0;
        r.ranking.push_back(s);
    }
    std::stable_sort(r.ranking.begin(), r.ranking.end(),
                     [](const PairScore &a, const PairScore &b) { return a.quality < b.quality; });
    return r;
}

void storeFakeResult(const QString &project)
{
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, &error), qPrintable(error));
    QVERIFY2(LabelIssueStore::save(store, fakeResult(store.dataset().pairs), &error), qPrintable(error));
}

}  // namespace

class TestGuiLabelIssues : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_templates;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;

    ProjectSession *session() const { return m_window->session(); }
    PairTableModel *pairs() const { return session()->pairs(); }
    PairBrowser *browser() const { return m_window->findChild<PairBrowser *>(QStringLiteral("pairBrowser")); }
    QTableView *table() const { return browser()->view(); }
    PairFilterProxy *proxy() const { return m_window->findChild<PairFilterProxy *>(QStringLiteral("pairFilter")); }
    LabelIssuesFeature *feature() const { return m_window->findChild<LabelIssuesFeature *>(); }
    LabelIssuePanel *panel() const { return m_window->findChild<LabelIssuePanel *>(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    qint64 currentKey() const { return pairs()->pair(browser()->currentSourceRow()).key; }

    void open(const QString &project)
    {
        QSignalSpy opened(session(), &ProjectSession::opened);
        m_window->openProject(project);
        QVERIFY(opened.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(pairs()->labelIssues() != nullptr, 60000);
    }

    // The issues of the stored ranking, in its order.
    std::vector<qint64> issueKeys() const
    {
        std::vector<qint64> keys;
        for (const PairScore &s : pairs()->labelIssues()->ranking)
            if (s.isIssue)
                keys.push_back(s.key);
        return keys;
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key(key), modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_templates.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_labelissues"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        const QString project = m_templates.filePath(QStringLiteral("a.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(project, &error, nullptr, kPairs, 1), qPrintable(error));
        ProjectStore store;
        QVERIFY2(store.open(project, &error), qPrintable(error));
        QVERIFY(store.setLabel(3, kNoLabel, QStringLiteral("t"), QStringLiteral("human"), &error));  // not scored
        store.close();
        storeFakeResult(project);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("tester"));
        AppSettings().setAutoAdvance(false);
        m_project = m_dir->filePath(QStringLiteral("a.entail"));
        QVERIFY(QFile::copy(m_templates.filePath(QStringLiteral("a.entail")), m_project));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        open(m_project);
    }

    void cleanup() { m_window.reset(); }

    void storeSetLabelsIsOneTransaction();
    void qualityColumnSortsByRanking();
    void noiseMatrixCellShowsItsPairs();
    void walkFollowsRankingAndSkipHook();
    void acceptSuggestionIsUndoable();
    void bulkRelabelIsOneUndoStep();
    void staleNoticeAfterCorrection();
    void findComputesAndStores();
    void findCanBeCancelled();
    void largeResultLoadsOffTheGuiThread();
};


void TestGuiLabelIssues::storeSetLabelsIsOneTransaction()
{
    m_window.reset();  // this case uses the store alone
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(m_project, &error), qPrintable(error));
    const qint64 logBefore = qint64(store.log().size());
    const int l1 = store.pair(1)->currentLabel, l2 = store.pair(2)->currentLabel;
    std::vector<int> previous;
    // A missing pair in the middle: nothing is written.
    QVERIFY(!store.setLabels({1, 999999, 2}, {(l1 + 1) % 3, 0, (l2 + 1) % 3}, QStringLiteral("t"),
                             QStringLiteral("human"), &error, &previous));
    QVERIFY(error.contains(QStringLiteral("999999")));
    QCOMPARE(store.pair(1)->currentLabel, l1);
    QCOMPARE(qint64(store.log().size()), logBefore);
    // Pair 2 gets the label it has: compared with the stored label, not logged.
    QVERIFY2(store.setLabels({1, 2}, {(l1 + 1) % 3, l2}, QStringLiteral("t"), QStringLiteral("human"), &error, &previous),
             qPrintable(error));
    QCOMPARE(previous, (std::vector<int>{l1, l2}));
    QCOMPARE(store.pair(1)->currentLabel, (l1 + 1) % 3);
    QCOMPARE(qint64(store.log().size()), logBefore + 1);
    QCOMPARE(store.log(1).back().source, QStringLiteral("human"));
    QVERIFY(!store.setLabels({1}, {7}, QStringLiteral("t"), QStringLiteral("human"), &error));
}

void TestGuiLabelIssues::qualityColumnSortsByRanking()
{
    QCOMPARE(pairs()->data(pairs()->index(pairs()->rowOfKey(3), PairTableModel::LabelQuality)).toString(), QString());
    table()->sortByColumn(PairTableModel::LabelQuality, Qt::AscendingOrder);
    const auto &ranking = pairs()->labelIssues()->ranking;
    QCOMPARE(proxy()->rowCount(), kPairs);
    for (int i = 0; i < int(ranking.size()); ++i) {
        const int row = proxy()->sourceRow(i);
        if (pairs()->pair(row).key != ranking[size_t(i)].key) {
            // Equal qualities may swap (the key breaks ties); the quality order itself must hold.
            QCOMPARE(pairs()->labelQuality(row), ranking[size_t(i)].quality);
        }
    }
    QCOMPARE(pairs()->pair(proxy()->sourceRow(kPairs - 1)).key, qint64(3));  // blank last
    const QString shown = proxy()->index(0, PairTableModel::LabelQuality).data().toString();
    QCOMPARE(shown, QString::number(ranking.front().quality, 'f', 2));
    // The filter: exactly the flagged pairs.
    browser()->filterBar();
    proxy()->setLabelIssuesOnly(true);
    QCOMPARE(proxy()->rowCount(), int(issueKeys().size()));
}

void TestGuiLabelIssues::noiseMatrixCellShowsItsPairs()
{
    QTableWidget *matrix = panel()->matrix()->table();
    QVERIFY(matrix->isVisible());
    const int given = Implies, suggested = NoEntailment;
    const QRect cell = matrix->visualItemRect(matrix->item(given, suggested));
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(proxy()->noiseCell(), qMakePair(given, suggested));
    std::vector<qint64> expected, shown;
    for (const PairScore &s : pairs()->labelIssues()->ranking)
        if (s.isIssue && s.given == given && s.suggested == suggested)
            expected.push_back(s.key);
    for (int i = 0; i < proxy()->rowCount(); ++i)
        shown.push_back(pairs()->pair(proxy()->sourceRow(i)).key);
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    QVERIFY(!expected.empty());
    QCOMPARE(shown, expected);
    QCOMPARE(matrix->item(given, suggested)->text(), QString::number(expected.size()));
    proxy()->clearFilters();
    QCOMPARE(proxy()->rowCount(), kPairs);
}

void TestGuiLabelIssues::walkFollowsRankingAndSkipHook()
{
    const std::vector<qint64> issues = issueKeys();
    QVERIFY(issues.size() >= 4);
    const qint64 skipped = issues[1];
    int asked = 0;
    feature()->setSkip([&](qint64 key) {
        ++asked;
        return key == skipped;
    });
    std::vector<qint64> expected;
    for (qint64 k : issues)
        if (k != skipped)
            expected.push_back(k);
    for (size_t i = 0; i < expected.size(); ++i) {
        press(Qt::Key_N);
        QCOMPARE(currentKey(), expected[i]);
        QVERIFY2(status().startsWith(QStringLiteral("Suspect %1 of %2: given ").arg(i + 1).arg(expected.size())),
                 qPrintable(status()));
    }
    QVERIFY(asked > 0);
    press(Qt::Key_N);  // wraps around
    QCOMPARE(currentKey(), expected[0]);
    press(Qt::Key_N, Qt::ShiftModifier);  // back, wrapping to the last
    QCOMPARE(currentKey(), expected.back());
    press(Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(currentKey(), expected[expected.size() - 2]);
    const PairScore &s = pairs()->labelIssues()->ranking[size_t(pairs()->labelRank(browser()->currentSourceRow()))];
    QVERIFY(status().endsWith(QStringLiteral("(quality %1)").arg(s.quality, 0, 'f', 2)));
}

void TestGuiLabelIssues::acceptSuggestionIsUndoable()
{
    press(Qt::Key_N);
    const int row = browser()->currentSourceRow();
    const qint64 key = currentKey();
    const PairScore score = *pairs()->labelScore(row);
    QVERIFY(score.isIssue);
    press(Qt::Key_A);
    QCOMPARE(pairs()->pair(row).currentLabel, score.suggested);
    QCOMPARE(session()->undoStack()->count(), 1);
    const LogEntry last = session()->store()->log(key).back();
    QCOMPARE(last.source, QStringLiteral("human"));
    QCOMPARE(last.fromLabel, score.given);
    QCOMPARE(last.toLabel, score.suggested);
    QVERIFY(!pairs()->isLabelIssue(row));  // corrected: off the walk
    QCOMPARE(currentKey(), key);           // auto-advance is off
    session()->undoStack()->undo();
    QCOMPARE(pairs()->pair(row).currentLabel, score.given);
    QCOMPARE(session()->store()->pair(key)->currentLabel, score.given);
    // With auto-advance on, it moves to the next suspect.
    m_window->findChild<QAction *>(QStringLiteral("autoAdvance"))->setChecked(true);
    browser()->selectSourceRow(row);
    press(Qt::Key_A);
    const std::vector<qint64> issues = issueKeys();
    const auto at = std::find(issues.begin(), issues.end(), key);
    QCOMPARE(currentKey(), *(at + 1));
}

void TestGuiLabelIssues::bulkRelabelIsOneUndoStep()
{
    QItemSelectionModel *selection = table()->selectionModel();
    QCOMPARE(table()->selectionMode(), QAbstractItemView::ExtendedSelection);
    selection->clearSelection();
    for (int r : {0, 1, 2, 5})
        selection->select(proxy()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    std::vector<qint64> keys;
    std::vector<int> before;
    for (int row : feature()->bulk()->selectedSourceRows()) {
        keys.push_back(pairs()->pair(row).key);
        before.push_back(pairs()->pair(row).currentLabel);
    }
    QCOMPARE(keys.size(), size_t(4));
    const int target = Contradictory;
    const int changes = int(std::count_if(before.begin(), before.end(), [](int l) { return l != target; }));
    QVERIFY(changes > 0);
    const qint64 logBefore = qint64(session()->store()->log().size());
    QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("bulkLabelMenu"));
    QVERIFY(menu);
    QVERIFY(table()->actions().contains(menu->menuAction()));  // in the table's context menu
    browser()->selectSourceRow(proxy()->sourceRow(1));
    for (int r : {0, 2, 5})
        selection->select(proxy()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const qint64 shown = currentKey();
    QSignalSpy written(feature()->bulk(), &BulkRelabel::labelsWritten);
    menu->actions().at(target)->trigger();
    QCOMPARE(session()->undoStack()->count(), 1);
    // Written on a worker thread. Committed there but not yet applied here, the write is not taken for another
    // window's by the watcher.
    const size_t changing = size_t(std::find_if(before.begin(), before.end(), [](int l) { return l != target; })
                                   - before.begin());
    QSignalSpy elsewhere(session(), &ProjectSession::labelsChangedElsewhere);
    QDeadlineTimer deadline(20000);
    while (session()->store()->pair(keys[changing])->currentLabel != target && !deadline.hasExpired())
        QThread::msleep(5);
    QCOMPARE(pairs()->pair(pairs()->rowOfKey(keys[changing])).currentLabel, before[changing]);
    session()->watcher()->poll();
    QVERIFY(written.wait(20000));
    session()->watcher()->poll();
    QCOMPARE(elsewhere.count(), 0);
    QCOMPARE(currentKey(), shown);  // the selection stays
    QCOMPARE(int(feature()->bulk()->selectedSourceRows().size()), 4);
    QVERIFY(m_window->findChild<PairView *>()->labelBar()->labelButton(target)->isChecked());  // the card shows it
    for (qint64 key : keys) {
        QCOMPARE(pairs()->pair(pairs()->rowOfKey(key)).currentLabel, target);
        QCOMPARE(session()->store()->pair(key)->currentLabel, target);
    }
    const std::vector<LogEntry> log = session()->store()->log();
    QCOMPARE(qint64(log.size()), logBefore + changes);
    for (size_t i = size_t(logBefore); i < log.size(); ++i) {
        QCOMPARE(log[i].source, QStringLiteral("human"));
        QCOMPARE(log[i].annotator, QStringLiteral("tester"));
    }
    session()->undoStack()->undo();
    QVERIFY(written.wait(20000));
    for (size_t i = 0; i < keys.size(); ++i) {
        QCOMPARE(session()->store()->pair(keys[i])->currentLabel, before[i]);
        QCOMPARE(pairs()->pair(pairs()->rowOfKey(keys[i])).currentLabel, before[i]);
    }
    QCOMPARE(qint64(session()->store()->log().size()), logBefore + 2 * changes);
    // An undo asked for while the redo is still being written waits for it and restores the labels.
    session()->undoStack()->redo();
    session()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 4, 20000);
    for (size_t i = 0; i < keys.size(); ++i)
        QCOMPARE(session()->store()->pair(keys[i])->currentLabel, before[i]);
    session()->undoStack()->redo();
    QVERIFY(written.wait(20000));
    QCOMPARE(pairs()->pair(pairs()->rowOfKey(keys[0])).currentLabel, target);
}

void TestGuiLabelIssues::staleNoticeAfterCorrection()
{
    QCOMPARE(panel()->staleText(), QString());
    QVERIFY(panel()->statusText().contains(QStringLiteral("likely label issue")));
    const int row = pairs()->rowOfKey(7);
    session()->setLabel(row, (pairs()->pair(row).currentLabel + 1) % kNumClasses);
    // "%n correction(s)" gets its English plural forms from translations/entail_en.ts, updated after the merge.
    QVERIFY2(panel()->staleText().startsWith(QStringLiteral("Computed before the last 1 correction")), qPrintable(panel()->staleText()));
    session()->setLabel(pairs()->rowOfKey(3), Implies);  // labeled since: not scored
    QVERIFY(panel()->staleText().startsWith(QStringLiteral("Computed before the last 2 correction")));
    QVERIFY(panel()->staleText().endsWith(QStringLiteral(": find again.")));
    session()->undoStack()->undo();
    session()->undoStack()->undo();
    QCOMPARE(panel()->staleText(), QString());
    // The walk says it too.
    session()->setLabel(row, (pairs()->pair(row).currentLabel + 1) % kNumClasses);
    press(Qt::Key_N);
    QVERIFY2(status().contains(QStringLiteral(" \u2014 Computed before the last 1 correction")), qPrintable(status()));
    session()->undoStack()->undo();
    // Stale when opened: said at once.
    session()->setLabel(row, (pairs()->pair(row).currentLabel + 1) % kNumClasses);
    open(m_project);
    QVERIFY(!panel()->staleText().isEmpty());
}

void TestGuiLabelIssues::findComputesAndStores()
{
    QAction *find = feature()->findAction();
    QVERIFY(find->isEnabled());
    QSignalSpy found(feature()->job(), &LabelIssueJob::found);
    find->trigger();
    QVERIFY(!find->isEnabled());  // one run at a time
    QVERIFY(found.wait(120000));
    QVERIFY(find->isEnabled());
    const LabelIssueResult *r = pairs()->labelIssues();
    QVERIFY(r);
    QCOMPARE(int(r->ranking.size()), kPairs - 1);
    QVERIFY(r->labelsDigest == LabelIssueStore::labelsDigest(pairs()->pairs()));
    QVERIFY2(status().startsWith(QStringLiteral("Found ")), qPrintable(status()));
    qInfo("Find label issues on %d pairs: %.1f s", kPairs, r->seconds);
    LabelIssueResult stored;
    QVERIFY(LabelIssueStore::load(*session()->store(), &stored));
    QCOMPARE(stored.createdAt, r->createdAt);
    QCOMPARE(panel()->staleText(), QString());
}

void TestGuiLabelIssues::findCanBeCancelled()
{
    const LabelIssueResult *before = pairs()->labelIssues();
    QSignalSpy found(feature()->job(), &LabelIssueJob::found);
    feature()->findAction()->trigger();
    QVERIFY(feature()->job()->isFinding());
    feature()->job()->cancel();
    QVERIFY(found.wait(120000));
    QVERIFY2(status().contains(QStringLiteral("cancelled")), qPrintable(status()));
    QCOMPARE(pairs()->labelIssues(), before);  // the earlier scores stay
    LabelIssueResult stored;
    QVERIFY(LabelIssueStore::load(*session()->store(), &stored));
    QCOMPARE(stored.createdAt, QStringLiteral("2026-12-01T10:00:00Z"));
    QVERIFY(feature()->findAction()->isEnabled());
}

void TestGuiLabelIssues::largeResultLoadsOffTheGuiThread()
{
    constexpr int kRows = 100000;
    const QString path = m_dir->filePath(QStringLiteral("large.entail"));
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        Dataset ds;
        ds.pairs.resize(kRows);
        for (int i = 0; i < kRows; ++i) {
            Pair &p = ds.pairs[size_t(i)];
            p.first.id = QString::number(1000000 + 2 * i);
            p.second.id = QString::number(1000001 + 2 * i);
            p.first.text = QStringLiteral("Harbor FC match E%1 on day %2").arg(i % 97).arg(i % 7);
            p.second.text = QStringLiteral("Update %1 about the match").arg(i);
            p.first.imageMissing = p.second.imageMissing = true;
            p.originalLabel = p.currentLabel = i % 3;
        }
        QVERIFY2(store.addPairs(ds, QStringLiteral("test"), &error), qPrintable(error));
        QVERIFY2(LabelIssueStore::save(store, fakeResult(store.dataset().pairs), &error), qPrintable(error));
        qInfo("stored result: %lld bytes of JSON",
              qint64(store.meta(QString::fromLatin1(LabelIssueStore::kMetaKey)).toString().size()));
    }
    QSignalSpy loaded(feature()->job(), &LabelIssueJob::loaded);
    QSignalSpy opened(session(), &ProjectSession::opened);
    test::GuiProbe probe;
    probe.start();
    QTest::qWait(1500);
    probe.report("baseline: the window idle for 1.5 s on this machine now");
    probe.start();
    m_window->openProject(path);
    QVERIFY(opened.wait(120000));
    probe.report("open a project of 100,000 pairs (the session's part)");
    probe.start();
    QVERIFY(!loaded.isEmpty() || loaded.wait(120000));
    QCoreApplication::processEvents();
    probe.report("load its label-issue scores (read, parse, show)");
    QVERIFY(pairs()->labelIssues());
    QCOMPARE(int(pairs()->labelIssues()->ranking.size()), kRows);
    // The GUI thread's part alone (the stall above also holds whatever else ran, on a busy machine).
    const auto result = std::make_shared<const LabelIssueResult>(*pairs()->labelIssues());
    QElapsedTimer apply;
    apply.start();
    std::vector<int> ranks = PairTableModel::rankOfRows(*result, pairs()->keysOfRows());  // the worker's part
    apply.start();
    pairs()->setLabelIssues(result, std::move(ranks));  // as the feature does: the column, the panel's one pass
    qInfo("showing the loaded scores on the GUI thread: %.1f ms", double(apply.nsecsElapsed()) / 1e6);
    QCOMPARE(pairs()->labelRank(pairs()->rowOfKey(result->ranking[7].key)), 7);

    QCOMPARE(panel()->staleText(), QString());
    probe.start();
    press(Qt::Key_N);
    QCOMPARE(currentKey(), issueKeys().front());
    probe.report("next suspect at 100,000 pairs");
    probe.start();
    table()->sortByColumn(PairTableModel::LabelQuality, Qt::AscendingOrder);
    probe.report("sort by label quality at 100,000 pairs");
    probe.start();
    table()->sortByColumn(PairTableModel::Confidence, Qt::AscendingOrder);
    probe.report("sort by confidence at 100,000 pairs (for comparison)");

    // The same opening without stored scores: what of the stall above is the opening's own.
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.setMeta(QString::fromLatin1(LabelIssueStore::kMetaKey), QString(), &error));
    }
    loaded.clear();
    opened.clear();
    m_window->openProject(path);
    QVERIFY(opened.wait(120000));
    probe.start();
    QVERIFY(!loaded.isEmpty() || loaded.wait(120000));
    QCoreApplication::processEvents();
    probe.report("for comparison: the same after opening without stored scores");
    QVERIFY(!pairs()->labelIssues());
}

QTEST_MAIN(TestGuiLabelIssues)
#include "test_gui_labelissues.moc"
