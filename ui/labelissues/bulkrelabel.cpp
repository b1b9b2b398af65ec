#include "ui/labelissues/bulkrelabel.h"

#include "model/store/store.h"
#include "ui/common/labeltext.h"
#include "ui/common/poolrun.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"
#include "ui/session/projectwatcher.h"

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
    // From the selection's ranges: selectedRows() builds and checks an index per row (0.25 s at 100,000).
    std::vector<char> picked(size_t(m_proxy->rowCount()), 0);
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        if (range.left() == 0 && range.right() == m_proxy->columnCount() - 1)  // whole rows, as selectedRows()
            std::fill(picked.begin() + range.top(), picked.begin() + range.bottom() + 1, 1);
    std::vector<int> rows;
    for (int row = 0; row < int(picked.size()); ++row)
        if (picked[size_t(row)])
            rows.push_back(m_proxy->sourceRow(row));
    return rows;
}

void BulkRelabel::setSelectedLabels(int label)
{
    const std::vector<int> rows = selectedSourceRows();
    if (rows.empty() || !m_session->isOpen()) {
        Q_EMIT statusMessage(tr("Select the pairs to label in the table first."), 5000);
        return;
    }
    if (m_session->teamMode()) {  // a team's label is each annotator's own judgement of one pair
        Q_EMIT statusMessage(tr("In team mode each label is your own judgement of one pair: label the pairs one "
                                "at a time (1/2/3)."),
                             8000);
        return;
    }
    std::vector<qint64> keys;
    keys.reserve(rows.size());
    for (int row : rows)
        keys.push_back(m_session->pairs()->pair(row).key);
    auto apply = [this](const std::vector<qint64> &k, std::function<std::vector<int>()> labels,
                        BulkLabelCommand::Done done) {
        m_writes.push_back({k, std::move(labels), std::move(done)});
        if (!m_writing)
            startNextWrite();
    };
    m_session->undoStack()->push(new BulkLabelCommand(apply, std::move(keys), label));
}

struct BulkRelabel::Written {
    bool ok = false;
    QString error;
    std::vector<int> previous;
    qint64 lastLogSeq = 0;
};

void BulkRelabel::startNextWrite()
{
    m_writing = !m_writes.empty();
    if (!m_writing)
        return;
    const Write &next = m_writes.front();
    std::vector<int> labels = next.labels();
    if (labels.empty() || labels.size() != next.keys.size() || !m_session->isOpen()) {
        next.done(false, {});
        m_writes.pop_front();
        startNextWrite();
        return;
    }
    Q_EMIT statusMessage(tr("Saving the labels of %n pair(s)...", nullptr, int(labels.size())), 0);
    const QString project = m_session->projectPath();
    const QString annotator = m_session->annotator();
    auto work = [project, annotator, keys = next.keys, labels] {
        Written out;
        ProjectStore store;  // this thread's own connection
        out.ok = store.open(project, &out.error)
              && store.setLabels(keys, labels, annotator, QStringLiteral("human"), &out.error, &out.previous,
                                 &out.lastLogSeq);
        if (out.ok)
            store.checkpoint();  // the file alone then holds the labels, even if its -wal is lost
        return out;
    };
    m_session->watcher()->hold();
    runOnPool(m_session->pool(), this, std::move(work), [this, project, labels](Written &written) {
        Write write = std::move(m_writes.front());
        m_writes.pop_front();
        if (project != m_session->projectPath())
            written = {false, QString(), {}, 0};  // another project opened since: its table is not ours to change
        finishWrite(write, labels, written);
        m_session->watcher()->release();  // its next poll comes after finishWrite() put the labels in the table
        startNextWrite();
    });
}

void BulkRelabel::finishWrite(const Write &write, const std::vector<int> &labels, Written &written)
{
    write.done(written.ok, written.previous);
    if (!written.ok) {
        if (!written.error.isEmpty())
            Q_EMIT m_session->errorOccurred(tr("The correction was not saved"), written.error);
        return;
    }
    if (written.lastLogSeq > 0) {  // our log entries: the watcher need not read them back
        qint64 count = 0;
        for (size_t i = 0; i < labels.size(); ++i)
            count += written.previous[i] != labels[i] ? 1 : 0;
        m_session->watcher()->skipEntries(written.lastLogSeq - count + 1, written.lastLogSeq);
    }
    PairTableModel *pairs = m_session->pairs();
    pairs->setLabels(write.keys, labels);
    const bool same = std::all_of(labels.begin(), labels.end(), [&](int l) { return l == labels.front(); });
    const int count = int(labels.size());
    Q_EMIT statusMessage(same ? tr("Labeled %n pair(s) as %1 (saved)", nullptr, count).arg(LabelText::name(labels.front()))
                              : tr("Restored the labels of %n pair(s) (saved)", nullptr, count),
                         5000);
    // Announced for the pair on screen only (its card and history): for any other pair the session's
    // announcement would show that pair, and the selection would be lost.
    const QModelIndex current = m_table->currentIndex();
    const qint64 shown = current.isValid() ? pairs->pair(m_proxy->mapToSource(current).row()).key : -1;
    if (std::find(write.keys.begin(), write.keys.end(), shown) != write.keys.end())
        Q_EMIT m_session->labelApplied(shown);
    Q_EMIT labelsWritten();
}

}  // namespace entail
