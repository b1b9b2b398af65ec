// The confusion matrix, per-class metrics and annotation log models, and the tracker that keeps
// the first two in step with the pair table.
#include "ui/review/annotationlogmodel.h"
#include "ui/metrics/classmetricsmodel.h"
#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairtablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QtTest>

using namespace entail;

namespace {

// (current label, predicted label, split); predicted -1 = no prediction, current -1 = unlabeled.
struct Row {
    int current, predicted;
    Split split;
};
const Row kRows[] = {
    {0, 0, Split::Train}, {1, 0, Split::Validation}, {1, 1, Split::Test}, {2, 2, Split::Train},
    {2, 1, Split::Validation}, {-1, 2, Split::Train}, {1, -1, Split::Test}, {2, 0, Split::Validation},
};

void loadFixture(PairTableModel &model)
{
    std::vector<Pair> pairs;
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    qint64 key = 1;
    for (const Row &r : kRows) {
        Pair p;
        p.key = key;
        p.originalLabel = p.currentLabel = r.current;
        p.split = r.split;
        pairs.push_back(p);
        if (r.predicted >= 0) {
            Prediction pred;
            pred.both = {0.1f, 0.1f, 0.1f};
            pred.both[size_t(r.predicted)] = 0.8f;
            keys.push_back(key);
            predictions.push_back(pred);
        }
        ++key;
    }
    model.setPairs(pairs);
    model.setPredictions(keys, predictions);
}

using Matrix = std::array<std::array<int, 3>, 3>;

Matrix counts(const ConfusionMatrixModel &m)
{
    Matrix out{};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            out[size_t(r)][size_t(c)] = m.index(r, c).data(ConfusionMatrixModel::CountRole).toInt();
    return out;
}

}  // namespace

class TestModelsMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTester()
    {
        PairTableModel pairs;
        MetricsTracker tracker(&pairs);
        QAbstractItemModelTester t1(tracker.confusionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(tracker.classModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        AnnotationLogModel log;
        QAbstractItemModelTester t3(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadFixture(pairs);
        tracker.setSplit(int(Split::Validation));
        pairs.setData(pairs.index(1, PairTableModel::CurrentLabel), int(Contradictory));
        log.setEntries({LogEntry{1, 1, QStringLiteral("ada"), QDateTime::currentDateTimeUtc(), 0, 1, QStringLiteral("human")}});
        log.setEntries({});
    }

    void confusionOfAllSplits()
    {
        PairTableModel pairs;
        loadFixture(pairs);
        MetricsTracker tracker(&pairs);
        tracker.setSplit(MetricsTracker::kAllSplits);
        // Labeled and predicted: (0,0) (1,0) (1,1) (2,2) (2,1) (2,0).
        const Matrix expected{{{1, 0, 0}, {1, 1, 0}, {1, 1, 1}}};
        QCOMPARE(counts(*tracker.confusionModel()), expected);
        QCOMPARE(tracker.metrics().count, 6);
        QCOMPARE(tracker.metrics().accuracy, 0.5);
        const ConfusionMatrixModel *m = tracker.confusionModel();
        QCOMPARE(m->rowFraction(2, 0), 1.0 / 3.0);
        QCOMPARE(m->index(1, 0).data().toString(), QStringLiteral("1\n50%"));
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QStringLiteral("Contradictory"));
        QCOMPARE(m->headerData(2, Qt::Horizontal).toString(), QStringLiteral("NoEnt."));
        QCOMPARE(m->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Pairs predicted NoEntailment"));
    }

    void heatColours()
    {
        PairTableModel pairs;
        loadFixture(pairs);
        MetricsTracker tracker(&pairs);
        tracker.setSplit(MetricsTracker::kAllSplits);
        const ConfusionMatrixModel *m = tracker.confusionModel();
        const QColor full = m->index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color();   // 100% correct
        const QColor empty = m->index(0, 1).data(Qt::BackgroundRole).value<QBrush>().color();  // 0%
        const QColor half = m->index(1, 0).data(Qt::BackgroundRole).value<QBrush>().color();   // 50% wrong
        QCOMPARE(empty, QColor(Qt::white));
        QVERIFY(full.blue() > full.red());  // correct calls are blue
        QVERIFY(half.red() > half.blue());  // mistakes are red
        QVERIFY(full.lightness() < half.lightness());  // the fuller the row share, the darker
        QCOMPARE(m->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::white));
        QCOMPARE(m->index(0, 1).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::black));
    }

    void perSplitAndUpdates()
    {
        PairTableModel pairs;
        loadFixture(pairs);
        MetricsTracker tracker(&pairs);
        QSignalSpy changed(&tracker, &MetricsTracker::metricsChanged);
        QCOMPARE(tracker.split(), int(Split::Validation));  // the default: the honest split
        tracker.setSplit(int(Split::Test));
        tracker.setSplit(int(Split::Validation));
        QCOMPARE(changed.count(), 2);
        // Validation: (1,0) (2,1) (2,0).
        QCOMPARE(counts(*tracker.confusionModel()), (Matrix{{{0, 0, 0}, {1, 0, 0}, {1, 1, 0}}}));
        QCOMPARE(tracker.metrics().accuracy, 0.0);
        // Correcting pair 2 (Implies, predicted Contradictory) to Contradictory moves it to the diagonal.
        pairs.setData(pairs.index(1, PairTableModel::CurrentLabel), int(Contradictory));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(counts(*tracker.confusionModel()), (Matrix{{{1, 0, 0}, {0, 0, 0}, {1, 1, 0}}}));
        QCOMPARE(tracker.metrics().accuracy, 1.0 / 3.0);
        pairs.clearPredictions();
        QVERIFY(!tracker.hasPredictions());
        QCOMPARE(tracker.metrics().count, 0);
        QCOMPARE(counts(*tracker.confusionModel()), Matrix{});
    }

    void classMetrics()
    {
        PairTableModel pairs;
        loadFixture(pairs);
        MetricsTracker tracker(&pairs);
        tracker.setSplit(MetricsTracker::kAllSplits);
        const ClassMetricsModel *m = tracker.classModel();
        // Contradictory: predicted 3 times, right once -> precision 1/3; labeled once -> recall 1.
        QCOMPARE(m->index(Contradictory, ClassMetricsModel::Precision).data(ClassMetricsModel::ValueRole).toDouble(),
                 1.0 / 3.0);
        QCOMPARE(m->index(Contradictory, ClassMetricsModel::Recall).data(ClassMetricsModel::ValueRole).toDouble(), 1.0);
        QCOMPARE(m->index(Contradictory, ClassMetricsModel::F1).data().toString(), QStringLiteral("0.500"));
        // NoEntailment: 3 labeled, 1 right -> recall 1/3, precision 1.
        QCOMPARE(m->index(NoEntailment, ClassMetricsModel::Recall).data(ClassMetricsModel::ValueRole).toDouble(),
                 1.0 / 3.0);
        QCOMPARE(m->index(NoEntailment, ClassMetricsModel::Support).data().toString(), QStringLiteral("3"));
        QCOMPARE(m->headerData(Implies, Qt::Vertical).toString(), QStringLiteral("Implies"));
    }

    void logEntries()
    {
        AnnotationLogModel log;
        const QDateTime t = QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC);
        log.setEntries({LogEntry{1, 7, QStringLiteral("import-bot"), t, kNoLabel, 2, QStringLiteral("import")},
                        LogEntry{2, 7, QStringLiteral("ada"), t.addSecs(60), 2, 0, QStringLiteral("human")}});
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.index(0, AnnotationLogModel::From).data().toString(), QString());
        QCOMPARE(log.index(0, AnnotationLogModel::To).data().toString(), QStringLiteral("NoEntailment"));
        QCOMPARE(log.index(0, AnnotationLogModel::Source).data().toString(), QStringLiteral("import"));
        QCOMPARE(log.index(1, AnnotationLogModel::From).data().toString(), QStringLiteral("NoEntailment"));
        QCOMPARE(log.index(1, AnnotationLogModel::To).data().toString(), QStringLiteral("Contradictory"));
        QCOMPARE(log.index(1, AnnotationLogModel::Annotator).data().toString(), QStringLiteral("ada"));
        QCOMPARE(log.index(1, AnnotationLogModel::Source).data().toString(), QStringLiteral("correction"));
        QCOMPARE(log.index(1, AnnotationLogModel::Time).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2025-03-04T05:07:07.000Z"));
    }
};

QTEST_MAIN(TestModelsMetrics)
#include "test_models_metrics.moc"
