#include "ui/duplicates/duplicatefeature.h"

#include "ui/common/poolrun.h"
#include "ui/duplicates/duplicatesdialog.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/pairtexts.h"
#include "ui/session/projectsession.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QSignalBlocker>
#include <QtConcurrent>

namespace entail {

namespace {
QString imageText(const Tweet &t)
{
    return t.imageMissing || t.imageFile.isEmpty() ? DuplicateFeature::tr("missing") : QFileInfo(t.imageFile).fileName();
}
}  // namespace

DuplicateFeature::DuplicateFeature(ProjectSession *session, PairBrowser *browser, PairFilterProxy *proxy, QWidget *window)
    : QObject(window), m_session(session), m_browser(browser), m_proxy(proxy), m_window(window),
      m_show(new QAction(tr("Show &duplicates of this pair"), window)), m_conflicts(new QCheckBox(tr("Duplicates disagree"), browser))
{
    m_show->setShortcut(QKeySequence(tr("D")));
    m_show->setToolTip(tr("The pairs with the same two texts, side by side with their labels (key D)"));
    window->addAction(m_show);  // the key works whichever menu is hidden, and the `?` sheet lists it
    connect(m_show, &QAction::triggered, this, &DuplicateFeature::showDuplicates);

    m_conflicts->setObjectName(QStringLiteral("duplicatesDisagree"));
    m_conflicts->setToolTip(tr("Only pairs whose texts recur in other pairs with a different label"));
    browser->filterBar()->addControl(m_conflicts);
    connect(m_conflicts, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setRowFilter(QLatin1String(kFilterName), on ? PairFilterProxy::RowFilter([this](int row) {
                                                                  return hasConflict(row);
                                                              })
                                                            : PairFilterProxy::RowFilter());
    });
    connect(m_proxy, &PairFilterProxy::filtersChanged, this, [this] {
        const QSignalBlocker block(m_conflicts);  // "Show all" cleared it
        m_conflicts->setChecked(m_proxy->hasRowFilter(QLatin1String(kFilterName)));
    });

    PairTableModel *pairs = session->pairs();
    pairs->addFlagSource({[this](int row) {
                              const int size = m_groups.groupSize(row);
                              return size > 1 ? tr("same text \u00d7%1").arg(size) : QString();
                          },
                          [this](int row) {
                              const int size = m_groups.groupSize(row);
                              if (size < 2)
                                  return QString();
                              const QString line = tr("%1 pairs have these two texts (case, links and @mentions "
                                                      "aside): key D shows them").arg(size);
                              return hasConflict(row) ? line + tr("; their labels differ") : line;
                          }});
    // A turn of the event loop later: a project that opens shows its rows first (handing the texts over
    // takes ~8 ms at 100,000 pairs).
    connect(pairs, &QAbstractItemModel::modelReset, this, [this] {
        m_groups = DuplicateGroups();
        m_conflictOfGroup.clear();
        m_watcher.cancel();
        QTimer::singleShot(1, this, &DuplicateFeature::compute);  // a timer: Qt runs 0 ms with the events posted now
    });
    connect(pairs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= PairTableModel::CurrentLabel && to.column() >= PairTableModel::CurrentLabel)
            onLabelsChanged(from.row(), to.row());
    });
    connect(pairs, &PairTableModel::labelsChanged, this, &DuplicateFeature::onLabelsChanged);
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &DuplicateFeature::onComputed);
    if (auto *main = qobject_cast<QMainWindow *>(window))
        connect(this, &DuplicateFeature::statusMessage, main->statusBar(), &QStatusBar::showMessage);
}

void DuplicateFeature::addTo(QMenu *menu) const { menu->addAction(m_show); }

void DuplicateFeature::compute()
{
    m_groups = DuplicateGroups();
    m_conflictOfGroup.clear();
    // Two shared strings per pair (not the pairs, whose copy costs tens of milliseconds at 100,000), or, when
    // the table holds no texts, the store's read a page at a time on the worker.
    m_error.clear();
    m_watcher.setFuture(runInBackground(&m_pool, [all = PairTexts::of(*m_session->pairs())] {
        DuplicateGroups::Builder builder(size_t(all->size()));
        Computed out;
        if (all->forEach([&builder](int row, const QString &a, const QString &b) { builder.add(row, a, b); }, &out.error))
            out.groups = builder.finish();
        return out;
    }));
}

void DuplicateFeature::onComputed()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    Computed computed = m_watcher.result();
    if (!computed.error.isEmpty()) {
        m_error = computed.error;
        Q_EMIT statusMessage(tr("Cannot look for duplicates: %1").arg(m_error), 10000);
        return;
    }
    DuplicateGroups groups = std::move(computed.groups);
    if (groups.rowCount() != m_session->pairs()->rowCount())
        return;  // another project's pairs arrived meanwhile; their own run follows
    m_groups = std::move(groups);
    m_conflictOfGroup.assign(size_t(m_groups.groupCount()), -1);
    if (m_groups.groupCount() > 0)  // the rows came without these flags (computed after the reset)
        m_session->pairs()->refreshFlags();
    if (m_proxy->hasRowFilter(QLatin1String(kFilterName)))
        m_proxy->setRowFilter(QLatin1String(kFilterName), [this](int row) { return hasConflict(row); });
    Q_EMIT groupsReady();
}

bool DuplicateFeature::hasConflict(int row) const
{
    const int group = m_groups.groupOf(row);
    if (group < 0)
        return false;
    signed char &known = m_conflictOfGroup[size_t(group)];
    if (known < 0)
        known = m_groups.hasConflict(row, m_session->pairs()->pairs()) ? 1 : 0;
    return known == 1;
}

void DuplicateFeature::onLabelsChanged(int firstRow, int lastRow)
{
    std::vector<int> others;  // their flags and their place in the filter follow the group's new labels
    for (int row = firstRow; row <= lastRow; ++row) {
        const int group = m_groups.groupOf(row);
        if (group < 0)
            continue;
        m_conflictOfGroup[size_t(group)] = -1;
        for (int member : m_groups.members(group))
            if (member != row)
                others.push_back(member);
    }
    if (!others.empty())
        m_session->pairs()->refreshFlags(others);
}

DuplicatesDialog *DuplicateFeature::showDuplicates()
{
    const int row = m_browser->currentSourceRow();
    if (row < 0)
        return nullptr;
    const PairTableModel *pairs = m_session->pairs();
    const qint64 key = pairs->pair(row).key;
    const int group = m_groups.groupOf(row);
    if (group < 0) {
        Q_EMIT statusMessage(isComputing()         ? tr("Still looking for duplicates; try again in a moment.")
                             : !m_error.isEmpty() ? tr("Cannot look for duplicates: %1").arg(m_error)
                                                  : tr("Pair %1 has no duplicate: no other pair has its two texts.").arg(key),
                             5000);
        return nullptr;
    }
    std::vector<DuplicatesDialog::Member> members;
    for (int r : m_groups.members(group)) {
        const Pair p = pairs->pairWithTexts(r);
        members.push_back({p.key, p.currentLabel, pairs->predictedLabel(r), pairs->confidence(r), imageText(p.first),
                           imageText(p.second), p.first.text, p.second.text});
    }
    auto *dialog = new DuplicatesDialog(key, members, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::pairChosen, this, &DuplicateFeature::choosePair);
    dialog->show();
    return dialog;
}

void DuplicateFeature::choosePair(qint64 key)
{
    const int row = m_session->pairs()->rowOfKey(key);
    if (row >= 0 && !m_browser->selectSourceRow(row)) {
        m_proxy->clearFilters();  // the pair asked for must be shown
        m_browser->selectSourceRow(row);
    }
}

}  // namespace entail
