// 100,000 pairs through the pair table, its proxy, the metrics tracker and a real QTableView:
// every result is checked; the times are printed (qInfo) for the record, never asserted.
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

using namespace entail;

namespace {

constexpr int kRows = 100000;

std::vector<Pair> manyPairs()
{
    std::vector<Pair> pairs(kRows);
    for (int i = 0; i < kRows; ++i) {
        Pair &p = pairs[size_t(i)];
        p.key = i + 1;
        p.first.id = QString::number(1000000 + 2 * i);
        p.second.id = QString::number(1000001 + 2 * i);
        p.first.text = QStringLiteral("Harbor FC match E%1 on day %2 #harbor").arg(i % 97).arg(i % 7);
        // Half of the texts are not plain ASCII, as in real tweets.
        p.second.text = QStringLiteral("Update %1 about the match%2, see picture").arg(i).arg(i % 2 ? QStringLiteral(" \u26bd Gr\u00fc\u00dfe") : QString());
        p.first.imageMissing = i % 10 == 0;
        p.second.imageMissing = false;
        p.originalLabel = p.currentLabel = i % 3;
        p.split = Split(i % 3);
    }
    return pairs;
}

// Agrees with the label on 3 pairs of 4.
void predict(PairTableModel &model)
{
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    for (const Pair &p : model.pairs()) {
        Prediction pred;
        const int label = p.key % 4 == 0 ? (p.currentLabel + 1) % 3 : p.currentLabel;
        pred.both = {0.1f, 0.1f, 0.1f};
        pred.both[size_t(label)] = 0.5f + float(p.key % 40) / 100.0f;
        keys.push_back(p.key);
        predictions.push_back(pred);
    }
    model.setPredictions(keys, predictions);
}

// Asks the proxy for its rows first: a rebuilt mapping may be computed lazily.
void report(const char *what, QElapsedTimer &timer, const QAbstractItemModel &proxy)
{
    if (proxy.rowCount() > 0)
        proxy.index(0, 0).data();
    qInfo("%-44s %7.1f ms", what, double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
}

}  // namespace

class TestModelsScale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hundredThousandPairs()
    {
        std::vector<Pair> pairs = manyPairs();
        PairTableModel model;
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PairTableModel::Id, Qt::AscendingOrder);
        MetricsTracker tracker(&model);
        tracker.setSplit(MetricsTracker::kAllSplits);
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(22);
        view.setModel(&proxy);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QElapsedTimer timer;
        timer.start();
        model.setPairs(std::move(pairs));
        report("setPairs (model, sorted proxy, metrics)", timer, proxy);
        QCOMPARE(proxy.rowCount(), kRows);
        predict(model);
        report("setPredictions", timer, proxy);
        QCOMPARE(tracker.metrics().count, kRows);
        QCOMPARE(tracker.metrics().accuracy, 0.75);

        view.scrollToBottom();
        QCoreApplication::processEvents();
        view.repaint();
        report("scroll to the bottom and paint", timer, proxy);
        QCOMPARE(view.indexAt(QPoint(5, view.viewport()->height() - 5)).data(PairTableModel::KeyRole).toLongLong(),
                 qint64(kRows));
        for (int step = 0; step < 50; ++step) {
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() * step / 50);
            view.repaint();
        }
        report("50 scroll steps, each painted", timer, proxy);

        proxy.sort(PairTableModel::Text2, Qt::AscendingOrder);
        report("sort by tweet 2 text", timer, proxy);
        QCOMPARE(proxy.index(0, 0).data(PairTableModel::KeyRole).toLongLong(), 1);  // "Update 0 about"
        proxy.sort(PairTableModel::Confidence, Qt::DescendingOrder);
        report("sort by confidence", timer, proxy);
        QCOMPARE(proxy.index(0, PairTableModel::Confidence).data().toString(), QStringLiteral("89%"));

        proxy.setSearchText(QStringLiteral("e42 "));
        report("search over both texts", timer, proxy);
        QCOMPARE(proxy.rowCount(), (kRows + 96 - 42) / 97);
        proxy.clearFilters();
        proxy.setErrorsOnly(true);
        report("errors only", timer, proxy);
        QCOMPARE(proxy.rowCount(), kRows / 4);
        proxy.showCell(Contradictory, Implies, int(Split::Train));
        report("a confusion-matrix cell", timer, proxy);
        int expected = 0;
        for (int i = 0; i < kRows; ++i)
            expected += (i % 3 == 0 && (i + 1) % 4 == 0 && i % 3 == int(Split::Train)) ? 1 : 0;
        QCOMPARE(proxy.rowCount(), expected);
        proxy.clearFilters();
        report("clear filters", timer, proxy);

        model.setData(model.index(7, PairTableModel::CurrentLabel), int(NoEntailment));
        report("one correction (table, proxy, metrics)", timer, proxy);
        QCOMPARE(tracker.metrics().count, kRows);

        const int suspect = SuspectFinder::next(model, {}, [&](int row) { return proxy.proxyRow(row) >= 0; });
        report("next suspect", timer, proxy);
        QCOMPARE(model.confidence(suspect), 0.5f + 0.36f);  // key % 40 == 36 is the largest multiple of 4
    }
};

QTEST_MAIN(TestModelsScale)
#include "test_models_scale.moc"
