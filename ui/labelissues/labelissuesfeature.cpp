#include "ui/labelissues/labelissuesfeature.h"

#include "ui/common/labeltext.h"
#include "ui/labelissues/bulkrelabel.h"
#include "ui/labelissues/labelissuejob.h"
#include "ui/labelissues/labelissuepanel.h"
#include "ui/labelissues/noisematrixview.h"
#include "ui/metrics/metricsdock.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>

namespace entail {

LabelIssuesFeature::LabelIssuesFeature(QMainWindow *window, ProjectSession *session, PairBrowser *browser,
                                       PairFilterProxy *proxy)
    : QObject(window), m_window(window), m_session(session), m_browser(browser), m_proxy(proxy),
      m_job(new LabelIssueJob(this)), m_walk(session->pairs()),
      m_bulk(new BulkRelabel(session, browser->view(), proxy, this))
{
    createActions();
    m_panel = new LabelIssuePanel(session->pairs(), m_job, m_find);
    connect(m_job, &LabelIssueJob::loaded, this, &LabelIssuesFeature::onLoaded);
    connect(m_job, &LabelIssueJob::found, this, &LabelIssuesFeature::onFound);
    connect(m_job, &LabelIssueJob::findingChanged, this, &LabelIssuesFeature::updateActions);
    connect(session, &ProjectSession::opened, this, [this] {
        m_cursorRank = -1;
        updateActions();
    });
    // The stored scores once the project settled: handing over the rows' keys and a server's reading them would
    // compete with the first pair's layout and paint.
    connect(session, &ProjectSession::settled, this, [this] {
        m_job->load(m_session->projectPath(), m_session->pairs()->keysOfRows());
    });
    connect(session, &ProjectSession::labelApplied, m_panel, &LabelIssuePanel::refresh);
    connect(session, &ProjectSession::labelsChangedElsewhere, m_panel, &LabelIssuePanel::refresh);
    connect(m_panel->matrix(), &NoiseMatrixView::cellClicked, proxy, &PairFilterProxy::showNoiseCell);
    connect(m_bulk, &BulkRelabel::statusMessage, this, &LabelIssuesFeature::statusMessage);
    connect(m_bulk, &BulkRelabel::labelsWritten, m_panel, &LabelIssuePanel::refresh);
    // The column takes room from the tweets: shown only when there are scores.
    connect(session->pairs(), &PairTableModel::labelIssuesChanged, this, [this] {
        m_browser->view()->setColumnHidden(PairTableModel::LabelQuality, !m_session->pairs()->labelIssues());
    });
    browser->view()->setColumnHidden(PairTableModel::LabelQuality, true);
    updateActions();
}

void LabelIssuesFeature::createActions()
{
    m_find = new QAction(tr("Find &label issues"), this);
    m_find->setObjectName(QStringLiteral("findLabelIssues"));
    m_find->setToolTip(tr("Score every labeled pair with models that did not train on it and list the labels "
                          "that are probably wrong (runs in the background)"));
    connect(m_find, &QAction::triggered, this, &LabelIssuesFeature::findLabelIssues);
    m_accept = new QAction(tr("&Accept the suggested label"), this);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_accept->setShortcut(QKeySequence(tr("A")));
    connect(m_accept, &QAction::triggered, this, &LabelIssuesFeature::acceptSuggestion);
    m_previous = new QAction(tr("Pre&vious suspect"), this);
    m_previous->setObjectName(QStringLiteral("previousSuspect"));
    m_previous->setShortcut(QKeySequence(tr("Shift+N")));
    connect(m_previous, &QAction::triggered, this, [this] {
        if (!walk(-1))
            Q_EMIT statusMessage(tr("Previous suspect walks the label issues: Model \u203a Find label issues first."), 8000);
    });
}

void LabelIssuesFeature::install(QMenu *modelMenu, QMenu *labelMenu, MetricsDock *metricsDock)
{
    modelMenu->addSeparator();
    modelMenu->addAction(m_find);
    // Previous suspect right after Next suspect (N), the rest in a section of their own.
    const QList<QAction *> entries = labelMenu->actions();
    for (qsizetype i = 0; i + 1 < entries.size(); ++i)
        if (entries[i]->shortcut() == QKeySequence(Qt::Key_N))
            labelMenu->insertAction(entries[i + 1], m_previous);
    if (!labelMenu->actions().contains(m_previous))
        labelMenu->addAction(m_previous);
    labelMenu->addSeparator();
    labelMenu->addAction(m_accept);
    labelMenu->addMenu(m_bulk->menu());
    m_window->addActions({m_find, m_accept, m_previous});  // keys work whichever menu is hidden
    QTableView *table = m_browser->view();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({m_accept, m_bulk->menu()->menuAction()});
    metricsDock->addSection(m_panel);
}

void LabelIssuesFeature::updateActions()
{
    const bool open = m_session->isOpen();
    m_find->setEnabled(open && !m_job->isFinding());
    m_accept->setEnabled(open);
    m_previous->setEnabled(open);
    m_bulk->menu()->setEnabled(open);
}

void LabelIssuesFeature::findLabelIssues()
{
    if (!m_session->isOpen() || m_job->isFinding())
        return;
    m_job->find(m_session->projectPath());
    Q_EMIT statusMessage(tr("Finding label issues in the background..."), 5000);
}

void LabelIssuesFeature::onLoaded(const LabelIssueOutcome &outcome)
{
    m_panel->setStaleAtLoad(outcome.result && outcome.stale);
    if (outcome.result)
        m_session->pairs()->setLabelIssues(outcome.result, outcome.rankOfRow);  // the panel refreshes once, then
    if (!outcome.error.isEmpty())
        Q_EMIT statusMessage(outcome.error, 8000);
}

void LabelIssuesFeature::onFound(const LabelIssueOutcome &outcome)
{
    if (outcome.cancelled) {
        Q_EMIT statusMessage(tr("Finding label issues was cancelled; the earlier scores stay."), 8000);
        return;
    }
    if (outcome.result) {
        // The old filters chose pairs by the old scores.
        if (m_proxy->labelIssuesOnly() || m_proxy->noiseCell().first != PairFilterProxy::kAny)
            m_proxy->clearFilters();
        m_cursorRank = -1;
        m_panel->setStaleAtLoad(false);  // shown by the refresh that follows
        m_session->pairs()->setLabelIssues(outcome.result);
        int issues = 0;
        for (int n : outcome.result->issuesPerLabel)
            issues += n;
        Q_EMIT statusMessage(tr("Found %n likely label issue(s) in %1 s: press N to review them.", nullptr, issues)
                                 .arg(outcome.result->seconds, 0, 'f', 1),
                             10000);
    }
    if (!outcome.error.isEmpty())
        Q_EMIT m_session->errorOccurred(tr("Label issues"), outcome.error);
}

bool LabelIssuesFeature::walk(int direction)
{
    const PairTableModel *pairs = m_session->pairs();
    if (!pairs->labelIssues())
        return false;
    const int current = m_browser->currentSourceRow();
    if (current >= 0 && pairs->isLabelIssue(current))
        m_cursorRank = pairs->labelRank(current);
    const LabelIssueWalk::Step step =
        m_walk.step(m_cursorRank, direction, [this](int row) { return m_proxy->proxyRow(row) >= 0; });
    if (step.row < 0) {
        Q_EMIT statusMessage(tr("No likely label issue among the shown pairs."), 8000);
        return true;
    }
    m_cursorRank = step.rank;
    m_browser->selectSourceRow(step.row);
    const PairScore *s = pairs->labelScore(step.row);
    Q_EMIT statusMessage(tr("Suspect %1 of %2: given %3, probably %4 (quality %5)")
                             .arg(step.index)
                             .arg(step.count)
                             .arg(LabelText::name(s->given), LabelText::name(s->suggested))
                             .arg(s->quality, 0, 'f', 2)
                             + (m_panel->staleText().isEmpty() ? QString() : QStringLiteral(" \u2014 ") + m_panel->staleText()),
                         0);
    return true;
}

void LabelIssuesFeature::acceptSuggestion()
{
    const int row = m_browser->currentSourceRow();
    const PairTableModel *pairs = m_session->pairs();
    const PairScore *s = row >= 0 ? pairs->labelScore(row) : nullptr;
    if (!s || s->suggested == pairs->pair(row).currentLabel) {
        Q_EMIT statusMessage(tr("Nothing to accept: no label other than the current one is suggested for this pair."),
                             5000);
        return;
    }
    const int suggested = s->suggested;
    m_cursorRank = pairs->labelRank(row);
    m_session->setLabel(row, suggested);
    Q_EMIT statusMessage(tr("Pair %1 is now %2 (saved)").arg(pairs->pair(row).key).arg(LabelText::name(suggested)),
                         5000);
    const QAction *advance = m_window->findChild<QAction *>(QStringLiteral("autoAdvance"));
    if (advance && advance->isChecked())
        walk(+1);
}

}  // namespace entail
