// Long texts in the window: a project whose store holds 1 MB and 5 MB tweets (written with ProjectStore
// directly, as another tool or an older version could) opens, shows, selects and searches without stalling
// the GUI thread; the table and the cards show a bounded part and the whole text stays reachable.
#include "model/store/store.h"
#include "guiprobe.h"
#include "testsupport.h"
#include "ui/common/appsettings.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/pairview.h"
#include "ui/review/tweetcard.h"
#include "ui/review/wholetextdialog.h"
#include "ui/review/wordhighlighter.h"
#include "model/core/displaytext.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace entail;

namespace {

constexpr int kPairs = 12;
const qsizetype kLongSizes[] = {1000 * 1000, 5000 * 1000};

// Words, an entity now and then, and `marker` near the end; the first long text has a line break every few
// words, the second is one line.
QString longText(qsizetype size, const QString &marker)
{
    const bool lines = size == kLongSizes[0];
    QString s;
    s.reserve(size + 64);
    for (int i = 0; s.size() < size - 40; ++i) {
        s += QStringLiteral("word%1 ").arg(i % 997);
        if (i % 13 == 12)
            s += lines ? QStringLiteral("&amp; more\n") : QStringLiteral("&amp; more ");
    }
    s += marker + QStringLiteral(" the end");
    return s;
}

QString markerFor(int i) { return QStringLiteral("needle%1zz").arg(i); }

}  // namespace

class TestGuiLongText : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::vector<int> m_longRows;  // rows whose text_2 is long, one per kLongSizes entry

    // The card of the long text shows a bounded start and a button that opens the whole text.
    void checkCards(MainWindow &window, const Pair &pair, double &worst)
    {
        const QList<TweetCard *> cards = window.findChildren<TweetCard *>();
        QCOMPARE(cards.size(), 2);
        TweetCard *card = cards[0]->wholeTextButton()->isVisible() ? cards[0] : cards[1];
        QVERIFY(card->wholeTextButton()->isVisible());
        QVERIFY(!(cards[0]->wholeTextButton()->isVisible() && cards[1]->wholeTextButton()->isVisible()));
        QVERIFY2(card->textHtml().size() < 20 * WordHighlighter::kMaxChars, qPrintable(QString::number(card->textHtml().size())));
        QVERIFY(card->wholeTextButton()->text().contains(QLocale().toString(pair.second.text.size())));
        test::GuiProbe probe;
        probe.start();
        card->wholeTextButton()->click();
        auto *dialog = window.findChild<WholeTextDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isComplete(), 120000);
        QTest::qWait(50);
        worst = std::max(worst, probe.report("open the whole text, until complete"));
        // The whole text, decoded; lines longer than the dialog's bound are broken at a space.
        const QString shown = dialog->shownText();
        QVERIFY(shown.contains(QStringLiteral("& more")));
        QCOMPARE(QString(shown).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                 DisplayText::decodeEntities(pair.second.text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        qsizetype longestLine = 0;
        for (const QStringView line : QStringView(shown).split(QLatin1Char('\n')))
            longestLine = std::max(longestLine, line.size());
        QVERIFY2(longestLine <= WholeTextDialog::kMaxLineChars + 200, qPrintable(QString::number(longestLine)));
        dialog->close();
        QTest::qWait(20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_longtext"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        AppSettings().setAnnotator(QStringLiteral("tester"));
        m_project = m_dir.filePath(QStringLiteral("long.entail"));
        Dataset data;
        for (int i = 0; i < kPairs; ++i) {
            Pair p;
            p.first = Tweet{QString::number(1000 + 2 * i), QStringLiteral("Short tweet %1 &amp; friends").arg(i),
                            {}, {}, {}, true};
            p.second = Tweet{QString::number(1001 + 2 * i), QStringLiteral("Another tweet %1").arg(i), {}, {}, {}, true};
            p.originalLabel = p.currentLabel = i % 3;
            p.split = i % 4 == 0 ? Split::Validation : Split::Train;
            data.pairs.push_back(p);
        }
        for (size_t k = 0; k < std::size(kLongSizes); ++k) {
            const int row = 3 + 4 * int(k);
            data.pairs[size_t(row)].second.text = longText(kLongSizes[k], markerFor(int(k)));
            m_longRows.push_back(row);
        }
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(m_project, &error), qPrintable(error));
        QVERIFY2(store.addPairs(data, QStringLiteral("tester"), &error), qPrintable(error));
    }

    void longTextsDoNotStallTheWindow()
    {
        test::GuiProbe probe;
        double worst = 0.0;
        MainWindow window;
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(window.session(), &ProjectSession::opened);
        probe.start();
        window.openProject(m_project);
        QVERIFY(opened.wait(600000));
        QTest::qWait(100);
        worst = std::max(worst, probe.report("open, first pair shown"));
        PairTableModel *pairs = window.session()->pairs();
        QCOMPARE(pairs->rowCount(), kPairs);
        auto *browser = window.findChild<PairBrowser *>(QStringLiteral("pairBrowser"));
        auto *proxy = window.findChild<PairFilterProxy *>(QStringLiteral("pairFilter"));
        auto *view = window.findChild<PairView *>(QStringLiteral("pairView"));
        QVERIFY(browser && proxy && view);
        QTableView *table = browser->view();
        const int rowLimit = 3 * table->fontMetrics().height();
        for (size_t k = 0; k < m_longRows.size(); ++k) {
            const int row = m_longRows[k];
            const QByteArray what = QByteArray::number(kLongSizes[k] / 1000) + " KB";
            // The whole text stays stored exactly.
            QCOMPARE(pairs->pair(row).second.text.size(), longText(kLongSizes[k], markerFor(int(k))).size());
            const QString shown = pairs->index(row, PairTableModel::Text2).data().toString();
            QVERIFY2(shown.size() <= 200, qPrintable(QString::number(shown.size())));
            QVERIFY(table->rowHeight(proxy->proxyRow(row)) <= rowLimit);

            probe.start();
            QVERIFY(browser->selectSourceRow(row));
            QTest::qWait(100);
            worst = std::max(worst, probe.report("select the pair, " + what));
            QCOMPARE(browser->currentSourceRow(), row);
            checkCards(window, pairs->pair(row), worst);

            probe.start();
            auto *search = window.findChild<FilterBar *>()->searchEdit();
            search->setText(markerFor(int(k)));
            window.findChild<FilterBar *>()->applySearchNow();
            QTest::qWait(100);
            worst = std::max(worst, probe.report("search a word at the end, " + what));
            QCOMPARE(proxy->rowCount(), 1);
            QCOMPARE(proxy->mapToSource(proxy->index(0, 0)).row(), row);
            search->clear();
            window.findChild<FilterBar *>()->applySearchNow();
            QTest::qWait(50);
        }
        qInfo("longest GUI-thread stall: %.1f ms", worst);
    }

    // The import limit as the window reports it: the message names file:line and the column, nothing opens.
    void tooLongTextImportShowsTheMessage()
    {
        const QString csv = test::writeFile(m_dir.filePath(QStringLiteral("toolong.csv")),
                                            "id_1,text_1,image_1,id_2,text_2,image_2,label\n1,a,,2,b,,Implies\n3,"
                                                + QByteArray(100001, 'x') + ",,4,d,,Implies\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shown;
        QTimer catcher;
        connect(&catcher, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->done(QMessageBox::Ok);
            }
        });
        catcher.start(20);
        window.openCsv(csv, QString());
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        QVERIFY2(shown.contains(QStringLiteral("toolong.csv:3:")) && shown.contains(QStringLiteral("text_1"))
                     && shown.contains(QStringLiteral("100000")),
                 qPrintable(shown));
        QVERIFY(!window.session()->isOpen());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("toolong.entail"))));
    }
};

QTEST_MAIN(TestGuiLongText)
#include "test_gui_longtext.moc"
