// The window's flow across projects and by keyboard: opening another project leaves nothing of the previous
// one on screen (versions, comparison, training log, filters, undo, suspects, metrics), the search box
// hands the keys back to the table, the table has no type-ahead, Train has a key, and the `?` sheet lists
// every key of the window's actions, one per action.
#include "model/data/demo.h"
#include "model/store/store.h"
#include "model/training/trainingrecord.h"
#include "ui/common/appsettings.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/review/annotationlogmodel.h"
#include "ui/review/historypanel.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/training/trainingcontroller.h"
#include "ui/training/trainingpanel.h"
#include "ui/versions/flippedpairsmodel.h"
#include "ui/versions/modelspanel.h"
#include "ui/versions/modelversionsmodel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace entail;

namespace {

constexpr int kPairsA = 90;
constexpr int kPairsB = 60;

// Closes every modal dialog that comes up while it lives and keeps the last one's texts and class.
class DialogCloser : public QObject {
public:
    DialogCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *w = QApplication::activeModalWidget();
            auto *dialog = qobject_cast<QDialog *>(w);
            if (!dialog)
                return;
            text.clear();
            className = QString::fromLatin1(w->metaObject()->className());
            if (auto *box = qobject_cast<QMessageBox *>(w))
                text = box->text();
            for (const QLabel *label : w->findChildren<QLabel *>())
                text += label->text() + QLatin1Char('\n');
            ++closed;
            dialog->done(QDialog::Rejected);
        });
        m_timer.start(20);
    }
    QString text;
    QString className;
    int closed = 0;

private:
    QTimer m_timer;
};

Prediction predicting(int label, float confidence)
{
    Prediction p;
    for (int i = 0; i < kNumClasses; ++i)
        p.both[size_t(i)] = i == label ? confidence : (1.0f - confidence) / 2.0f;
    return p;
}

// Every pair's prediction: its label, except every fourth pair.
void setPredictions(PairTableModel *pairs)
{
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    for (const Pair &p : pairs->pairs()) {
        const int label = isValidLabel(p.currentLabel) ? p.currentLabel : NoEntailment;
        keys.push_back(p.key);
        predictions.push_back(predicting(p.key % 4 == 0 ? (label + 1) % kNumClasses : label,
                                         0.4f + float(p.key % 37) / 100.0f));
    }
    pairs->setPredictions(keys, predictions);
}

// Two versions with stored predictions (v1 active, v2 differs on a few pairs): Compare works without a model.
void addTwoVersions(const QString &project)
{
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(project, &error), qPrintable(error));
    const Dataset stored = store.dataset();
    ModelVersion a, b;
    for (ModelVersion *v : {&a, &b}) {
        v->file = QDir(store.modelsDir()).filePath(QStringLiteral("%1.entailmodel").arg(v == &a ? 1 : 2));
        v->configJson = TrainingRecord::configJson(TrainConfig{}, stored);
        QVERIFY2(store.addModel(*v, &error), qPrintable(error));
    }
    QVERIFY2(store.setActiveModel(a.id, &error), qPrintable(error));
    std::vector<qint64> keys;
    std::vector<Prediction> pa, pb;
    for (const Pair &p : stored.pairs) {
        keys.push_back(p.key);
        pa.push_back(predicting(NoEntailment, 0.8f));
        pb.push_back(predicting(p.key % 3 == 0 ? Implies : NoEntailment, 0.8f));
    }
    QVERIFY(store.savePredictions(a.id, keys, pa, &error));
    QVERIFY(store.savePredictions(b.id, keys, pb, &error));
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

}  // namespace

class TestGuiWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_templates;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_projectA, m_projectB;
    std::unique_ptr<MainWindow> m_window;

    ProjectSession *session() const { return m_window->session(); }
    PairBrowser *browser() const { return m_window->findChild<PairBrowser *>(QStringLiteral("pairBrowser")); }
    QTableView *table() const { return browser()->view(); }
    QLineEdit *search() const { return browser()->filterBar()->searchEdit(); }
    PairFilterProxy *proxy() const { return m_window->findChild<PairFilterProxy *>(QStringLiteral("pairFilter")); }
    ModelsPanel *models() const { return m_window->findChild<ModelsPanel *>(); }
    TrainingPanel *training() const { return m_window->findChild<TrainingPanel *>(); }

    void open(const QString &project)
    {
        QSignalSpy opened(session(), &ProjectSession::opened);
        QSignalSpy failed(session(), &ProjectSession::openFailed);
        m_window->openProject(project);
        QVERIFY2(opened.wait(30000), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
        QApplication::setActiveWindow(m_window.get());  // back from a warning the closer closed
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(session()->projectPath(), QFileInfo(project).absoluteFilePath());
    }

    // What a user leaves behind in project A: a comparison, a training run in the panel, a cell filter, an
    // undoable correction, a step of the suspect walk.
    void workInA()
    {
        ModelsPanel *panel = models();
        QCOMPARE(panel->versionsModel()->rowCount(), 2);
        QSignalSpy ready(panel, &ModelsPanel::comparisonReady);
        panel->compareSelected();  // the newest (v2) is selected; v1 is active
        QVERIFY(ready.wait(30000));
        QVERIFY(panel->comparison()->rowCount() > 0);
        QVERIFY(panel->comparisonSummary().contains(QStringLiteral("v2")));

        auto *controller = m_window->findChild<TrainingController *>();
        Q_EMIT controller->started(QStringLiteral("v3"), TrainConfig{}, 50);
        Q_EMIT controller->progress(TrainProgress{1, 2, 1, 4, 0.9, 12.0});
        QVERIFY(training()->logText().contains(QStringLiteral("v3")));
        QVERIFY(training()->statusText().contains(QStringLiteral("v3")));

        setPredictions(session()->pairs());
        QVERIFY(browser()->selectNextSuspect());
        QVERIFY(browser()->selectSourceRow(1));
        QTest::keyClick(table(), Qt::Key_1 + (session()->pairs()->pair(1).currentLabel + 1) % kNumClasses);
        QCOMPARE(session()->undoStack()->count(), 1);
        proxy()->showCell(NoEntailment, Implies, -1);
        QVERIFY(proxy()->isFiltering());
    }

    void checkNothingOfAIsLeft(int pairs, int versions)
    {
        QCOMPARE(session()->pairs()->rowCount(), pairs);
        QCOMPARE(session()->undoStack()->count(), 0);
        QVERIFY(!proxy()->isFiltering());
        QCOMPARE(search()->text(), QString());
        ModelsPanel *panel = models();
        QCOMPARE(panel->versionsModel()->rowCount(), versions);
        QCOMPARE(panel->comparison()->rowCount(), 0);
        QCOMPARE(panel->comparisonSummary(), QStringLiteral("Select a version and press Compare."));
        if (versions == 0)
            QVERIFY2(panel->detailsText().contains(QStringLiteral("No model version yet")), qPrintable(panel->detailsText()));
        QCOMPARE(training()->logText(), QString());
        QCOMPARE(training()->statusText(), QStringLiteral("No training run yet. Use Train to start one."));
        QCOMPARE(training()->batchLossSeries()->count(), 0);
        QVERIFY(!training()->cancelButton()->isEnabled());
        const int row = browser()->currentSourceRow();
        QVERIFY(row >= 0);
        const qint64 key = session()->pairs()->pair(row).key;
        auto *history = m_window->findChild<HistoryPanel *>();
        QCOMPARE(history->model()->rowCount(), int(session()->log(key).size()));
        QVERIFY(m_window->windowTitle().contains(QFileInfo(session()->projectPath()).fileName()));
    }

    // B has no predictions yet: A's must not be counted in the matrix.
    void checkMatrixIsEmpty()
    {
        QVERIFY(!session()->pairs()->hasPredictions());
        auto *tracker = m_window->findChild<MetricsTracker *>(QStringLiteral("metricsTracker"));
        for (int t = 0; t < kNumClasses; ++t)
            for (int p = 0; p < kNumClasses; ++p)
                QCOMPARE(tracker->confusionModel()->count(t, p), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_templates.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_workflow"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QString error;
        QVERIFY2(DemoProject::generate(m_templates.filePath(QStringLiteral("a.entail")), &error, nullptr, kPairsA, 1),
                 qPrintable(error));
        QVERIFY2(DemoProject::generate(m_templates.filePath(QStringLiteral("b.entail")), &error, nullptr, kPairsB, 2),
                 qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("tester"));
        AppSettings().setAutoAdvance(false);  // these tests look at the pair they just labelled
        m_projectA = m_dir->filePath(QStringLiteral("a.entail"));
        m_projectB = m_dir->filePath(QStringLiteral("b.entail"));
        QVERIFY(QFile::copy(m_templates.filePath(QStringLiteral("a.entail")), m_projectA));
        QVERIFY(QFile::copy(m_templates.filePath(QStringLiteral("b.entail")), m_projectB));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void switchingProjectsLeavesNothingBehind()
    {
        addTwoVersions(m_projectA);
        DialogCloser closer;  // A's active version has no model file: its warning is closed
        qInfo("VmRSS at start: %lld kB", residentKb());
        open(m_projectA);
        qInfo("VmRSS with A open: %lld kB", residentKb());
        workInA();

        open(m_projectB);
        qInfo("VmRSS after switching to B: %lld kB", residentKb());
        checkNothingOfAIsLeft(kPairsB, 0);
        checkMatrixIsEmpty();
        QVERIFY(!m_window->predictionPanel()->isShowingModel());

        // The suspect walk starts at B's most confident suspect, not where A's walk stopped.
        setPredictions(session()->pairs());
        const int first = SuspectFinder::next(*session()->pairs(), SuspectFinder::Position{}, {});
        QVERIFY(first >= 0);
        QVERIFY(browser()->selectNextSuspect());
        QCOMPARE(browser()->currentSourceRow(), first);

        // And back: A's versions are listed again, but not the comparison, run or filter left behind there.
        open(m_projectA);
        qInfo("VmRSS after switching back to A: %lld kB", residentKb());
        checkNothingOfAIsLeft(kPairsA, 2);
        open(m_projectB);
        qInfo("VmRSS after switching to B again: %lld kB", residentKb());
        checkNothingOfAIsLeft(kPairsB, 0);
    }

    void searchBoxKeysLeaveToTheTable_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("keepsSearch");
        QTest::newRow("Esc") << int(Qt::Key_Escape) << false;
        QTest::newRow("Enter") << int(Qt::Key_Return) << true;
        QTest::newRow("keypad Enter") << int(Qt::Key_Enter) << true;
        QTest::newRow("Down") << int(Qt::Key_Down) << true;
    }
    void searchBoxKeysLeaveToTheTable()
    {
        QFETCH(int, key);
        QFETCH(bool, keepsSearch);
        open(m_projectA);
        // A word of the first pair (typed: J, K and digits are text here, not keys).
        const QString word = session()->pairs()->pair(0).first.text.section(QLatin1Char(' '), 0, 0);
        QVERIFY(!word.isEmpty());
        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search()));
        QTest::keyClicks(search(), word);
        QCOMPARE(search()->text(), word);
        table()->setCurrentIndex(QModelIndex());
        QTest::keyClick(search(), Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table()));
        QCOMPARE(search()->text(), keepsSearch ? word : QString());
        QCOMPARE(proxy()->searchText(), keepsSearch ? word : QString());  // applied at once
        QVERIFY(proxy()->rowCount() > 0);
        QCOMPARE(table()->currentIndex().row(), 0);  // the first shown pair, selected
        QVERIFY(table()->selectionModel()->isRowSelected(0, {}));
        QTest::keyClick(table(), Qt::Key_J);  // and J moves on in the table
        QCOMPARE(table()->currentIndex().row(), 1);
    }

    void noTypeAheadInTheTable()
    {
        open(m_projectA);
        QVERIFY(browser()->selectSourceRow(0));
        table()->setFocus();
        const QModelIndex before = table()->currentIndex();
        QCOMPARE(before.data().toString(), QStringLiteral("1"));  // sorted by number: pair 7 is further down
        QTest::keyClick(table(), Qt::Key_7);
        QTest::keyClick(table(), Qt::Key_X);
        QCOMPARE(table()->currentIndex(), before);
    }

    void trainHasAKey()
    {
        open(m_projectA);
        DialogCloser closer;
        QTest::keyClick(table(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(closer.closed, 1);
        QCOMPARE(closer.className, QStringLiteral("entail::TrainDialog"));
    }

    // The sheet is derived from the window's actions: each key of theirs is listed once, the primary only.
    void sheetListsEveryActionWithItsKey()
    {
        open(m_projectA);
        QList<QAction *> withKeys;
        for (QAction *a : m_window->actions())
            if (!a->shortcut().isEmpty())
                withKeys << a;
        QVERIFY(withKeys.size() >= 15);
        DialogCloser closer;
        QTest::keyClick(table(), Qt::Key_Question);
        QTRY_COMPARE(closer.closed, 1);
        const QString sheet = closer.text;
        QStringList names;
        for (QAction *a : std::as_const(withKeys)) {
            const QString row = QStringLiteral("<b>%1</b></td><td>%2</td>")
                                    .arg(ShortcutsDialog::keyText(a->shortcut()).toHtmlEscaped(),
                                         a->iconText().toHtmlEscaped());
            QVERIFY2(sheet.contains(row), qPrintable(row));
            names << a->iconText();
        }
        QVERIFY2(names.contains(QStringLiteral("Train…")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(sheet.contains(QStringLiteral("<b>Esc</b></td><td>Cancel training</td>")));
        QVERIFY(sheet.contains(QStringLiteral("<b>Ctrl+T</b>")));
        QVERIFY2(!sheet.contains(QStringLiteral(" or ")), qPrintable(sheet));
        QVERIFY(!sheet.contains(QStringLiteral("F14")));
    }
};

QTEST_MAIN(TestGuiWorkflow)
#include "test_gui_workflow.moc"
