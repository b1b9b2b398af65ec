#include "ui/team/adjudicationdialog.h"

#include "ui/common/labeltext.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"
#include "ui/session/projectwatcher.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entail {

AdjudicationDialog::AdjudicationDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Adjudicate"));
    setObjectName(QStringLiteral("adjudicationDialog"));
    m_list = new QTableWidget(0, 3, this);
    m_list->setHorizontalHeaderLabels({tr("Pair"), tr("State"), tr("Final")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setWordWrap(false);
    m_texts = new QLabel(this);
    m_texts->setWordWrap(true);
    m_texts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_votes = new QTableWidget(0, 2, this);
    m_votes->setHorizontalHeaderLabels({tr("Annotator"), tr("Label")});
    m_votes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_votes->verticalHeader()->hide();
    m_votes->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(tr("1, 2, 3: the final label (then the next pair); 0 or Backspace: take it back."), this);
    m_status->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(m_texts);
    right->addWidget(m_votes, 1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    for (int label = 0; label < kNumClasses; ++label)
        addShortcut(QKeySequence(LabelText::shortcutKey(label)), label);
    addShortcut(QKeySequence(Qt::Key_0), kNoLabel);
    addShortcut(QKeySequence(Qt::Key_Backspace), kNoLabel);
    connect(m_list, &QTableWidget::currentCellChanged, this, &AdjudicationDialog::showCurrent);
    resize(900, 520);
}

void AdjudicationDialog::addShortcut(const QKeySequence &key, int label)
{
    auto *action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, [this, label] { decide(label); });
    addAction(action);
}

qint64 AdjudicationDialog::currentKey() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].key : -1;
}

void AdjudicationDialog::setSnapshot(std::shared_ptr<const TeamSnapshot> snapshot)
{
    const qint64 shown = currentKey();
    m_snapshot = std::move(snapshot);
    m_rows = m_snapshot ? m_snapshot->disputed : std::vector<DisputedPair>();
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_rows.size()));
    int current = m_rows.empty() ? -1 : 0;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        fillRow(row);
        if (m_rows[size_t(row)].key == shown)
            current = row;
    }
    m_list->setCurrentCell(current, 0);
    showCurrent();
}

void AdjudicationDialog::fillRow(int row)
{
    const DisputedPair &p = m_rows[size_t(row)];
    m_list->setItem(row, 0, new QTableWidgetItem(QString::number(p.key)));
    auto *state = new QTableWidgetItem(ConsensusRule::describe(p.consensus));
    state->setToolTip(state->text());
    m_list->setItem(row, 1, state);
    m_list->setItem(row, 2, new QTableWidgetItem(p.adjudication == kNoLabel ? QString()
                                                                             : LabelText::name(p.adjudication)));
}

void AdjudicationDialog::showCurrent()
{
    const int row = m_list->currentRow();
    m_votes->setRowCount(0);
    if (row < 0 || row >= int(m_rows.size()) || !m_snapshot) {
        m_texts->setText(m_rows.empty() ? tr("No pair is in disagreement.") : QString());
        return;
    }
    const DisputedPair &p = m_rows[size_t(row)];
    const int tableRow = m_session->pairs()->rowOfKey(p.key);
    if (tableRow >= 0) {
        const Pair pair = m_session->pairs()->pairWithTexts(tableRow);
        m_texts->setText(tr("First: %1\n\nSecond: %2").arg(pair.first.text, pair.second.text));
    } else {
        m_texts->setText(tr("Pair %1 is not in the table (deleted?)").arg(p.key));
    }
    const QStringList &names = m_snapshot->report.annotators;
    for (int i = 0; i < int(p.labels.size()); ++i) {
        if (p.labels[size_t(i)] == kNoLabel)
            continue;
        const int r = m_votes->rowCount();
        m_votes->insertRow(r);
        m_votes->setItem(r, 0, new QTableWidgetItem(names.value(i)));
        m_votes->setItem(r, 1, new QTableWidgetItem(QStringLiteral("%1  %2").arg(
                                   LabelText::shortcutKey(p.labels[size_t(i)]), LabelText::name(p.labels[size_t(i)]))));
    }
}

bool AdjudicationDialog::decide(int label)
{
    const int row = m_list->currentRow();
    ProjectStore *store = m_session->store();
    if (row < 0 || row >= int(m_rows.size()) || !store)
        return false;
    DisputedPair &p = m_rows[size_t(row)];
    QString error;
    if (!store->adjudicate(p.key, label, m_session->annotator(), &error)) {
        m_status->setText(tr("Refused: %1").arg(error.isEmpty() ? tr("the project did not accept the decision")
                                                                : error));
        m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        return false;
    }
    p.adjudication = label;
    std::vector<int> given;
    for (int l : p.labels)
        if (l != kNoLabel)
            given.push_back(l);
    p.consensus = ConsensusRule::derive(given, label, m_snapshot->labelsPerPair);
    fillRow(row);
    m_status->setStyleSheet(QString());
    m_status->setText(label == kNoLabel ? tr("Pair %1: adjudication taken back.").arg(p.key)
                                        : tr("Pair %1: final label %2.").arg(p.key).arg(LabelText::name(label)));
    // The table shows the pair's new current label: the log entries since the watcher's last look (the
    // watcher sees only other connections' commits; applying an entry twice changes nothing).
    m_session->pairs()->applyLog(store->logSince(m_session->watcher()->lastSeq()));
    Q_EMIT adjudicated(p.key, label);
    if (label != kNoLabel && row + 1 < int(m_rows.size()))
        m_list->setCurrentCell(row + 1, 0);
    return true;
}

}  // namespace entail
