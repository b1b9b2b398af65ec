// What the window says on data like the real RME data (text only, ~84% NoEntailment, a model that never
// predicts Implies): the majority baseline beside the metrics, a warning for a never-predicted class, Next
// suspect not blaming labels for the model's blind spot, no image-only bars and no "Use the images" when
// there is no image.
#include "model/core/labels.h"
#include "model/data/demo.h"
#include "model/metrics/metrics.h"
#include "testsupport.h"
#include "ui/common/appsettings.h"
#include "ui/common/labeltext.h"
#include "ui/metrics/metricsdock.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/prediction/probabilitybars.h"
#include "ui/session/projectactions.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/review/pairview.h"
#include "ui/review/tweetcard.h"
#include "ui/training/traindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <set>

using namespace entail;

namespace {
constexpr int kPairs = 120;

Prediction sure(int label, float confidence)
{
    Prediction p;
    for (int c = 0; c < kNumClasses; ++c)
        p.both[size_t(c)] = c == label ? confidence : (1.0f - confidence) / 2.0f;
    p.textOnly = p.imageOnly = p.both;
    return p;
}
}  // namespace

// Takes the URLs QDesktopServices would hand to the browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QStringList opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url.toString(); }
};

class TestGuiRealData : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;

    PairTableModel *pairs() const { return m_window->session()->pairs(); }

    // Sets a prediction per pair from its label; returns the keys of the pairs it predicts wrongly.
    std::vector<qint64> predict(const std::function<int(const Pair &)> &call)
    {
        std::vector<qint64> keys, wrong;
        std::vector<Prediction> predictions;
        for (const Pair &p : pairs()->pairs()) {
            const int c = call(p);
            keys.push_back(p.key);
            predictions.push_back(sure(c, 0.5f + float(p.key % 40) / 100.0f));
            if (isValidLabel(p.currentLabel) && c != p.currentLabel)
                wrong.push_back(p.key);
        }
        pairs()->setPredictions(keys, predictions);
        return wrong;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_realdata"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        m_project = m_dir.filePath(QStringLiteral("demo.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(m_project, &error, nullptr, kPairs), qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QSignalSpy opened(m_window->session(), &ProjectSession::opened);
        m_window->openProject(m_project);
        QVERIFY(opened.wait(30000));
    }

    void cleanup() { m_window.reset(); }

    void metricsShowBaselineAndBlindSpot()
    {
        auto *dock = m_window->findChild<MetricsDock *>(QStringLiteral("metricsDock"));
        QVERIFY(dock);
        auto *tracker = m_window->findChild<MetricsTracker *>(QStringLiteral("metricsTracker"));
        QVERIFY(tracker);
        tracker->setSplit(MetricsTracker::kAllSplits);  // the expected figures below count every pair
        // A model that answers NoEntailment unless the label is Contradictory: it never predicts Implies.
        predict([](const Pair &p) { return p.currentLabel == Contradictory ? int(Contradictory) : int(NoEntailment); });
        std::vector<int> truth, predicted;
        for (int row = 0; row < pairs()->rowCount(); ++row) {
            truth.push_back(pairs()->pair(row).currentLabel);
            predicted.push_back(pairs()->predictedLabel(row));
        }
        const Baseline expected = majorityBaseline(computeMetrics(truth, predicted));
        QVERIFY(expected.label >= 0);
        const QString text = dock->contextText();
        QVERIFY2(text.contains(LabelText::name(expected.label)), qPrintable(text));
        QVERIFY2(text.contains(LabelText::score(expected.accuracy)) && text.contains(LabelText::score(expected.macroF1)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("never predicts %1").arg(LabelText::name(Implies))), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("never predicts %1").arg(LabelText::name(Contradictory))));

        predict([](const Pair &p) { return isValidLabel(p.currentLabel) ? p.currentLabel : int(NoEntailment); });
        QVERIFY2(!dock->contextText().contains(QLatin1String("never predicts")), qPrintable(dock->contextText()));
        QVERIFY(dock->contextText().contains(LabelText::score(expected.accuracy)));  // the baseline stays
    }

    void nextSuspectSkipsTheBlindSpot()
    {
        // Implies pairs are all predicted NoEntailment (blind spot); every 3rd NoEntailment pair is
        // predicted Contradictory: those are the suspects worth a look.
        const std::vector<qint64> wrong = predict([](const Pair &p) {
            if (p.currentLabel == NoEntailment && p.key % 3 == 0)
                return int(Contradictory);
            return p.currentLabel == Implies ? int(NoEntailment) : (isValidLabel(p.currentLabel) ? p.currentLabel : 2);
        });
        int worthALook = 0;
        for (int row = 0; row < pairs()->rowCount(); ++row)
            worthALook += pairs()->isError(row) && pairs()->pair(row).currentLabel == NoEntailment ? 1 : 0;
        QVERIFY(worthALook > 2 && int(wrong.size()) > worthALook);  // Implies pairs are errors too
        QAction *next = nullptr;
        for (QAction *a : m_window->actions())
            if (a->shortcut() == QKeySequence(QStringLiteral("N")))
                next = a;
        QVERIFY(next);
        std::set<qint64> seen;
        for (int i = 0; i < worthALook + 2; ++i) {
            next->trigger();
            const int row = m_window->findChild<PairBrowser *>(QStringLiteral("pairBrowser"))->currentSourceRow();
            QVERIFY(row >= 0);
            const Pair &p = pairs()->pair(row);
            QCOMPARE(p.currentLabel, int(NoEntailment));
            QVERIFY(pairs()->isError(row));
            seen.insert(p.key);
        }
        QCOMPARE(int(seen.size()), worthALook);  // every one visited, then around again
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(LabelText::name(Implies)) && message.contains(QLatin1String("skipped")), qPrintable(message));
    }

    void imageOnlyBarsHiddenWithoutImages()
    {
        PredictionPanel panel;
        panel.setModelName(QStringLiteral("v1"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setPrediction(sure(Implies, 0.8f), NoEntailment, true);
        QVERIFY(!panel.imageOnlyBars()->isVisible());
        QVERIFY(panel.explanationText().contains(QLatin1String("images are missing")));
        panel.setPrediction(sure(Implies, 0.8f), NoEntailment, false);
        QVERIFY(panel.imageOnlyBars()->isVisible());
    }

    void autoAdvanceAfterLabelling()
    {
        // On by default (as annotators work): a label moves to the next pair; the Label menu turns it off.
        auto *browser = m_window->findChild<PairBrowser *>(QStringLiteral("pairBrowser"));
        auto *option = m_window->findChild<QAction *>(QStringLiteral("autoAdvance"));
        QVERIFY(browser && option && option->isChecked());
        QVERIFY(browser->selectSourceRow(5));
        const qint64 key = pairs()->pair(5).key;
        m_window->setCurrentLabel(Implies);
        QCOMPARE(pairs()->pair(5).currentLabel, int(Implies));
        QVERIFY(pairs()->pair(5).key == key);
        QVERIFY(browser->currentSourceRow() != 5);
        const int next = browser->currentSourceRow();
        option->trigger();  // off
        QVERIFY(!AppSettings().autoAdvance());
        m_window->setCurrentLabel(Contradictory);
        QCOMPARE(browser->currentSourceRow(), next);
        option->trigger();
        QVERIFY(AppSettings().autoAdvance());
    }

    void pairCountSaysWhatIsLeft()
    {
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("pairCount"));
        QVERIFY(count);
        const auto unlabeled = [this] {
            int n = 0;
            for (const Pair &p : pairs()->pairs())
                n += isValidLabel(p.currentLabel) ? 0 : 1;
            return n;
        };
        const auto expected = [&](int n) { return n == 0 ? QStringLiteral("all labeled") : QStringLiteral("%1 to label").arg(n); };
        QVERIFY2(count->text().contains(expected(unlabeled())), qPrintable(count->text()));
        AppSettings().setAutoAdvance(false);
        int row = 0;
        while (!isValidLabel(pairs()->pair(row).currentLabel))
            ++row;
        m_window->session()->setLabel(row, kNoLabel);  // a label cleared: one more to do
        QVERIFY2(count->text().contains(expected(unlabeled())), qPrintable(count->text()));
        QVERIFY(unlabeled() > 0);
        AppSettings().setAutoAdvance(true);
    }

    void tweetAndImageLinks()
    {
        // The card links the tweet and its image on the web; only http(s) links are ever opened.
        UrlCatcher catcher;
        for (const char *scheme : {"https", "http", "file", "javascript"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &catcher, "open");
        TweetCard card(QStringLiteral("Tweet 1"));
        Tweet t;
        t.id = QStringLiteral("1234567890");
        t.text = QStringLiteral("hello");
        t.imageUrl = QStringLiteral("https://pbs.twimg.com/media/x.jpg");
        card.setTweet(t, QString(), QStringLiteral("missing"));
        QVERIFY(card.headerHtml().contains(QLatin1String("href=\"https://twitter.com/i/web/status/1234567890\"")));
        QVERIFY(card.openImageAction()->isEnabled());
        card.openLink(QStringLiteral("https://twitter.com/i/web/status/1234567890"));
        card.openImageAction()->trigger();
        QCOMPARE(catcher.opened, (QStringList{QStringLiteral("https://twitter.com/i/web/status/1234567890"),
                                              QStringLiteral("https://pbs.twimg.com/media/x.jpg")}));
        t.id = QStringLiteral("12\"><script>");
        t.imageUrl = QStringLiteral("file:///etc/passwd");
        card.setTweet(t, QString(), QStringLiteral("missing"));
        QVERIFY2(!card.headerHtml().contains(QLatin1String("href")), qPrintable(card.headerHtml()));
        QVERIFY(!card.headerHtml().contains(QLatin1String("<script>")));
        QVERIFY(!card.openImageAction()->isEnabled());
        card.openLink(QStringLiteral("file:///etc/passwd"));
        card.openLink(QStringLiteral("javascript:alert(1)"));
        QCOMPARE(catcher.opened.size(), 2);
        for (const char *scheme : {"https", "http", "file", "javascript"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void searchTermsMarkedInTheCards()
    {
        auto *proxy = m_window->findChild<PairFilterProxy *>(QStringLiteral("pairFilter"));
        auto *view = m_window->findChild<PairView *>(QStringLiteral("pairView"));
        QVERIFY(proxy && view);
        const QString word = pairs()->pair(0).first.text.section(QLatin1Char(' '), 1, 1);
        QVERIFY(word.size() > 2);
        const QString mark = QStringLiteral("#bfe0ff");
        QVERIFY(!view->card(0)->textHtml().contains(mark));
        proxy->setSearchText(word.toUpper());  // case does not matter
        QVERIFY(proxy->rowCount() > 0);
        auto *browser = m_window->findChild<PairBrowser *>(QStringLiteral("pairBrowser"));
        QVERIFY(browser->selectSourceRow(0));
        const QString html = view->card(0)->textHtml();
        QVERIFY2(html.contains(mark) && html.contains(word.toHtmlEscaped()), qPrintable(html));
        proxy->setSearchText(QString());
        QVERIFY(!view->card(0)->textHtml().contains(mark));
    }

    void exportPredictionsFromTheWindow()
    {
        predict([](const Pair &p) { return int(p.key % kNumClasses); });
        auto *files = m_window->findChild<ProjectActions *>();
        QVERIFY(files);
        QVERIFY(files->projectActions().contains(files->exportPredictions()));
        const QString path = m_dir.filePath(QStringLiteral("predictions.csv"));
        QSignalSpy done(files, &ProjectActions::predictionsExported);
        files->exportPredictionsTo(path);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(1).toString().isEmpty(), qPrintable(done.first().at(1).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("id_1,id_2,label,predicted_label,p_contradictory,p_implies,p_noentailment,"
                                           "text_only_label,image_only_label"));
        QCOMPARE(int(lines.size()), pairs()->rowCount() + 2);  // header, rows, the final newline
        const Pair &p = pairs()->pair(0);
        const QList<QByteArray> row = lines.at(1).split(',');
        QCOMPARE(QString::fromUtf8(row.at(0)), p.first.id);
        QCOMPARE(QString::fromUtf8(row.at(3)), labelName(int(p.key % kNumClasses)));
        const Prediction &pred = pairs()->prediction(0);
        QCOMPARE(row.at(4).toDouble(), double(qRound(double(pred.both[0]) * 1e6)) / 1e6);
    }

    void trainDialogWithoutImages()
    {
        TrainDialog dialog;
        TrainConfig config;
        config.useImages = true;
        dialog.setConfig(config);
        dialog.setImagesAvailable(false);
        auto *images = [&] {
            for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
                if (box->text().startsWith(QLatin1String("Use the images")))
                    return box;
            return static_cast<QCheckBox *>(nullptr);
        }();
        QVERIFY(images);
        QVERIFY(!images->isEnabled() && !images->isChecked());
        QVERIFY(!dialog.config().useImages);
        QVERIFY(images->text().contains(QLatin1String("none of this project's images was found")));
        dialog.setImagesAvailable(true);
        QVERIFY(images->isEnabled());
    }
};

QTEST_MAIN(TestGuiRealData)
#include "test_gui_realdata.moc"
