#pragma once
// The confusion matrix of the chosen split as a heat-coloured table; a click on a cell asks for
// exactly those pairs. Without predictions it shows a hint instead.
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace entail {

class MetricsTracker;

class ConfusionMatrixView final : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixView(MetricsTracker *tracker, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QComboBox *splitBox() const { return m_split; }

Q_SIGNALS:
    void cellClicked(int trueLabel, int predictedLabel, int split);

private:
    void refresh();

    MetricsTracker *m_tracker;
    QComboBox *m_split;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_hint;
};

}  // namespace entail
