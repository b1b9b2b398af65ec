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
    void addSection(QWidget *section);  // below the per-class table (boost, calibration, label issues)
    // The majority baseline on the same pairs, then a warning per never-predicted class: plain sentences, for
    // every other place that shows an accuracy or macro-F1.
    static QStringList notes(const Metrics &m);

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
