// The main window driven like a user would: keys 1/2/3, undo/redo, J/K, next suspect, the filter bar,
// a click in the confusion matrix, a broken CSV, a missing images folder, settings, and what the window
// and its dialogs show (bench/screenshots.cpp takes the pictures). Every test gets its own copy of the demo
// project, settings and window, so any slot passes alone. Predictions are set directly (no model needed);
// test_gui_prediction covers a real model.
#include "model/core/labels.h"
#include "model/data/demo.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "widgetchecks.h"
#include "ui/review/annotationlogmodel.h"
#include "ui/common/appsettings.h"
#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/metrics/confusionmatrixview.h"
#include "ui/pairs/filterbar.h"
#include "ui/review/historypanel.h"
#include "ui/review/imagezoomdialog.h"
#include "ui/review/imagelabel.h"
#include "ui/review/labelbar.h"
#include "ui/common/labeltext.h"
#include "ui/shell/mainwindow.h"
#include "ui/session/newprojectdialog.h"
#include "ui/shell/messagebanner.h"
#include "ui/metrics/metricsdock.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/pairview.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/session/projectsession.h"
#include "ui/review/tweetcard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QStatusBar>
#include <QtTest>

using namespace entail;

namespace {

constexpr int kPairs = 150;

// Closes the next modal dialog and keeps its text (message boxes and our own dialogs alike).
class DialogCatcher : public QObject {
public:
    DialogCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w)
                return;
            layoutProblems = test::layoutProblems(w);
            if (auto *box = qobject_cast<QMessageBox *>(w))
                text = box->windowTitle() + QLatin1Char('\n') + box->text();
            else
                for (const QLabel *label : w->findChildren<QLabel *>())
                    text += label->text() + QLatin1Char('\n');
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->done(QDialog::Rejected);
            m_timer.stop();
        });
        m_timer.start(20);
    }
    QString text;
    QStringList layoutProblems;  // of the dialog as it was shown

private:
    QTimer m_timer;
};

// What the test set as the model's prediction: agrees with the label except on every fifth pair.
int fakePrediction(const Pair &p)
{
    const int label = isValidLabel(p.currentLabel) ? p.currentLabel : NoEntailment;
    return p.key % 5 == 0 ? (label + 1) % kNumClasses : label;
}

float fakeConfidence(const Pair &p) { return 0.5f + float(p.key % 47) / 100.0f; }

}  // namespace

// A child of `window` by its object name; fails the test (by a null pointer the caller checks) when absent.
template <typename T>
T *child(const QWidget &window, const char *name)
{
    T *found = window.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

class TestGuiMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_templateDir;  // the demo project, generated once and copied for every test
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dirOwner;  // this test's project, CSV files and settings
    QTemporaryDir *m_dir = nullptr;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;
    std::map<qint64, int> m_predicted;  // the fake predictions, by key

    ProjectSession *session() const { return m_window->session(); }
    PairTableModel *pairs() const { return session()->pairs(); }
    PairBrowser *browser() const { return child<PairBrowser>(*m_window, "pairBrowser"); }
    PairFilterProxy *proxy() const { return child<PairFilterProxy>(*m_window, "pairFilter"); }
    PairView *pairView() const { return child<PairView>(*m_window, "pairView"); }
    PredictionPanel *predictionPanel() const { return child<PredictionPanel>(*m_window, "predictionPanel"); }
    QTableView *table() const { return browser()->view(); }

    std::vector<Pair> storedPairs() const
    {
        ProjectStore store;
        if (!store.open(m_project, nullptr))
            return {};
        return store.dataset().pairs;
    }

    int storedLabel(qint64 key) const
    {
        ProjectStore store;
        if (!store.open(m_project, nullptr))
            return -99;
        const auto p = store.pair(key);
        return p ? p->currentLabel : -99;
    }

    int matrixCount(int truth, int predicted) const
    {
        return child<MetricsTracker>(*m_window, "metricsTracker")->confusionModel()->count(truth, predicted);
    }

    // A pair of `split` whose label is not `label` and that the table shows.
    int rowWith(Split split, int notLabel) const
    {
        for (int row = 0; row < pairs()->rowCount(); ++row) {
            const Pair &p = pairs()->pair(row);
            if (p.split == split && isValidLabel(p.currentLabel) && p.currentLabel != notLabel)
                return row;
        }
        return -1;
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(table(), Qt::Key(key), modifiers);
    }

    void setFakePredictions()
    {
        std::vector<qint64> keys;
        std::vector<Prediction> predictions;
        m_predicted.clear();
        for (const Pair &p : pairs()->pairs()) {
            Prediction pred;
            const int label = fakePrediction(p);
            for (int i = 0; i < kNumClasses; ++i)
                pred.both[size_t(i)] = i == label ? fakeConfidence(p) : (1.0f - fakeConfidence(p)) / 2.0f;
            keys.push_back(p.key);
            predictions.push_back(pred);
            m_predicted[p.key] = label;
        }
        pairs()->setPredictions(keys, predictions);
    }

    // Two pairs, images referenced by URL, none downloaded.
    QString writeSmallCsv() const
    {
        return test::writeFile(m_dir->filePath(QStringLiteral("small/tweets.csv")),
                               "id_1,text_1,image_1,id_2,text_2,image_2,label\n"
                               "101,Match E05 tonight,http://x.invalid/101.png,102,Match E06 tonight,"
                               "http://x.invalid/102.png,Contradictory\n"
                               "103,hello,http://x.invalid/103.png,104,world,http://x.invalid/104.png,\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_templateDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_mainwindow"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        m_template = m_templateDir.filePath(QStringLiteral("demo.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(m_template, &error, nullptr, kPairs), qPrintable(error));
    }

    void init()
    {
        m_dirOwner = std::make_unique<QTemporaryDir>();
        m_dir = m_dirOwner.get();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("tester"));
        AppSettings().setAutoAdvance(false);  // these tests look at the pair they just labelled
        // The copy keeps the template's images folder (an absolute path in the project): tests only read it.
        m_project = m_dir->filePath(QStringLiteral("demo.entail"));
        QVERIFY(QFile::copy(m_template, m_project));
        const QByteArray test(QTest::currentTestFunction());
        if (test == "missingImagesFolderOpensTextOnly" || test == "noModelShowsAHint")
            return;  // they build their own window

        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 950);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!predictionPanel()->isShowingModel());
        QSignalSpy opened(session(), &ProjectSession::opened);  // wakes at once, where QTRY polls
        m_window->openProject(m_project);
        QVERIFY(opened.wait(30000));
        QVERIFY(session()->isOpen() && pairs()->rowCount() == kPairs);
        setFakePredictions();
    }

    void cleanup()
    {
        m_window.reset();
        m_dir = nullptr;
        m_dirOwner.reset();
    }

    void opensWithTheFirstPairShown()
    {
        QCOMPARE(browser()->currentSourceRow(), 0);
        QVERIFY(pairView()->headerText().contains(QStringLiteral("Pair %1").arg(pairs()->pair(0).key)));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("demo.entail")));
        QVERIFY(!child<MessageBanner>(*m_window, "messageBanner")->isVisible());  // the demo has its images
    }

    void itemModelsPassTester()
    {
        QAbstractItemModelTester t1(proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(pairs(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy()->setErrorsOnly(true);
        proxy()->sort(PairTableModel::Confidence, Qt::DescendingOrder);
        proxy()->clearFilters();
        proxy()->sort(PairTableModel::Id, Qt::AscendingOrder);
    }

    void keyTwoCorrectsStoreAndMatrix()
    {
        QCOMPARE(child<MetricsTracker>(*m_window, "metricsTracker")->split(), int(Split::Validation));
        const int row = rowWith(Split::Validation, Implies);
        QVERIFY(row >= 0);
        const Pair before = pairs()->pair(row);
        const int predicted = m_predicted.at(before.key);
        QVERIFY(browser()->selectSourceRow(row));
        const int oldCell = matrixCount(before.currentLabel, predicted);
        const int newCell = matrixCount(Implies, predicted);
        const size_t logBefore = session()->log(before.key).size();

        QElapsedTimer timer;
        timer.start();
        press(Qt::Key_2);
        qInfo("key 2 -> stored, logged, table and matrix updated: %.1f ms", double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(pairs()->pair(row).currentLabel, int(Implies));
        QCOMPARE(storedLabel(before.key), int(Implies));
        const std::vector<LogEntry> log = session()->log(before.key);
        QCOMPARE(log.size(), logBefore + 1);
        QCOMPARE(log.back().toLabel, int(Implies));
        QCOMPARE(log.back().fromLabel, before.currentLabel);
        QCOMPARE(log.back().source, QStringLiteral("human"));
        QCOMPARE(log.back().annotator, QStringLiteral("tester"));
        QCOMPARE(matrixCount(before.currentLabel, predicted), oldCell - 1);
        QCOMPARE(matrixCount(Implies, predicted), newCell + 1);
        QVERIFY(pairView()->labelBar()->labelButton(Implies)->isChecked());
        QVERIFY(!pairView()->labelBar()->labelButton(before.currentLabel)->isChecked());

        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pairs()->pair(row).currentLabel, before.currentLabel);
        QCOMPARE(storedLabel(before.key), before.currentLabel);
        QCOMPARE(matrixCount(before.currentLabel, predicted), oldCell);
        QCOMPARE(matrixCount(Implies, predicted), newCell);
        QCOMPARE(session()->log(before.key).size(), logBefore + 2);  // the undo is logged too

        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedLabel(before.key), int(Implies));
        QCOMPARE(matrixCount(Implies, predicted), newCell + 1);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedLabel(before.key), before.currentLabel);
    }

    // Issue 10 item 4: a correction committed by another window or process reaches the table, the matrix,
    // the card and its history, with a status-bar notice.
    void othersCorrectionIsShown()
    {
        const int row = rowWith(Split::Validation, NoEntailment);
        QVERIFY(row >= 0);
        const Pair before = pairs()->pair(row);
        const int predicted = m_predicted.at(before.key);
        QVERIFY(browser()->selectSourceRow(row));
        const int oldCell = matrixCount(before.currentLabel, predicted);
        const int newCell = matrixCount(NoEntailment, predicted);
        const AnnotationLogModel *history = child<HistoryPanel>(*m_window, "historyPanel")->model();
        const int historyRows = history->rowCount();
        ProjectStore other;
        QString error;
        QVERIFY2(other.open(m_project, &error), qPrintable(error));
        QVERIFY(other.setLabel(before.key, NoEntailment, QStringLiteral("colleague"), QStringLiteral("human"), &error));
        QTRY_COMPARE_WITH_TIMEOUT(pairs()->pair(row).currentLabel, int(NoEntailment), 5000);
        QCOMPARE(matrixCount(before.currentLabel, predicted), oldCell - 1);
        QCOMPARE(matrixCount(NoEntailment, predicted), newCell + 1);
        QVERIFY(pairView()->labelBar()->labelButton(NoEntailment)->isChecked());
        QCOMPARE(history->rowCount(), historyRows + 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("changed by another window")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void sameLabelIsNoCorrection()
    {
        QVERIFY(browser()->selectSourceRow(0));
        const Pair p = pairs()->pair(0);
        const int undoCount = session()->undoStack()->count();
        press(Qt::Key_1 + p.currentLabel);
        QCOMPARE(session()->undoStack()->count(), undoCount);
        QCOMPARE(session()->log(p.key).size(), size_t(1));  // just the import
    }

    void undoAcrossPairs()
    {
        QVERIFY(browser()->selectSourceRow(0));
        const Pair a = pairs()->pair(0);
        press(Qt::Key_1 + (a.currentLabel + 1) % kNumClasses);
        press(Qt::Key_J);
        QCOMPARE(browser()->currentSourceRow(), 1);
        const Pair b = pairs()->pair(1);
        press(Qt::Key_1 + (b.currentLabel + 2) % kNumClasses);
        QCOMPARE(storedLabel(a.key), (a.currentLabel + 1) % kNumClasses);
        QCOMPARE(storedLabel(b.key), (b.currentLabel + 2) % kNumClasses);
        press(Qt::Key_K);
        press(Qt::Key_K);  // stays on the first row
        QCOMPARE(browser()->currentSourceRow(), 0);
        press(Qt::Key_J);
        press(Qt::Key_Z, Qt::ControlModifier);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedLabel(a.key), a.currentLabel);
        QCOMPARE(storedLabel(b.key), b.currentLabel);
        QCOMPARE(browser()->currentSourceRow(), 0);  // the window follows the undo to its pair
        // The history panel shows the pair's log: import, correction, undo.
        QCOMPARE(session()->log(a.key).size(), size_t(3));
        const AnnotationLogModel *history = child<HistoryPanel>(*m_window, "historyPanel")->model();
        QCOMPARE(history->rowCount(), 3);
        QCOMPARE(history->index(1, AnnotationLogModel::To).data().toString(),
                 LabelText::name((a.currentLabel + 1) % kNumClasses));
        QCOMPARE(history->index(2, AnnotationLogModel::Annotator).data().toString(), QStringLiteral("tester"));
    }

    void matrixCellFiltersTable()
    {
        // The first off-diagonal cell with pairs in it, and the pairs that belong there.
        const std::vector<Pair> stored = storedPairs();
        int truth = -1, predicted = -1;
        for (int r = 0; r < kNumClasses && truth < 0; ++r)
            for (int c = 0; c < kNumClasses && truth < 0; ++c)
                if (r != c && matrixCount(r, c) > 0) {
                    truth = r;
                    predicted = c;
                }
        QVERIFY(truth >= 0);
        QList<qint64> expected;
        for (const Pair &p : stored)
            if (p.split == Split::Validation && p.currentLabel == truth && m_predicted.at(p.key) == predicted)
                expected << p.key;
        QCOMPARE(expected.size(), matrixCount(truth, predicted));

        QTableView *matrix = child<MetricsDock>(*m_window, "metricsDock")->matrixView()->table();
        const QRect cell = matrix->visualRect(matrix->model()->index(truth, predicted));
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, cell.center());
        QList<qint64> shown;
        for (int r = 0; r < proxy()->rowCount(); ++r)
            shown << proxy()->index(r, 0).data(PairTableModel::KeyRole).toLongLong();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);
        // The filter bar shows what is filtered.
        FilterBar *bar = browser()->filterBar();
        QCOMPARE(bar->currentLabelBox()->currentData().toInt(), truth);
        QCOMPARE(bar->predictedLabelBox()->currentData().toInt(), predicted);
        QCOMPARE(bar->splitBox()->currentData().toInt(), int(Split::Validation));
        proxy()->clearFilters();
        QCOMPARE(proxy()->rowCount(), kPairs);
    }

    void filterWidgets_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("predicted");
        QTest::addColumn<int>("split");
        QTest::addColumn<bool>("errors");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<QString>("search");
        const int any = PairFilterProxy::kAny;
        QTest::newRow("errors only") << any << any << any << true << false << QString();
        QTest::newRow("errors in validation") << any << any << int(Split::Validation) << true << false << QString();
        QTest::newRow("Implies predicted NoEntailment") << int(Implies) << int(NoEntailment) << any << false << false
                                                        << QString();
        QTest::newRow("test split, NoEntailment") << int(NoEntailment) << any << int(Split::Test) << false << false
                                                  << QString();
        QTest::newRow("missing images") << any << any << any << false << true << QString();
        QTest::newRow("search and errors") << any << any << any << true << false << QStringLiteral("status board");
        QTest::newRow("search a hashtag") << any << any << int(Split::Train) << false << false
                                          << QStringLiteral("#harborfc");
    }

    void filterWidgets()
    {
        QFETCH(int, current);
        QFETCH(int, predicted);
        QFETCH(int, split);
        QFETCH(bool, errors);
        QFETCH(bool, missing);
        QFETCH(QString, search);
        FilterBar *bar = browser()->filterBar();
        bar->currentLabelBox()->setCurrentIndex(bar->currentLabelBox()->findData(current));
        bar->predictedLabelBox()->setCurrentIndex(bar->predictedLabelBox()->findData(predicted));
        bar->splitBox()->setCurrentIndex(bar->splitBox()->findData(split));
        if (bar->errorsBox()->isChecked() != errors)
            QTest::mouseClick(bar->errorsBox(), Qt::LeftButton, {}, QPoint(5, bar->errorsBox()->height() / 2));
        bar->missingImagesBox()->setChecked(missing);
        bar->searchEdit()->clear();
        QTest::keyClicks(bar->searchEdit(), search);
        bar->applySearchNow();

        int expected = 0;
        for (const Pair &p : storedPairs()) {
            const int pred = m_predicted.at(p.key);
            const bool error = isValidLabel(p.currentLabel) && pred != p.currentLabel;
            const bool ok = (current == PairFilterProxy::kAny || p.currentLabel == current)
                && (predicted == PairFilterProxy::kAny || pred == predicted)
                && (split == PairFilterProxy::kAny || int(p.split) == split) && (!errors || error)
                && (!missing || p.first.imageMissing || p.second.imageMissing)
                && (search.isEmpty() || p.first.text.contains(search, Qt::CaseInsensitive)
                    || p.second.text.contains(search, Qt::CaseInsensitive));
            expected += ok ? 1 : 0;
        }
        QCOMPARE(proxy()->rowCount(), expected);
        QCOMPARE(proxy()->errorsOnly(), errors);
        QTest::mouseClick(bar->findChild<QPushButton *>(), Qt::LeftButton);  // "Show all"
        QCOMPARE(proxy()->rowCount(), kPairs);
        QVERIFY(!bar->errorsBox()->isChecked());
        QVERIFY(bar->searchEdit()->text().isEmpty());
    }

    void nextSuspectMostConfidentFirst()
    {
        // Suspects: labeled pairs whose (fake) prediction differs, by confidence descending, then key.
        std::vector<std::pair<float, qint64>> suspects;
        for (const Pair &p : pairs()->pairs())
            if (isValidLabel(p.currentLabel) && m_predicted.at(p.key) != p.currentLabel)
                suspects.push_back({-fakeConfidence(p), p.key});
        std::sort(suspects.begin(), suspects.end());
        QVERIFY(suspects.size() >= 3);
        QVERIFY(!pairs()->isError(0));  // start from a pair the model agrees with
        QVERIFY(browser()->selectSourceRow(0));
        press(Qt::Key_N);
        QCOMPARE(pairs()->pair(browser()->currentSourceRow()).key, suspects[0].second);
        press(Qt::Key_N);
        QCOMPARE(pairs()->pair(browser()->currentSourceRow()).key, suspects[1].second);
        // Accepting the model's call takes the pair out of the suspects; N goes on to the next one.
        const int row = browser()->currentSourceRow();
        press(Qt::Key_1 + m_predicted.at(pairs()->pair(row).key));
        press(Qt::Key_N);
        QCOMPARE(pairs()->pair(browser()->currentSourceRow()).key, suspects[2].second);
        press(Qt::Key_Z, Qt::ControlModifier);
    }

    void exportCurrentLabels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("csv") << QStringLiteral("labels.csv") << QStringLiteral(",%1,") ;
        QTest::newRow("jsonl") << QStringLiteral("labels.jsonl") << QStringLiteral("\"label\":\"%1\"");
    }

    void exportCurrentLabels()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedText);
        QVERIFY(browser()->selectSourceRow(2));
        const Pair p = pairs()->pair(2);
        const int corrected = (p.currentLabel + 1) % kNumClasses;
        press(Qt::Key_1 + corrected);
        QSignalSpy done(session(), &ProjectSession::exportFinished);
        const QString file = m_dir->filePath(name);
        session()->exportLabels(file);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.at(0).at(1).toString(), QString());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString line = *std::find_if(lines.begin(), lines.end(),
                                           [&](const QString &l) { return l.contains(p.first.id); });
        QVERIFY2(line.contains(expectedText.arg(labelName(corrected))), qPrintable(line));
        press(Qt::Key_Z, Qt::ControlModifier);
    }

    void shortcutsCheatSheet()
    {
        DialogCatcher catcher;
        press(Qt::Key_Question);
        QTRY_VERIFY(!catcher.text.isEmpty());
        for (int label = 0; label < kNumClasses; ++label)
            QVERIFY2(catcher.text.contains(QStringLiteral("Label as ") + LabelText::name(label)), qPrintable(catcher.text));
        QVERIFY(catcher.text.contains(QStringLiteral("Next suspect")));
        QVERIFY(catcher.text.contains(QStringLiteral("Ctrl+Shift+Z")));
    }

    void brokenCsvKeepsTheProject()
    {
        const QString csv = test::writeFile(m_dir->filePath(QStringLiteral("broken.csv")),
                                            "id_1,text_1,image_1,id_2,text_2,image_2,label\n"
                                            "1,a,,2,b,,Implies\n"
                                            "3,c,,4,d,,Maybe\n");
        DialogCatcher catcher;
        m_window->openCsv(csv, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!catcher.text.isEmpty(), 20000);
        QVERIFY2(catcher.text.contains(QStringLiteral("broken.csv:3:")), qPrintable(catcher.text));
        QCOMPARE(session()->projectPath(), QFileInfo(m_project).absoluteFilePath());
        QCOMPARE(pairs()->rowCount(), kPairs);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("broken.entail"))));
    }

    void missingImagesFolderOpensTextOnly()
    {
        const QString csv = writeSmallCsv();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString missingDir = m_dir->filePath(QStringLiteral("nope"));
        window.openCsv(csv, missingDir);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isOpen(), 20000);
        QCOMPARE(window.session()->pairs()->rowCount(), 2);
        auto *banner = child<MessageBanner>(window, "messageBanner");
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QDir::toNativeSeparators(missingDir)), qPrintable(banner->text()));
        PairView *view = child<PairView>(window, "pairView");
        QVERIFY(view);
        QVERIFY(view->card(0)->placeholderText().contains(QStringLiteral("does not exist")));
        // The words the texts do not share are highlighted: only E05 in the first card.
        const QString html = view->card(0)->textHtml();
        QCOMPARE(html.count(QStringLiteral("<span")), 1);
        QVERIFY(html.contains(QStringLiteral(">E05</span>")));

        const QString imagesDir = m_dir->filePath(QStringLiteral("images"));
        QDir().mkpath(imagesDir);
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(QDir(imagesDir).filePath(QStringLiteral("101.png"))));
        window.session()->locateImages(imagesDir);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->pairs()->pair(0).first.imageMissing, 20000);
        QVERIFY(window.session()->pairs()->pair(0).second.imageMissing);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!view->card(0)->imageLabel()->image().isNull(), 20000);
        QCOMPARE(view->card(0)->imageLabel()->image().size(), QSize(40, 30));
        // A click on the image opens it large.
        auto *imageWidget = const_cast<ImageLabel *>(view->card(0)->imageLabel());
        QTest::mouseClick(imageWidget, Qt::LeftButton, {}, imageWidget->rect().center());
        ImageZoomDialog *zoom = window.findChild<ImageZoomDialog *>();
        QVERIFY(zoom);
        QVERIFY(zoom->isVisible());
        zoom->close();
        QVERIFY(view->card(1)->placeholderText().contains(QStringLiteral("102")));
        ProjectStore store;
        QVERIFY(store.open(window.session()->projectPath(), nullptr));
        QCOMPARE(store.meta(QStringLiteral("images_dir")).toString(), QFileInfo(imagesDir).absoluteFilePath());
        QVERIFY(!store.pair(window.session()->pairs()->pair(0).key)->first.imageMissing);
    }

    void noModelShowsAHint()
    {
        MainWindow window;
        auto *panel = child<PredictionPanel>(window, "predictionPanel");
        QVERIFY(panel);
        QVERIFY(!panel->isShowingModel());
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(),
                            [](QPushButton *b) { return b->text() == QStringLiteral("Load model..."); }));
    }

    // Without a model the prediction panel offers training: its button opens the Train dialog.
    void noModelOffersTraining()
    {
        QVERIFY(!predictionPanel()->isShowingModel());
        auto *train = predictionPanel()->findChild<QPushButton *>(QStringLiteral("trainButton"));
        QVERIFY(train && train->isVisible());
        // It follows the Train action (disabled while a run is active).
        QAction *trainAction = m_window->findChild<QAction *>(QStringLiteral("trainAction"));
        QVERIFY(trainAction);
        trainAction->setEnabled(false);
        QVERIFY(!train->isEnabled());
        trainAction->setEnabled(true);
        QVERIFY(train->isEnabled());
        DialogCatcher catcher;
        train->click();
        QTRY_VERIFY_WITH_TIMEOUT(!catcher.text.isEmpty(), 20000);
        QVERIFY2(catcher.text.contains(QStringLiteral("Trains on the current labels of the training split")),
                 qPrintable(catcher.text));
    }

    // What a screenshot of the window would show: every panel on screen, the pair's texts and its image,
    // no control cut off.
    void windowShowsEveryPanel()
    {
        QVERIFY(browser()->selectSourceRow(3));
        for (int card = 0; card < 2; ++card)  // the previews decode on a worker thread
            QTRY_VERIFY_WITH_TIMEOUT(!pairView()->card(card)->imageLabel()->image().isNull()
                                         || pairView()->card(card)->imagePath().isEmpty(), 10000);
        for (const char *name : {"pairBrowser", "pairView", "predictionPanel", "metricsDock", "historyPanel"}) {
            const QWidget *panel = child<QWidget>(*m_window, name);
            QVERIFY2(panel && panel->isVisible(), name);
            const QRect area(panel->mapTo(m_window.get(), QPoint(0, 0)), panel->size());
            QVERIFY2(m_window->rect().contains(area) && area.width() > 100 && area.height() > 100, name);
        }
        const Pair &p = pairs()->pair(3);
        QVERIFY(pairView()->headerText().contains(QStringLiteral("Pair %1").arg(p.key)));
        const QString firstWord = p.first.text.section(QLatin1Char(' '), 0, 0).toHtmlEscaped();
        QVERIFY2(pairView()->card(0)->textHtml().contains(firstWord), qPrintable(firstWord));
        const QStringList problems = test::layoutProblems(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialogsShowEverything()
    {
        DialogCatcher catcher;  // the cheat sheet as the ? key opens it
        press(Qt::Key_Question);
        QTRY_VERIFY(!catcher.text.isEmpty());
        QVERIFY2(catcher.layoutProblems.isEmpty(), qPrintable(catcher.layoutProblems.join(QLatin1Char('\n'))));
        // The cheat sheet lists every key the window answers to.
        for (const char *key : {"J", "K", "N", "Ctrl+Z", "?"})
            QVERIFY2(catcher.text.contains(QStringLiteral("<b>%1").arg(QString::fromLatin1(key).toHtmlEscaped())), key);

        NewProjectDialog newProject(m_dir->path());
        newProject.show();
        QVERIFY(QTest::qWaitForWindowExposed(&newProject));
        QStringList problems = test::layoutProblems(&newProject);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        QImage image(200, 160, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        ImageZoomDialog zoom(image, QStringLiteral("Tweet 2"));
        zoom.show();
        QVERIFY(QTest::qWaitForWindowExposed(&zoom));
        QVERIFY(zoom.windowTitle().contains(QStringLiteral("Tweet 2")));
        // A small image is shown whole, enlarged (twice at most), without scrolling.
        auto *shown = zoom.findChild<QLabel *>(QStringLiteral("zoomedImage"));
        QVERIFY(shown);
        QCOMPARE(shown->pixmap().size(), QSize(400, 320));
        QVERIFY(shown->width() >= 400 && shown->height() >= 320);
        QVERIFY(!zoom.findChild<QScrollArea *>());
        problems = test::layoutProblems(&zoom);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void settingsPersist()
    {
        const QString csv = writeSmallCsv();
        const QString small = m_dir->filePath(QStringLiteral("small/tweets.entail"));
        m_window->openCsv(csv, QString());
        QTRY_VERIFY_WITH_TIMEOUT(session()->isOpen() && session()->projectPath() == small, 20000);
        m_window->close();
        AppSettings settings;
        // Most recent first: the small CSV project was opened after the demo.
        QCOMPARE(settings.recentProjects().value(0), small);
        QCOMPARE(settings.recentProjects().value(1), QFileInfo(m_project).absoluteFilePath());
        QVERIFY(!settings.windowGeometry().isEmpty());
        QVERIFY(!settings.headerState(QStringLiteral("pairs")).isEmpty());
        QVERIFY(!settings.splitterState(QStringLiteral("main")).isEmpty());
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_mainwindow.moc"
