#pragma once
// The estimated noise matrix of a label-issue result: given label (rows) x probable true label (columns),
// in pairs, with a short explanation. A click on a cell asks for exactly the pairs scored so
// (PairTableModel::inNoiseCell).
#include <QWidget>

class QLabel;
class QTableWidget;

namespace entail {

struct LabelIssueResult;

class NoiseMatrixView final : public QWidget {
    Q_OBJECT

public:
    explicit NoiseMatrixView(QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    // `result`'s estimates; inCell[i][j]: the pairs a click on the cell lists (LabelIssuePanel::changedSince).
    void setResult(const LabelIssueResult *result, const int (*inCell)[3]);

Q_SIGNALS:
    void cellClicked(int given, int suggested);

private:
    QLabel *m_explanation;
    QTableWidget *m_table;
};

}  // namespace entail
