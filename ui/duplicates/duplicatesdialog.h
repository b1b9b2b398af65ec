#pragma once
// Label > Show duplicates of this pair (D): the pairs of the shown pair's duplicate group side by side, with
// their labels, predictions and images; clicking a row selects that pair in the table.
#include <QDialog>
#include <vector>

class QTableWidget;

namespace entail {

class DuplicatesDialog final : public QDialog {
    Q_OBJECT

public:
    struct Member {
        qint64 key = 0;
        int label = -1;
        int predicted = -1;  // -1 without a prediction
        float confidence = -1.0f;
        QString image1, image2;  // file names, or why there is none
        QString text1, text2;
    };
    DuplicatesDialog(qint64 shownKey, const std::vector<Member> &members, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void pairChosen(qint64 key);

private:
    void fillRow(int row, const Member &m, bool shown);

    QTableWidget *m_table;
};

}  // namespace entail
