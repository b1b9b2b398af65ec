// The main window on common screens: with every dock shown (Training included) it fits 1280x720 in each
// language, and nothing on screen is cut at that size (what the screenshots tool shows at 1280x720).
#include "model/data/demo.h"
#include "model/runtime/translations.h"
#include "testsupport.h"
#include "widgetchecks.h"
#include "ui/common/appsettings.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/prediction/probabilitybars.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/training/trainingfeature.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QTableView>
#include <QScrollArea>
#include <QSettings>
#include <QtTest>
#include <functional>

using namespace entail;

namespace {
constexpr int kPairs = 60;
// 1280x720 less a window manager's title bar and a desktop panel.
const QSize kSmallScreen(1280, 720 - 60);
}  // namespace

class TestGuiScreens : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_screens"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_project = m_dir.filePath(QStringLiteral("demo.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(m_project, &error, nullptr, kPairs), qPrintable(error));
    }

    void fitsSmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "es"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void fitsSmallScreen()
    {
        QFETCH(QString, language);
        installTranslators(*qApp, language);
        MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &ProjectSession::opened);
        window.openProject(m_project);
        QVERIFY(opened.wait(30000));
        auto *training = window.findChild<QDockWidget *>(QStringLiteral("trainingDock"));
        QVERIFY(training);
        training->show();
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            QVERIFY2(dock->isVisible() || window.tabifiedDockWidgets(dock).size() > 0, qPrintable(dock->objectName()));
        // A prediction for every pair, as with a model loaded: the metrics then show their longest lines.
        PairTableModel *pairs = window.session()->pairs();
        std::vector<qint64> keys;
        std::vector<Prediction> predictions(pairs->pairs().size());
        for (size_t i = 0; i < predictions.size(); ++i) {
            keys.push_back(pairs->pairs()[i].key);
            predictions[i].both = {0.15f, 0.25f, 0.6f};
        }
        pairs->setPredictions(keys, predictions);
        QCoreApplication::processEvents();
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (qEnvironmentVariableIsSet("ENTAIL_DEBUG_SIZES")) {
            std::function<void(QWidget *, int)> dump = [&](QWidget *w, int depth) {
                if (depth > 9 || !w->isVisible())
                    return;
                const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
                if (m.width() > 250 || m.height() > 200)
                    qInfo("%s%s %s min %dx%d", qPrintable(QString(depth * 2, QLatin1Char(' '))), w->metaObject()->className(),
                          qPrintable(w->objectName()), m.width(), m.height());
                for (QObject *c : w->children())
                    if (auto *cw = qobject_cast<QWidget *>(c))
                        dump(cw, depth + 1);
            };
            dump(&window, 0);
        }
        qInfo("%s: the window needs at least %dx%d", qPrintable(language), needed.width(), needed.height());
        QVERIFY2(needed.width() <= kSmallScreen.width() && needed.height() <= kSmallScreen.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(needed.width()).arg(needed.height())));
        window.resize(kSmallScreen);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), kSmallScreen);
        const QStringList problems = test::layoutProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // A dock that scrolls only vertically cuts, at its right edge, content wider than its viewport (the
        // Spanish metrics once lost the matrix's last column that way).
        for (QScrollArea *area : window.findChildren<QScrollArea *>()) {
            if (!area->isVisible() || !area->widget() || area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
                continue;
            const int needs = area->widget()->minimumSizeHint().width();
            QVERIFY2(needs <= area->viewport()->width(),
                     qPrintable(QStringLiteral("%1 in %2: content needs %3 px, the viewport has %4")
                                    .arg(language, area->parentWidget() ? area->parentWidget()->objectName() : QString())
                                    .arg(needs).arg(area->viewport()->width())));
        }

        // The Models dock, raised, lists several versions at once (it used to show one row).
        auto *models = window.findChild<QDockWidget *>(QStringLiteral("modelsDock"));
        QVERIFY(models);
        models->raise();
        QCoreApplication::processEvents();
        auto *versions = window.findChild<QTableView *>(QStringLiteral("modelVersions"));
        QVERIFY(versions && versions->isVisible());
        const int rowHeight = versions->verticalHeader()->defaultSectionSize();
        QVERIFY2(versions->viewport()->height() >= 3 * rowHeight, qPrintable(QString::number(versions->viewport()->height())));
        const QStringList modelProblems = test::layoutProblems(&window);
        QVERIFY2(modelProblems.isEmpty(), qPrintable(modelProblems.join(QLatin1Char('\n'))));
    }

    void narrowWithoutDocks()
    {
        // With the right-hand docks closed at 1097x610, the prediction panel's bars must not overlap.
        installTranslators(*qApp, QStringLiteral("en"));
        MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &ProjectSession::opened);
        window.openProject(m_project);
        QVERIFY(opened.wait(30000));
        PairTableModel *pairs = window.session()->pairs();
        std::vector<qint64> keys;
        std::vector<Prediction> predictions;
        for (const Pair &p : pairs->pairs()) {
            Prediction pred;
            pred.both = {0.2f, 0.5f, 0.3f};
            pred.textOnly = pred.imageOnly = pred.both;
            keys.push_back(p.key);
            predictions.push_back(pred);
        }
        pairs->setPredictions(keys, predictions);
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->hide();
        window.resize(1097, 610);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        auto *panel = window.findChild<PredictionPanel *>(QStringLiteral("predictionPanel"));
        QVERIFY(panel);
        panel->setModelName(QStringLiteral("v1"));  // no real model needed: the predictions are set above
        QVERIFY(window.findChild<PairBrowser *>(QStringLiteral("pairBrowser"))->selectSourceRow(2));
        panel->setPrediction(predictions[2], pairs->pair(2).currentLabel, false);
        QCoreApplication::processEvents();
        QVERIFY(panel->isShowingModel() && panel->imageOnlyBars()->isVisible());
        const QStringList problems = test::layoutProblems(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The three groups of bars lie one below the other, none on another.
        std::vector<QRect> bars;
        for (const ProbabilityBars *b : {panel->bothBars(), panel->textOnlyBars(), panel->imageOnlyBars()})
            if (b->isVisible())
                bars.push_back(QRect(b->mapTo(panel, QPoint(0, 0)), b->size()));
        QVERIFY(bars.size() >= 2);
        for (size_t i = 1; i < bars.size(); ++i)
            QVERIFY2(!bars[i].intersects(bars[i - 1]), "bars overlap");
        for (const ProbabilityBars *b : {panel->bothBars(), panel->textOnlyBars(), panel->imageOnlyBars()})
            QVERIFY2(b->height() >= b->minimumSizeHint().height(), "bars squeezed below their minimum");
    }

    void cleanupTestCase() { installTranslators(*qApp, QStringLiteral("en")); }
};

QTEST_MAIN(TestGuiScreens)
#include "test_gui_screens.moc"
