#pragma once
// The controls above the pair table. They only mirror and change PairFilterProxy's state.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace entail {

class PairFilterProxy;

class FilterBar final : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(PairFilterProxy *proxy, QWidget *parent = nullptr);

    QComboBox *currentLabelBox() const { return m_current; }
    QComboBox *predictedLabelBox() const { return m_predicted; }
    QComboBox *splitBox() const { return m_split; }
    QCheckBox *errorsBox() const { return m_errors; }
    QCheckBox *correctedBox() const { return m_corrected; }
    QCheckBox *missingImagesBox() const { return m_missing; }
    QCheckBox *labelIssuesBox() const { return m_issues; }
    QLineEdit *searchEdit() const { return m_search; }
    void applySearchNow();  // skips the typing delay
    // Another room's filter: at the end of the first row (beside the label boxes, where the search box gives
    // way) or in the second row before "Show all".
    enum class Row { First, Second };
    void addControl(QWidget *control, Row row = Row::Second);
    // Another room's filter box (its first item: "any") that applies the proxy's row filter `filterName`:
    // added like addControl, and set back to its first item without a signal when that filter is cleared
    // ("Show all", a matrix click).
    void addFilterBox(QComboBox *box, const QString &filterName, Row row);

public Q_SLOTS:
    void syncFromProxy();
    void updateCount();

private:
    void connectSignals();

    PairFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_current;
    QComboBox *m_predicted;
    QComboBox *m_split;
    QCheckBox *m_errors;
    QCheckBox *m_corrected;
    QCheckBox *m_missing;
    QCheckBox *m_issues;
    QPushButton *m_clear;
    QHBoxLayout *m_top = nullptr;
    QHBoxLayout *m_bottom = nullptr;
    QLabel *m_count;
};

}  // namespace entail
