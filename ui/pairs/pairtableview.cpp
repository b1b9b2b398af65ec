#include "ui/pairs/pairtableview.h"

namespace entail {

PairTableView::PairTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("pairTable"));
}

void PairTableView::keyboardSearch(const QString &search)
{
    Q_UNUSED(search)  // searching is the search box's job
}

}  // namespace entail
