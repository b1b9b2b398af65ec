// The window's small promises (issue 11, item 10): "Show all" keeps the pair on screen selected, undo says
// what it did in the status bar, the History dock's columns are as wide as their contents, the image zoom
// fits the screen, "Locate images" says how many it found (also none), and the export dialog suggests a
// file name. Every test gets its own copy of the demo project, settings and window.
#include "model/data/demo.h"
#include "testsupport.h"
#include "ui/common/appsettings.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/annotationlogmodel.h"
#include "ui/review/historypanel.h"
#include "ui/review/imagezoomdialog.h"
#include "ui/session/projectactions.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace entail;

namespace {
constexpr int kPairs = 60;
}  // namespace

class TestGuiDetails : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;

    ProjectSession *session() const { return m_window->session(); }
    PairTableModel *pairs() const { return session()->pairs(); }
    PairBrowser *browser() const { return m_window->browser(); }
    PairFilterProxy *proxy() const { return m_window->findChild<PairFilterProxy *>(QStringLiteral("pairFilter")); }
    QTableView *table() const { return browser()->view(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    ProjectActions *files() const { return m_window->findChild<ProjectActions *>(); }

    bool shownRowIsSelected() const
    {
        const QModelIndex current = table()->currentIndex();
        return current.isValid() && table()->selectionModel()->isRowSelected(current.row(), {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_templateDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_details"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        m_template = m_templateDir.filePath(QStringLiteral("demo.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(m_template, &error, nullptr, kPairs), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("tester"));
        AppSettings().setAutoAdvance(false);  // these tests look at the pair they just labelled
        m_project = m_dir->filePath(QStringLiteral("demo.entail"));
        QVERIFY(QFile::copy(m_template, m_project));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 720);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy opened(session(), &ProjectSession::opened);
        m_window->openProject(m_project);
        QVERIFY(opened.wait(30000));
        QCOMPARE(pairs()->rowCount(), kPairs);
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void showAllSelectsThePairOnScreen()
    {
        // Filter down to one split, pick a pair there, then show everything again.
        proxy()->setSplitFilter(int(Split::Test));
        QVERIFY(proxy()->rowCount() > 2);
        table()->selectRow(proxy()->rowCount() - 1);
        const int row = browser()->currentSourceRow();
        QVERIFY(row >= 0 && shownRowIsSelected());
        QPushButton *showAll = nullptr;
        for (QPushButton *b : browser()->filterBar()->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Show all"))
                showAll = b;
        QVERIFY(showAll && showAll->isEnabled());
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(proxy()->rowCount(), kPairs);
        QCOMPARE(browser()->currentSourceRow(), row);
        QVERIFY(shownRowIsSelected());
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(proxy()->mapToSource(table()->selectionModel()->selectedRows().first()).row(), row);
        // ...and in view, with the keys back in the table (a selection in an unfocused table is barely visible).
        QVERIFY(table()->hasFocus());
        QVERIFY(table()->viewport()->rect().contains(table()->visualRect(table()->currentIndex())));
    }

    void undoSaysWhatItDid()
    {
        QVERIFY(browser()->selectSourceRow(0));
        const Pair p = pairs()->pair(0);
        const int to = (p.currentLabel + 1) % kNumClasses;
        QTest::keyClick(table(), Qt::Key(Qt::Key_1 + to));
        QVERIFY2(status().contains(QStringLiteral("(saved)")), qPrintable(status()));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pairs()->pair(0).currentLabel, p.currentLabel);
        QVERIFY2(status().startsWith(QStringLiteral("Undone: ")), qPrintable(status()));
        QVERIFY2(status().contains(QString::number(p.key)), qPrintable(status()));
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(pairs()->pair(0).currentLabel, to);
        QVERIFY2(status().startsWith(QStringLiteral("Redone: ")), qPrintable(status()));
    }

    // Columns as wide as their contents, the last one stretching; when the room is short, the time gives up
    // width (elided, whole in its tooltip) and every later column keeps its contents' width.
    void historyColumnsFitTheirContents()
    {
        HistoryPanel panel;
        LogEntry imported{1, 7, QStringLiteral("import"), QDateTime::currentDateTimeUtc(), kNoLabel, NoEntailment,
                          QStringLiteral("import")};
        LogEntry corrected{2, 7, QStringLiteral("annotator with a long name"), QDateTime::currentDateTimeUtc(),
                           NoEntailment, Contradictory, QStringLiteral("human")};
        panel.setEntries(7, {imported, corrected});
        auto *view = panel.findChild<QTableView *>();
        QHeaderView *header = view->horizontalHeader();
        auto needed = [&](int c) {
            return std::max(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c), header->sectionSizeHint(c));
        };
        int all = 0;
        for (int c = 0; c < AnnotationLogModel::ColumnCount; ++c)
            all += needed(c);
        panel.resize(all + 100, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY(view->viewport()->width() > all);
        QVERIFY(header->stretchLastSection());
        for (int c = 0; c < AnnotationLogModel::ColumnCount; ++c)
            QVERIFY2(header->sectionSize(c) >= needed(c), qPrintable(QStringLiteral("wide, column %1").arg(c)));

        panel.resize(all - 60, 300);
        QTRY_VERIFY(view->viewport()->width() < all);
        QTRY_VERIFY(!header->stretchLastSection());
        for (int c = AnnotationLogModel::Time + 1; c < AnnotationLogModel::ColumnCount; ++c)
            QVERIFY2(header->sectionSize(c) >= needed(c), qPrintable(QStringLiteral("narrow, column %1").arg(c)));
        const int right = header->sectionViewportPosition(AnnotationLogModel::Source) + header->sectionSize(AnnotationLogModel::Source);
        QVERIFY2(right <= view->viewport()->width(), qPrintable(QStringLiteral("How ends at %1 of %2 px").arg(right).arg(view->viewport()->width())));
        QVERIFY(!view->model()->index(0, AnnotationLogModel::Time).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void zoomFitsTheScreen_data()
    {
        QTest::addColumn<QSize>("image");
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("small: twice") << QSize(100, 50) << QSize(1000, 800) << QSize(200, 100);
        QTest::newRow("medium: up to the screen") << QSize(400, 300) << QSize(1000, 600) << QSize(800, 600);
        QTest::newRow("medium: twice at most") << QSize(400, 300) << QSize(1900, 1000) << QSize(800, 600);
        QTest::newRow("large: down to the screen") << QSize(3000, 1500) << QSize(1000, 800) << QSize(1000, 500);
        QTest::newRow("tall") << QSize(500, 2000) << QSize(1000, 800) << QSize(200, 800);
    }

    void zoomFitsTheScreen()
    {
        QFETCH(QSize, image);
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        QCOMPARE(ImageZoomDialog::displaySize(image, available), expected);
    }

    void zoomDialogUsesTheScreen()
    {
        QImage image(200, 100, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        ImageZoomDialog dialog(image, QStringLiteral("zoom"), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QSize screen = m_window->screen()->availableGeometry().size();
        const QLabel *label = dialog.findChild<QLabel *>(QStringLiteral("zoomedImage"));
        QVERIFY(label);
        const QSize shown = label->pixmap().size();
        QCOMPARE(shown, ImageZoomDialog::displaySize(image.size(), ImageZoomDialog::roomOn(screen)));
        QVERIFY(shown.width() > image.width());  // bigger than the card's picture
        QVERIFY(dialog.width() <= screen.width() && dialog.height() <= screen.height());
        QVERIFY(dialog.width() >= shown.width() && dialog.height() >= shown.height());
        qInfo("screen %dx%d, image 200x100 shown at %dx%d in a %dx%d dialog", screen.width(), screen.height(),
              shown.width(), shown.height(), dialog.width(), dialog.height());
    }

    void locateImagesSaysHowManyWereFound()
    {
        QSignalSpy located(session(), &ProjectSession::imagesLocated);
        const QString empty = m_dir->filePath(QStringLiteral("no-images"));
        QVERIFY(QDir().mkpath(empty));
        session()->locateImages(empty);
        QVERIFY(located.wait(30000));
        QCOMPARE(located.first().at(1).toInt(), 0);
        QVERIFY2(status().contains(QStringLiteral("0 of ")), qPrintable(status()));
        QVERIFY2(status().contains(QDir::toNativeSeparators(empty)), qPrintable(status()));

        // The demo's own folder has every image.
        const QString images = m_template + QStringLiteral(".images");
        QVERIFY(QFileInfo(images).isDir());
        located.clear();
        session()->locateImages(images);
        QVERIFY(located.wait(30000));
        const int found = located.first().at(1).toInt();
        const int referenced = located.first().at(2).toInt();
        int expected = 0;
        for (const Pair &p : pairs()->pairs())
            expected += (p.first.imageMissing ? 0 : 1) + (p.second.imageMissing ? 0 : 1);
        QVERIFY(found > 0 && found <= referenced);
        QCOMPARE(found, expected);
        QVERIFY2(status().contains(QStringLiteral("%1 of %2").arg(found).arg(referenced)), qPrintable(status()));
    }

    void exportSuggestsAFileName()
    {
        const QString projectDir = QFileInfo(m_project).absolutePath();
        QCOMPARE(files()->suggestedExportPath(), QDir(projectDir).filePath(QStringLiteral("demo-labels.csv")));
        const QString elsewhere = m_dir->filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(elsewhere));
        AppSettings().setLastFolder(QStringLiteral("export"), elsewhere);
        QCOMPARE(files()->suggestedExportPath(), QDir(elsewhere).filePath(QStringLiteral("demo-labels.csv")));

        // The dialog itself shows the name.
        QString shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = dialog->selectedFiles().value(0);
            dialog->reject();
        });
        files()->exportLabels()->trigger();
        QCOMPARE(QFileInfo(shown).fileName(), QStringLiteral("demo-labels.csv"));
    }
};

QTEST_MAIN(TestGuiDetails)
#include "test_gui_details.moc"
