#pragma once
// The metrics dock: confusion matrix, accuracy and macro-F1, and per-class precision/recall/F1.
#include <QDockWidget>

class QLabel;
class QTableView;
class QVBoxLayout;

namespace entail {

struct Metrics;
class ConfusionMatrixView;
class MetricsTracker;

class MetricsDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit MetricsDock(MetricsTracker *tracker, QWidget *parent = nullptr);
    ConfusionMatrixView *matrixView() const { return m_matrix; }
    QString summaryText() const;
    QString contextText() const;  // the majority baseline and any never-predicted class, as shown
    void addPanel(QWidget *panel);  // below the metrics (e.g. the label-issue panel)

private:
    void refresh();
    static QString describeContext(const Metrics &m);

    MetricsTracker *m_tracker;
    ConfusionMatrixView *m_matrix;
    QLabel *m_summary;
    QLabel *m_context;
    QTableView *m_classes;
    QVBoxLayout *m_layout;
};

}  // namespace entail
