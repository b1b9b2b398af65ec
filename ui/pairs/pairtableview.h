#pragma once
// The pair table's view: a QTableView without type-ahead. Letters are label and navigation keys here; a
// stray one that is no shortcut must not silently jump to a row whose text starts with it.
#include <QTableView>

namespace entail {

class PairTableView final : public QTableView {
public:
    explicit PairTableView(QWidget *parent = nullptr);

    void keyboardSearch(const QString &search) override;
};

}  // namespace entail
