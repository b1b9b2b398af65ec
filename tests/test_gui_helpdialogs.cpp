// Help > About and the first-run guide: what they say, in which language, that nothing is cut off in any
// language, and that "Don't show again" sticks. bench/screenshots.cpp takes their pictures.
#include "ui/common/appsettings.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/firstrunguide.h"
#include "model/runtime/translations.h"
#include "widgetchecks.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QIcon>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

// The <tr> of the credits table that names `component`, with its tags removed.
QString creditsRow(const QString &html, const QString &component)
{
    const QStringList rows = html.split(QStringLiteral("<tr>"));
    for (const QString &row : rows) {
        if (row.contains(QStringLiteral("<b>") + component))
            return QString(row).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    }
    return QString();
}

// Shown as the application shows it; every control inside and with the room its text needs.
void checkLayout(QWidget &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = entail::test::layoutProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

}  // namespace

class TestHelpDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_helpdialogs"));
    }
    void init() { QSettings().clear(); }
    void cleanup() { entail::installTranslators(*qApp, QStringLiteral("en")); }

    void aboutShowsVersion()
    {
        entail::AboutDialog dialog;
        auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Version " ENTAIL_VERSION));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About Entail Studio"));
    }

    // The application icon is embedded and renders (through Qt's SVG plugin, package libqt6svg6).
    void iconRenders()
    {
        const QImage icon = QIcon(QStringLiteral(":/entail-studio.svg")).pixmap(64, 64).toImage();
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.size(), QSize(64, 64));
        QCOMPARE(icon.pixelColor(0, 0).alpha(), 0);          // transparent corner
        QCOMPARE(icon.pixelColor(40, 40).alpha(), 255);      // inside the front card
    }

    void aboutNamesLicences_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("licence");
        QTest::addColumn<QString>("version");  // a prefix of the version shown; "" = none shown
        QTest::newRow("Qt") << "Qt" << "LGPL-3.0" << QString::fromLatin1(qVersion());
        QTest::newRow("LibTorch") << "LibTorch" << "BSD-3-Clause" << "1.";
        QTest::newRow("OpenCV") << "OpenCV" << "Apache-2.0" << "4.";
        QTest::newRow("sentencepiece") << "sentencepiece" << "Apache-2.0" << "0.";
        QTest::newRow("RME dataset") << "Recognizing Multimodal Entailment" << "Apache-2.0" << "";
    }
    void aboutNamesLicences()
    {
        QFETCH(QString, component);
        QFETCH(QString, licence);
        QFETCH(QString, version);
        const QString row = creditsRow(entail::AboutDialog::creditsHtml(), component);
        QVERIFY2(!row.isEmpty(), qPrintable(component + QStringLiteral(" is missing from the credits")));
        QVERIFY2(row.contains(licence), qPrintable(row));
        if (!version.isEmpty())
            QVERIFY2(row.contains(version), qPrintable(row));

        entail::AboutDialog dialog;
        auto *credits = dialog.findChild<QLabel *>(QStringLiteral("creditsLabel"));
        QVERIFY(credits);
        QVERIFY(credits->text().contains(component));
    }

    void guideNamesPanelsAndKeys_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("pair table") << "table of pairs";
        QTest::newRow("pair view") << "two tweet cards";
        QTest::newRow("prediction bars") << "text alone";
        QTest::newRow("confusion matrix") << "confusion matrix";
        QTest::newRow("train") << "Train";
        QTest::newRow("label keys") << "1 / 2 / 3";
        QTest::newRow("navigation keys") << "J / K";
        QTest::newRow("suspect key") << "<b>N</b>";
        QTest::newRow("undo key") << QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        QTest::newRow("cheat sheet key") << "<b>?</b>";
    }
    void guideNamesPanelsAndKeys()
    {
        QFETCH(QString, expected);
        QVERIFY2(entail::FirstRunGuide::guideHtml().contains(expected), qPrintable(expected));
    }

    void guideDismissal_data()
    {
        QTest::addColumn<bool>("untick");  // the box comes ticked: the guide shows once per user
        QTest::addColumn<bool>("escape");  // closed with Escape instead of the Start button
        QTest::addColumn<bool>("dismissed");
        QTest::newRow("Start, box kept ticked") << false << false << true;
        QTest::newRow("Start, box unticked") << true << false << false;
        QTest::newRow("Escape, box kept ticked") << false << true << true;
        QTest::newRow("Escape, box unticked") << true << true << false;
    }
    void guideDismissal()
    {
        QFETCH(bool, untick);
        QFETCH(bool, escape);
        QFETCH(bool, dismissed);
        QVERIFY(!entail::FirstRunGuide::isDismissed());
        QPointer<entail::FirstRunGuide> guide = entail::FirstRunGuide::showAtStart(nullptr, false);
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        auto *box = guide->findChild<QCheckBox *>(QStringLiteral("dontShowAgain"));
        QVERIFY(box);
        QVERIFY(box->isChecked());
        if (untick)
            QTest::mouseClick(box, Qt::LeftButton);
        QCOMPARE(box->isChecked(), !untick);
        if (escape)
            QTest::keyClick(guide, Qt::Key_Escape);
        else
            QTest::keyClick(guide, Qt::Key_Return);  // Start is the default button
        QTRY_VERIFY(!guide);                         // deleted on close
        QCOMPARE(entail::FirstRunGuide::isDismissed(), dismissed);
        QCOMPARE(entail::AppSettings().firstRunGuideDismissed(), dismissed);
        entail::FirstRunGuide *again = entail::FirstRunGuide::showAtStart(nullptr, false);
        QCOMPARE(again != nullptr, !dismissed);
        delete again;
    }

    // Once per user, and never over a file named on the command line (which says nothing about the demo).
    void guideAtStart()
    {
        using entail::FirstRunGuide;
        QVERIFY(FirstRunGuide::wantedAtStart(false, false));
        QVERIFY(!FirstRunGuide::wantedAtStart(true, false));
        QVERIFY(!FirstRunGuide::wantedAtStart(false, true));
        QVERIFY(!FirstRunGuide::wantedAtStart(true, true));

        QVERIFY(!FirstRunGuide::isDismissed());
        QVERIFY(!FirstRunGuide::showAtStart(nullptr, true));  // started with a project: not shown...
        QVERIFY(!FirstRunGuide::isDismissed());               // ...and still due at a start without one
        QPointer<FirstRunGuide> first = FirstRunGuide::showAtStart(nullptr, false);
        QVERIFY(first);
        const QString text = first->findChild<QLabel *>(QStringLiteral("guideText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Started without a project")), qPrintable(text));
        QVERIFY(FirstRunGuide::isDismissed());  // recorded when shown: quitting over it counts
        QVERIFY(!FirstRunGuide::showAtStart(nullptr, false));  // the second start
        delete first.data();

        // From the Help menu it claims nothing about how the window was started.
        const QString help = FirstRunGuide::guideHtml(FirstRunGuide::Occasion::HelpMenu);
        QVERIFY(!help.contains(QStringLiteral("Started without a project")));
        QVERIFY(help.contains(QStringLiteral("the open project")));
    }

    // The Help menu's actions open their dialogs over the window; the guide comes back even when dismissed.
    void helpActionsOpenTheirDialogs()
    {
        entail::AppSettings().setFirstRunGuideDismissed(true);
        QWidget window;
        window.show();
        QAction *about = entail::AboutDialog::createAction(&window);
        QAction *guide = entail::FirstRunGuide::createAction(&window);
        QCOMPARE(about->parent(), &window);
        QCOMPARE(about->menuRole(), QAction::AboutRole);
        QCOMPARE(about->text(), QStringLiteral("&About Entail Studio"));
        QCOMPARE(guide->text(), QStringLiteral("&Getting started"));

        about->trigger();
        QPointer<entail::AboutDialog> aboutDialog = window.findChild<entail::AboutDialog *>();
        QVERIFY(aboutDialog);
        QVERIFY(aboutDialog->isVisible());
        QCOMPARE(aboutDialog->windowModality(), Qt::WindowModal);
        aboutDialog->close();
        QTRY_VERIFY(!aboutDialog);

        guide->trigger();
        QPointer<entail::FirstRunGuide> guideDialog = window.findChild<entail::FirstRunGuide *>();
        QVERIFY(guideDialog);
        QVERIFY(guideDialog->isVisible());
        QVERIFY(guideDialog->findChild<QCheckBox *>(QStringLiteral("dontShowAgain"))->isChecked());
        guideDialog->close();
        QTRY_VERIFY(!guideDialog);
        QVERIFY(entail::FirstRunGuide::isDismissed());
    }

    void dialogsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("aboutTitle");
        QTest::addColumn<QString>("guideTitle");
        QTest::addColumn<QString>("dontShow");
        QTest::newRow("English") << "en" << "About Entail Studio" << "Welcome to Entail Studio"
                                 << "Don't show this again";
        QTest::newRow("German") << "de" << "Über Entail Studio" << "Willkommen bei Entail Studio"
                                << "Nicht mehr anzeigen";
        QTest::newRow("Spanish") << "es" << "Acerca de Entail Studio" << "Bienvenido a Entail Studio"
                                 << "No volver a mostrar";
    }
    void dialogsInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, aboutTitle);
        QFETCH(QString, guideTitle);
        QFETCH(QString, dontShow);
        QCOMPARE(entail::installTranslators(*qApp, language), language);

        entail::AboutDialog about;
        QCOMPARE(about.windowTitle(), aboutTitle);
        checkLayout(about);
        QVERIFY(about.findChild<QLabel *>(QStringLiteral("creditsLabel"))->isVisible());

        entail::FirstRunGuide guide;
        QCOMPARE(guide.windowTitle(), guideTitle);
        QCOMPARE(guide.findChild<QCheckBox *>(QStringLiteral("dontShowAgain"))->text(), dontShow);
        checkLayout(guide);
        QVERIFY(guide.findChild<QLabel *>(QStringLiteral("guideText"))->isVisible());
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "test_gui_helpdialogs.moc"
