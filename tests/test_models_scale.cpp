// 100,000 pairs through the pair table, its proxy, the metrics tracker and a real QTableView, and a
// 100,000-pair project through the Compare, activation and Train-dialog paths (GUI thread's share):
// every result is checked; the times are printed (qInfo) for the record, never asserted.
#include "model/store/store.h"
#include "model/training/trainingrecord.h"
#include "ui/labelissues/bulkrelabel.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/suspectfinder.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/session/projectsession.h"
#include "ui/training/traindialog.h"
#include "ui/training/trainingfeature.h"
#include "ui/versions/flippedpairsmodel.h"
#include "ui/versions/modelspanel.h"
#include "guiprobe.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>
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

// Predicts `shift` classes away from the label on every `every`-th pair, the label elsewhere.
Predictions predictionsFor(const std::vector<Pair> &pairs, int every, int shift, PairKeys *keys)
{
    Predictions out;
    for (const Pair &p : pairs) {
        Prediction pred;
        pred.both = {0.1f, 0.1f, 0.1f};
        const int label = p.key % every == 0 ? (p.currentLabel + shift) % 3 : p.currentLabel;
        pred.both[size_t(label)] = 0.8f;
        keys->push_back(p.key);
        out.push_back(pred);
    }
    return out;
}

}  // namespace

class TestModelsScale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionPathsAtScale();
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

        // At this size the text order and the search are computed off the GUI thread; the rows follow.
        proxy.sort(PairTableModel::Text2, Qt::AscendingOrder);
        QVERIFY(proxy.isWorking());
        report("sort by tweet 2 text: asked (a worker orders the texts)", timer, proxy);
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.isWorking(), 30000);
        report("sort by tweet 2 text: rows in order", timer, proxy);
        QCOMPARE(proxy.index(0, 0).data(PairTableModel::KeyRole).toLongLong(), 1);  // "Update 0 about"
        proxy.sort(PairTableModel::Confidence, Qt::DescendingOrder);
        report("sort by confidence", timer, proxy);
        QCOMPARE(proxy.index(0, PairTableModel::Confidence).data().toString(), QStringLiteral("89%"));

        proxy.setSearchText(QStringLiteral("e42 "));
        QVERIFY(proxy.isWorking());
        QCOMPARE(proxy.rowCount(), kRows);  // until the worker's answer is in
        report("search over both texts: asked", timer, proxy);
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.isWorking(), 30000);
        report("search over both texts: rows shown", timer, proxy);
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

private:
    void bulkRelabelAll(ProjectSession &session, QMainWindow &window);
};

void TestModelsScale::versionPathsAtScale()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scale.entail"));
    QString error;
    ModelVersion a, b;
    std::vector<Pair> pairs;
    PairKeys keysA, keysB;
    Predictions predA, predB;
    {
        ProjectStore store;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        Dataset ds;
        ds.pairs = manyPairs();
        QVERIFY2(store.addPairs(ds, QStringLiteral("test"), &error), qPrintable(error));
        pairs = store.dataset().pairs;
        QDir().mkpath(store.modelsDir());
        for (ModelVersion *v : {&a, &b}) {
            v->file = QDir(store.modelsDir()).filePath(v == &a ? QStringLiteral("v1.entailmodel") : QStringLiteral("v2.entailmodel"));
            v->configJson = TrainingRecord::configJson(TrainConfig{}, ds);
            QVERIFY2(store.addModel(*v, &error), qPrintable(error));
        }
        predA = predictionsFor(pairs, 4, 1, &keysA);  // wrong on every 4th pair
        predB = predictionsFor(pairs, 5, 2, &keysB);  // wrong on every 5th pair
        QVERIFY2(store.savePredictions(a.id, keysA, predA, &error), qPrintable(error));
        QVERIFY2(store.setActiveModel(a.id, &error), qPrintable(error));

        // What these paths used to do on the GUI thread; it now runs on worker threads.
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(store.savePredictions(b.id, keysB, predB, &error), qPrintable(error));
        qInfo("%-44s %7.1f ms", "old activation: savePredictions", double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        PairKeys k1, k2;
        Predictions p1, p2;
        QVERIFY(store.loadPredictions(a.id, &k1, &p1) && store.loadPredictions(b.id, &k2, &p2));
        const Dataset labels = store.dataset();
        FlippedPairsModel::compute(labels, a.name, k1, p1, b.name, k2, p2);
        qInfo("%-44s %7.1f ms", "old Compare: 2 x loadPredictions + dataset", double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        std::array<int, 3> labeled{};
        for (const Pair &p : store.dataset().pairs)
            labeled[size_t(p.split)] += isValidLabel(p.currentLabel) ? 1 : 0;
        store.activeModel();
        qInfo("%-44s %7.1f ms", "old Train dialog / activation start: dataset", double(timer.nsecsElapsed()) / 1e6);
        QCOMPARE(labeled[0] + labeled[1] + labeled[2], kRows);
    }
    int expectedFlips = 0;
    for (size_t i = 0; i < predA.size(); ++i)
        expectedFlips += predA[i].label() != predB[i].label() ? 1 : 0;

    test::GuiProbe probe;
    ProjectSession session;
    QSignalSpy opened(&session, &ProjectSession::opened);
    probe.start();
    session.open(path);
    QVERIFY(opened.wait(120000));
    probe.report("open (100,000 pairs, 2 versions)");
    QCOMPARE(session.pairs()->rowCount(), kRows);
    QMainWindow window;
    auto *feature = new TrainingFeature(&window, &session);
    feature->install(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModelsPanel *panel = feature->modelsPanel();
    panel->selectVersion(b.id);
    QSignalSpy compared(panel, &ModelsPanel::comparisonReady);
    probe.start();
    panel->compareSelected();
    QVERIFY(compared.wait(120000));
    probe.report("Compare (100,000 pairs)");
    QCOMPARE(panel->comparison()->comparedPairs(), kRows);
    QCOMPARE(panel->comparison()->rowCount(), expectedFlips);

    // On the GUI thread: the versions list (listed without the label snapshots' per-pair labels).
    QElapsedTimer timer;
    timer.start();
    panel->reload();
    qInfo("%-44s %7.1f ms", "Models panel reload (2 versions)", double(timer.nsecsElapsed()) / 1e6);

    // The Train dialog: from the action to the dialog on screen.
    bool shown = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<TrainDialog *>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        probe.report("Train dialog (100,000 pairs)");
        if (dialog)
            dialog->reject();
    });
    probe.start();
    feature->trainAction()->trigger();
    QVERIFY(shown);

    // Activation: the worker's part (load, predict, store) needs a real model and minutes here; its
    // storing is timed above. The GUI thread's part is handing over the stored predictions.
    PredictionOutcome outcome;
    outcome.job.projectPath = session.projectPath();
    outcome.job.version = b;
    outcome.job.activate = true;
    outcome.keys = keysB;
    outcome.predictions = predB;
    QSignalSpy changed(&session, &ProjectSession::modelChanged);
    probe.start();
    Q_EMIT session.batch()->finished(outcome);
    QCoreApplication::processEvents();
    probe.report("activation, GUI thread (100,000 pairs)");
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.activeModel()->id, b.id);
    QCOMPARE(session.pairs()->predictedLabel(4), predB[4].label());

    bulkRelabelAll(session, window);
}

// "Set label of selected pairs" on all 100,000 rows of a sorted table, then undo: one store transaction per
// step with a log entry per changed pair, the table following in one update.
void TestModelsScale::bulkRelabelAll(ProjectSession &session, QMainWindow &window)
{
    PairFilterProxy proxy;
    proxy.setSourceModel(session.pairs());
    auto *table = new QTableView(&window);
    table->setModel(&proxy);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);  // as the window's pair table
    table->setSortingEnabled(true);
    table->sortByColumn(PairTableModel::Text2, Qt::AscendingOrder);
    window.setCentralWidget(table);
    BulkRelabel bulk(&session, table, &proxy);
    table->selectAll();
    std::vector<int> before;
    for (const Pair &p : session.pairs()->pairs())
        before.push_back(p.currentLabel);
    const int changes = kRows - int(std::count(before.begin(), before.end(), int(Implies)));
    const qint64 logBefore = qint64(session.store()->log().size());
    QSignalSpy written(&bulk, &BulkRelabel::labelsWritten);
    test::GuiProbe probe;
    probe.start();
    bulk.setSelectedLabels(Implies);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 120000);
    probe.report("bulk relabel of 100,000 selected pairs");
    QCOMPARE(qint64(session.store()->log().size()), logBefore + changes);
    for (int row : {0, 1, 2, kRows - 1}) {
        QCOMPARE(session.pairs()->pair(row).currentLabel, int(Implies));
        QCOMPARE(session.store()->pair(session.pairs()->pair(row).key)->currentLabel, int(Implies));
    }
    QCOMPARE(proxy.rowCount(), kRows);
    // The layout change kept the proxy right: its text order (ranks kept) and a label filter.
    auto inTextOrder = [&proxy] {
        for (int r = 1; r < proxy.rowCount(); r += 997)
            if (proxy.index(r - 1, PairTableModel::Text2).data(PairTableModel::SortRole).toString().compare(
                    proxy.index(r, PairTableModel::Text2).data(PairTableModel::SortRole).toString(), Qt::CaseInsensitive)
                > 0)
                return false;
        return true;
    };
    QVERIFY(inTextOrder());
    proxy.setCurrentLabelFilter(Implies);
    QCOMPARE(proxy.rowCount(), kRows);
    probe.start();
    session.undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, 120000);
    probe.report("undo of the bulk relabel");
    for (int row = 0; row < kRows; ++row)
        QCOMPARE(session.pairs()->pair(row).currentLabel, before[size_t(row)]);
    QCOMPARE(proxy.rowCount(), int(std::count(before.begin(), before.end(), int(Implies))));
    QVERIFY(inTextOrder());
    QCOMPARE(session.store()->pair(session.pairs()->pair(5).key)->currentLabel, before[5]);
}

QTEST_MAIN(TestModelsScale)
#include "test_models_scale.moc"
