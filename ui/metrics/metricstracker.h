#pragma once
// Keeps the confusion matrix and the per-class table in step with the pair table: recomputed
// (entail::computeMetrics, well under a millisecond per 10,000 pairs) whenever a label or a prediction changes.
#include "model/metrics/metrics.h"

#include <QObject>

namespace entail {

class ClassMetricsModel;
class ConfusionMatrixModel;
class PairTableModel;

class MetricsTracker final : public QObject {
    Q_OBJECT

public:
    static constexpr int kAllSplits = -1;

    explicit MetricsTracker(PairTableModel *pairs, QObject *parent = nullptr);
    ConfusionMatrixModel *confusionModel() const { return m_confusion; }
    ClassMetricsModel *classModel() const { return m_classes; }
    const Metrics &metrics() const { return m_metrics; }
    int split() const { return m_split; }
    bool hasPredictions() const;
    double boost() const;  // the rare-label boost the decisions are made with (0 = off)

    void setSplit(int split);  // kAllSplits or int(Split)
    void recompute();

Q_SIGNALS:
    void metricsChanged();

private:
    PairTableModel *m_pairs;
    ConfusionMatrixModel *m_confusion;
    ClassMetricsModel *m_classes;
    Metrics m_metrics;
    int m_split = kAllSplits;
};

}  // namespace entail
