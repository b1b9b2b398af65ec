// Review states and duplicate groups in the window (offscreen): S / U / R set the state of the shown pair as
// one undoable step, a label change voids "label is right", auto-advance moves on, the Flags column, the note
// and the review filter follow, states survive reopening; duplicate groups show in Flags, the "Duplicates
// disagree" filter counts the conflicting groups' pairs, and D opens the group, where a click selects a pair.
#include "model/data/importer.h"
#include "model/store/reviewstore.h"
#include "testsupport.h"
#include "model/store/store.h"
#include "ui/common/appsettings.h"
#include "ui/duplicates/duplicatefeature.h"
#include "ui/duplicates/duplicatesdialog.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/reviewstate/commentdialog.h"
#include "ui/reviewstate/reviewfeature.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

using namespace entail;

namespace {
constexpr int kPairs = 12;

// Rows 0-2: one text pair with labels NoEntailment, Implies, unlabeled (a conflict); rows 3-4: another, both
// Implies; row 5 holds row 0's texts reversed; the rest are unique. Every third from row 6 is unlabeled.
Dataset fixture()
{
    Dataset ds;
    for (int i = 0; i < kPairs; ++i) {
        Pair p;
        p.first.id = QString::number(100 + i);
        p.second.id = QString::number(200 + i);
        p.first.text = QStringLiteral("Unique first tweet %1").arg(i);
        p.second.text = QStringLiteral("Unique second tweet %1").arg(i);
        p.originalLabel = p.currentLabel = i % 3 == 0 ? kNoLabel : i % kNumClasses;
        ds.pairs.push_back(p);
    }
    const int labels[] = {NoEntailment, Implies, kNoLabel, Implies, Implies};
    for (int i = 0; i < 5; ++i) {
        Pair &p = ds.pairs[size_t(i)];
        p.first.text = i < 3 ? QStringLiteral("Storm hits the city https://t.co/%1").arg(i) : QStringLiteral("Same &amp; same");
        p.second.text = i < 3 ? QStringLiteral("@news The city is flooded") : QStringLiteral("other");
        p.originalLabel = p.currentLabel = labels[i];
    }
    ds.pairs[5].first.text = QStringLiteral("The city is flooded");
    ds.pairs[5].second.text = QStringLiteral("Storm hits the city");
    return ds;
}
}  // namespace

class TestGuiReview : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;

    ProjectSession *session() const { return m_window->session(); }
    PairBrowser *browser() const { return m_window->findChild<PairBrowser *>(QStringLiteral("pairBrowser")); }
    QTableView *table() const { return browser()->view(); }
    PairFilterProxy *proxy() const { return m_window->findChild<PairFilterProxy *>(QStringLiteral("pairFilter")); }
    ReviewFeature *review() const { return m_window->findChild<ReviewFeature *>(); }
    DuplicateFeature *duplicates() const { return m_window->findChild<DuplicateFeature *>(); }
    PairTableModel *pairs() const { return session()->pairs(); }
    QString flags(int row) const { return pairs()->index(row, PairTableModel::Flags).data().toString(); }
    QString flagsTip(int row) const { return pairs()->index(row, PairTableModel::Flags).data(Qt::ToolTipRole).toString(); }
    int history() const { return int(ReviewStore::history(*session()->store()).size()); }

    void open()
    {
        QSignalSpy opened(session(), &ProjectSession::opened);
        m_window->openProject(m_project);
        QVERIFY(opened.wait(30000));
        // The groups may be in already (they start with the rows, before `opened`): wait only when they are not.
        if (duplicates()->isComputing() || duplicates()->groups().rowCount() != pairs()->rowCount()) {
            QSignalSpy ready(duplicates(), &DuplicateFeature::groupsReady);
            QVERIFY(ready.wait(10000));
        }
    }

    void press(int row, Qt::Key key)
    {
        QVERIFY(browser()->selectSourceRow(row));
        QTest::keyClick(table(), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_review"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("tester"));
        AppSettings().setAutoAdvance(false);
        AppSettings().setFirstRunGuideDismissed(true);
        m_project = m_dir->filePath(QStringLiteral("r.entail"));
        ProjectStore store;
        QString error;
        Dataset ds = fixture();
        QVERIFY2(store.create(m_project, &error) && store.addPairs(ds, QStringLiteral("importer"), &error), qPrintable(error));
        store.close();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        open();
    }

    void cleanup() { m_window.reset(); }

    void keysSetStatesAndUndo()
    {
        press(1, Qt::Key_S);
        QCOMPARE(review()->state(1), ReviewState::Skipped);
        QVERIFY2(flags(1).contains(QStringLiteral("skipped")), qPrintable(flags(1)));
        QCOMPARE(history(), 1);
        QCOMPARE(browser()->currentSourceRow(), 1);  // auto-advance is off
        session()->undoStack()->undo();
        QCOMPARE(review()->state(1), ReviewState::None);
        QCOMPARE(history(), 2);  // undo is a new entry: nothing is overwritten
        session()->undoStack()->redo();
        QCOMPARE(review()->state(1), ReviewState::Skipped);
        press(1, Qt::Key_U);
        QCOMPARE(review()->state(1), ReviewState::Unsure);
        press(1, Qt::Key_U);  // the same key again clears it
        QCOMPARE(review()->state(1), ReviewState::None);

        press(4, Qt::Key_R);
        QCOMPARE(review()->state(4), ReviewState::Confirmed);
        QVERIFY(review()->book().isConfirmed(pairs()->pair(4).key, Implies));
        QTest::keyClick(table(), Qt::Key_1);  // Contradictory: the confirmation no longer holds
        QCOMPARE(pairs()->pair(4).currentLabel, int(Contradictory));
        QCOMPARE(review()->state(4), ReviewState::None);
        QVERIFY(!flags(4).contains(QStringLiteral("label is right")));
        session()->undoStack()->undo();  // the label is back: so is the confirmation
        QCOMPARE(review()->state(4), ReviewState::Confirmed);

        const int before = history();
        press(2, Qt::Key_R);  // unlabeled: nothing to confirm
        QCOMPARE(review()->state(2), ReviewState::None);
        QCOMPARE(history(), before);
        press(2, Qt::Key_S);
        QCOMPARE(review()->state(2), ReviewState::Skipped);
        QTest::keyClick(table(), Qt::Key_3);  // a labelled pair is no longer skipped
        QCOMPARE(review()->state(2), ReviewState::None);
        QCOMPARE(history(), before + 1);  // its history keeps the skip
    }

    void autoAdvanceAndComment()
    {
        auto *advance = m_window->findChild<QAction *>(QStringLiteral("autoAdvance"));
        advance->setChecked(true);
        press(6, Qt::Key_S);
        QCOMPARE(review()->state(6), ReviewState::Skipped);
        QCOMPARE(browser()->currentSourceRow(), 7);
        press(7, Qt::Key_U);
        QCOMPARE(browser()->currentSourceRow(), 8);
        QVERIFY(browser()->selectSourceRow(7));
        QVERIFY(review()->setComment(QStringLiteral("irony, ask Bob")));
        QCOMPARE(browser()->currentSourceRow(), 7);  // a comment does not move on
        QVERIFY(review()->note()->isVisible());
        QVERIFY2(review()->note()->text().contains(QStringLiteral("irony")), qPrintable(review()->note()->text()));
        QVERIFY2(flagsTip(7).contains(QStringLiteral("irony, ask Bob")), qPrintable(flagsTip(7)));
        QCOMPARE(review()->state(7), ReviewState::Unsure);  // the comment keeps the state
        session()->undoStack()->undo();
        QCOMPARE(review()->book().comment(pairs()->pair(7).key), QString());
        // Ctrl+M: the dialog, filled in and accepted (looked for until it is up).
        QTimer fill;
        connect(&fill, &QTimer::timeout, this, [] {
            if (auto *dialog = qobject_cast<CommentDialog *>(QApplication::activeModalWidget())) {
                dialog->editor()->setPlainText(QStringLiteral("  via the dialog  "));
                dialog->accept();
            }
        });
        fill.start(20);
        QTest::keyClick(table(), Qt::Key_M, Qt::ControlModifier);
        fill.stop();
        QCOMPARE(review()->book().comment(pairs()->pair(7).key), QStringLiteral("via the dialog"));

        // Another window or process reviews a pair: this window follows.
        {
            ProjectStore other;
            QString error;
            QVERIFY(other.open(m_project, &error));
            ReviewEntry e;
            e.pairKey = pairs()->pair(9).key;
            e.state = ReviewState::Unsure;
            e.label = pairs()->pair(9).currentLabel;
            e.annotator = QStringLiteral("bob");
            QVERIFY2(ReviewStore::append(other, e, &error), qPrintable(error));
        }
        review()->poll();
        QCOMPARE(review()->state(9), ReviewState::Unsure);
        QVERIFY(flagsTip(9).contains(QStringLiteral("bob")));

        // Reopened, the project still has them.
        open();
        QCOMPARE(review()->state(6), ReviewState::Skipped);
        QCOMPARE(review()->state(7), ReviewState::Unsure);
    }

    void filterCounts()
    {
        press(1, Qt::Key_S);
        press(6, Qt::Key_S);
        press(7, Qt::Key_U);
        press(8, Qt::Key_R);
        QComboBox *box = review()->filterBox();
        auto count = [&](int choice) {
            box->setCurrentIndex(box->findData(choice));
            return proxy()->rowCount();
        };
        QCOMPARE(count(int(ReviewState::Skipped)), 2);
        auto *pairCount = browser()->filterBar()->findChild<QLabel *>(QStringLiteral("pairCount"));
        QVERIFY2(pairCount->text().contains(QStringLiteral("1 to label")), qPrintable(pairCount->text()));  // row 6
        QCOMPARE(count(int(ReviewState::Unsure)), 1);
        QCOMPARE(count(int(ReviewState::Confirmed)), 1);
        QCOMPARE(count(ReviewFeature::NotReviewed), kPairs - 4);
        QCOMPARE(count(int(ReviewState::Skipped)), 2);
        QVERIFY(browser()->selectSourceRow(1));
        QTest::keyClick(table(), Qt::Key_S);  // un-skipped: it leaves the filter
        QCOMPARE(proxy()->rowCount(), 1);
        proxy()->clearFilters();  // "Show all"
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(proxy()->rowCount(), kPairs);
    }

    void duplicateGroups()
    {
        QVERIFY2(flags(0).contains(QStringLiteral("same text \u00d73")), qPrintable(flags(0)));
        QVERIFY2(flagsTip(0).contains(QStringLiteral("labels differ")), qPrintable(flagsTip(0)));
        QVERIFY(flags(3).contains(QStringLiteral("\u00d72")));
        QVERIFY(!flags(5).contains(QStringLiteral("same text")));  // reversed direction: another pair
        duplicates()->conflictBox()->setChecked(true);
        QCOMPARE(proxy()->rowCount(), 3);
        QVERIFY(browser()->selectSourceRow(1));
        QTest::keyClick(table(), Qt::Key_3);  // NoEntailment like row 0: the group agrees now
        QCOMPARE(proxy()->rowCount(), 0);
        session()->undoStack()->undo();
        QCOMPARE(proxy()->rowCount(), 3);
        proxy()->clearFilters();
        QVERIFY(!duplicates()->conflictBox()->isChecked());

        QVERIFY(browser()->selectSourceRow(0));
        QTest::keyClick(table(), Qt::Key_D);
        auto *dialog = m_window->findChild<DuplicatesDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 3);
        if (const QString shots = qEnvironmentVariable("ENTAIL_TEST_SHOTS"); !shots.isEmpty())  // to look at
            dialog->grab().save(shots + QStringLiteral("/duplicates-dialog-fixture.png"));
        QCOMPARE(dialog->table()->item(1, 1)->text(), QStringLiteral("Implies"));
        const QRect cell = dialog->table()->visualItemRect(dialog->table()->item(2, 0));
        QTest::mouseClick(dialog->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(browser()->currentSourceRow(), 2);
        dialog->close();
    }

    // The real data: the filter keeps exactly the pairs of the groups whose labels differ.
    void realDataConflicts()
    {
        if (!test::sharedDataAvailable())
            QSKIP("the real data (../shared/data/rme) is absent");
        Dataset ds;
        InputError inputError;
        QVERIFY(Importer::importCsv(test::sharedDataDir() + QStringLiteral("/train_df.csv"), {}, &ds, &inputError));
        m_project = m_dir->filePath(QStringLiteral("rme.entail"));
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(m_project, &error) && store.addPairs(ds, QStringLiteral("importer"), &error), qPrintable(error));
        store.close();
        open();
        const DuplicateGroups &groups = duplicates()->groups();
        QCOMPARE(groups.rowCount(), int(ds.pairs.size()));
        int expected = 0;
        for (int g = 0; g < groups.groupCount(); ++g)
            if (groups.hasConflict(groups.members(g).front(), pairs()->pairs()))
                expected += int(groups.members(g).size());
        duplicates()->conflictBox()->setChecked(true);
        QCOMPARE(proxy()->rowCount(), expected);
        qInfo("train_df.csv in the window: %d groups, %d pairs in groups whose labels differ", groups.groupCount(),
              expected);
        QVERIFY(browser()->selectSourceRow(proxy()->sourceRow(0)));
        QTest::keyClick(table(), Qt::Key_D);
        auto *dialog = m_window->findChild<DuplicatesDialog *>();
        QVERIFY(dialog);
        if (const QString shots = qEnvironmentVariable("ENTAIL_TEST_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/duplicates-dialog-rme.png"));
    }

    void shortcutsAreRegistered()
    {
        QStringList keys;
        for (QAction *a : m_window->actions())
            keys << a->shortcut().toString();
        for (const char *key : {"S", "U", "R", "Ctrl+M", "D"})
            QVERIFY2(keys.count(QLatin1String(key)) == 1, key);
    }
};

QTEST_MAIN(TestGuiReview)
#include "test_gui_review.moc"
