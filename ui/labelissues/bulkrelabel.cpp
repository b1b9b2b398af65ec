#include "ui/labelissues/bulkrelabel.h"

#include "ui/common/labeltext.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/bulklabelcommand.h"
#include "ui/session/projectsession.h"

#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QUndoStack>
#include <algorithm>

namespace entail {

BulkRelabel::BulkRelabel(ProjectSession *session, QTableView *table, PairFilterProxy *proxy, QObject *parent)
    : QObject(parent), m_session(session), m_table(table), m_proxy(proxy), m_menu(new QMenu(tr("Set label of selected pairs"), table))
{
    m_menu->setObjectName(QStringLiteral("bulkLabelMenu"));
    for (int label = 0; label < kNumClasses; ++label) {
        QAction *a = m_menu->addAction(LabelText::name(label));
        connect(a, &QAction::triggered, this, [this, label] { setSelectedLabels(label); });
    }
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

std::vector<int> BulkRelabel::selectedSourceRows() const
{
    std::vector<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.push_back(index.row());
    std::sort(rows.begin(), rows.end());
    for (int &row : rows)
        row = m_proxy->sourceRow(row);
    return rows;
}

void BulkRelabel::setSelectedLabels(int label)
{
    const std::vector<int> rows = selectedSourceRows();
    if (rows.empty() || !m_session->isOpen()) {
        Q_EMIT statusMessage(tr("Select the pairs to label in the table first."), 5000);
        return;
    }
    std::vector<qint64> keys;
    for (int row : rows)
        keys.push_back(m_session->pairs()->pair(row).key);
    const int count = int(keys.size());
    m_session->undoStack()->push(new BulkLabelCommand(
        [this](const std::vector<qint64> &k, const std::vector<int> &l, std::vector<int> *p) { return write(k, l, p); },
        std::move(keys), label));
    Q_EMIT statusMessage(tr("Labeled %n pair(s) as %1 (saved)", nullptr, count).arg(LabelText::name(label)), 5000);
}

bool BulkRelabel::write(const std::vector<qint64> &keys, const std::vector<int> &labels, std::vector<int> *previous)
{
    ProjectStore *store = m_session->store();
    if (!store)
        return false;
    QString error;
    if (!store->setLabels(keys, labels, m_session->annotator(), QStringLiteral("human"), &error, previous)) {
        Q_EMIT m_session->errorOccurred(tr("The correction was not saved"), error);
        return false;
    }
    store->checkpoint();
    PairTableModel *pairs = m_session->pairs();
    for (size_t i = 0; i < keys.size(); ++i) {
        const int row = pairs->rowOfKey(keys[i]);
        if (row >= 0)
            pairs->setData(pairs->index(row, PairTableModel::CurrentLabel), labels[i]);
    }
    // Announced for the pair on screen only (its card and history): for any other pair the session's
    // announcement would show that pair, and the selection would be lost.
    const QModelIndex current = m_table->currentIndex();
    const qint64 shown = current.isValid() ? pairs->pair(m_proxy->mapToSource(current).row()).key : -1;
    if (std::find(keys.begin(), keys.end(), shown) != keys.end())
        Q_EMIT m_session->labelApplied(shown);
    Q_EMIT labelsWritten();
    return true;
}

}  // namespace entail
