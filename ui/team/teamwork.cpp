#include "ui/team/teamwork.h"

#include "model/store/store.h"
#include "ui/common/appsettings.h"
#include "ui/common/labeltext.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/currentpaircontroller.h"
#include "ui/session/projectsession.h"
#include "ui/team/teamfeature.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QSignalBlocker>
#include <QStatusBar>

#include <algorithm>

namespace entail {

namespace {
const QString kTeamModeMeta = QStringLiteral("team_mode");
}

TeamWork::TeamWork(ProjectSession *session, TeamFeature *team, PairBrowser *browser, PairFilterProxy *proxy,
                   QMainWindow *window)
    : QObject(window), m_session(session), m_team(team), m_browser(browser), m_window(window), m_proxy(proxy),
      m_progress(new QLabel(window))
{
    m_blind = new QAction(tr("&Blind mode"), window);
    m_blind->setObjectName(QStringLiteral("blindModeAction"));
    m_blind->setCheckable(true);
    m_blind->setChecked(AppSettings().blindMode());
    m_blind->setToolTip(tr("Team mode: hide the pair's labels, the original label and the model's prediction "
                           "until you have labelled it"));
    connect(m_blind, &QAction::toggled, this, &TeamWork::setBlindMode);
    m_teamMode = new QAction(tr("&Keep every annotator's label (team mode)"), window);
    m_teamMode->setObjectName(QStringLiteral("teamModeAction"));
    m_teamMode->setCheckable(true);
    m_teamMode->setToolTip(tr("Each label you set is yours, beside the other annotators'; the pair's label "
                              "follows the team's rule (adjudication, agreement, majority)"));
    connect(m_teamMode, &QAction::triggered, this, &TeamWork::setTeamModeForFile);
    m_progress->setObjectName(QStringLiteral("teamProgress"));
    m_progress->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    createFilter(browser);

    session->pairs()->addFlagSource({[this](int row) { return flagText(row); },
                                     [this](int row) { return flagToolTip(row); }, true});
    connect(session, &ProjectSession::opened, this, &TeamWork::onOpened);
    connect(session, &ProjectSession::ownLabelRecorded, this, &TeamWork::onOwnLabel);
    connect(team, &TeamFeature::refreshed, this, &TeamWork::onRowsRead);
    updateTeamModeAction();
}

void TeamWork::createFilter(PairBrowser *browser)
{
    m_filter = new QComboBox(browser);
    m_filter->setObjectName(QStringLiteral("teamFilter"));
    m_filter->setToolTip(tr("Team mode: show the pairs in my queue, those assigned to me, or those with this "
                            "state by the team's rule"));
    m_filter->addItem(tr("Team: any"), AnyState);
    m_filter->addItem(tr("My queue"), MyQueue);
    m_filter->addItem(tr("Assigned to me"), AssignedToMe);
    m_filter->addItem(tr("Needs more labels"), int(ConsensusState::NeedsMore));
    m_filter->addItem(tr("Agreed"), int(ConsensusState::Agreed));
    m_filter->addItem(tr("Majority"), int(ConsensusState::Majority));
    m_filter->addItem(tr("Disagreement"), int(ConsensusState::Disagreement));
    m_filter->addItem(tr("Adjudicated"), int(ConsensusState::Adjudicated));
    m_filter->addItem(tr("No annotator label"), int(ConsensusState::Unlabelled));
    m_filter->hide();
    // Beside "Review: any" in the first row, where the search box gives way: the second row is full on a
    // 1280-pixel screen.
    browser->filterBar()->addFilterBox(m_filter, QString::fromLatin1(kFilterName), FilterBar::Row::First);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TeamWork::applyFilter);
}

void TeamWork::onOpened()
{
    m_rowsKnown = false;
    m_rows = TeamRows();
    const ProjectStore *store = m_session->store();
    setActive(store
              && (store->isServer() || store->meta(kTeamModeMeta).toInt() == 1 || store->hasAnnotatorLabels()));
    updateTeamModeAction();
}

void TeamWork::setActive(bool on)
{
    const bool changed = on != m_active;
    m_active = on;
    m_session->setTeamMode(on);
    m_team->setAlwaysRead(on);
    m_filter->setVisible(on);
    m_progress->setVisible(on);
    if (!on && m_filter->currentIndex() != 0)
        m_filter->setCurrentIndex(0);
    const bool wasBlind = shownPairBlind();
    m_session->pairs()->setBlind(on && m_blind->isChecked() ? [this](int row) { return isBlind(row); }
                                                            : std::function<bool(int)>());
    followShownPair(wasBlind);
    updateProgress();
    if (changed && m_rowsKnown)  // before the first read the team's flags are empty either way
        m_session->pairs()->refreshFlags();
}

bool TeamWork::isBlind(int row) const
{
    if (!m_active || !m_blind->isChecked())
        return false;
    // Until the first read says which pairs are mine, every pair is hidden.
    return !m_rowsKnown || row >= m_rows.size() || m_rows.myLabel[size_t(row)] == kNoLabel;
}

bool TeamWork::shownPairBlind() const
{
    const int row = m_browser->currentSourceRow();
    return row >= 0 && m_session->pairs()->isBlind(row);
}

// The pair shown below the table is hidden or shown with the table's row when blind mode or the first read of
// my labels changes its answer (a label pressed redraws it anyway).
void TeamWork::followShownPair(bool wasBlind)
{
    if (shownPairBlind() == wasBlind)
        return;
    if (auto *current = m_window->findChild<CurrentPairController *>())
        current->refresh();
}

void TeamWork::setBlindMode(bool on)
{
    AppSettings().setBlindMode(on);
    if (m_blind->isChecked() != on)
        m_blind->setChecked(on);
    setActive(m_active);
    Q_EMIT statusMessage(on ? tr("Blind mode: a pair's labels and prediction show once you have labelled it")
                            : tr("Blind mode is off"),
                         5000);
}

void TeamWork::setTeamModeForFile(bool on)
{
    ProjectStore *store = m_session->store();
    QString error;
    if (!store || store->isServer() || !store->setMeta(kTeamModeMeta, on ? 1 : 0, &error)) {
        if (!error.isEmpty())
            Q_EMIT statusMessage(tr("Team mode was not changed: %1").arg(error), 8000);
        updateTeamModeAction();
        return;
    }
    setActive(on || store->hasAnnotatorLabels());
    updateTeamModeAction();
}

void TeamWork::updateTeamModeAction()
{
    const ProjectStore *store = m_session->store();
    const QSignalBlocker block(m_teamMode);
    m_teamMode->setChecked(m_active);
    // A server project is always a team's; a file whose annotators have labelled pairs stays one.
    m_teamMode->setEnabled(store && !store->isServer() && !(m_active && store->hasAnnotatorLabels()));
    m_blind->setEnabled(m_active);
}

void TeamWork::onRowsRead()
{
    if (!m_active)
        return;
    TeamRows rows = m_team->takeRows();
    if (rows.size() != m_session->pairs()->rowCount())
        return;
    const bool wasBlind = shownPairBlind();
    m_rows = std::move(rows);
    m_rowsKnown = true;
    m_session->pairs()->refreshFlags();
    if (m_blind->isChecked()) {
        m_session->pairs()->refreshBlind();
        followShownPair(wasBlind);
    }
    if (m_filter->currentIndex() > 0)
        applyFilter();
    updateProgress();
}

void TeamWork::onOwnLabel(qint64 key, int label)
{
    if (m_teamMode->isEnabled())
        updateTeamModeAction();  // a file's first annotator label keeps it a team's (a query: not per label)
    const int row = m_session->pairs()->rowOfKey(key);
    if (!m_rowsKnown || row < 0)
        return;
    m_rows.setMyLabel(row, label);
    m_session->pairs()->refreshFlags({row});
    m_session->pairs()->refreshBlind({row});
    updateProgress();
}

void TeamWork::applyFilter()
{
    const int choice = m_filter->currentData().toInt();
    if (choice == AnyState) {
        m_proxy->setRowFilter(QString::fromLatin1(kFilterName), {});
        return;
    }
    m_proxy->setRowFilter(QString::fromLatin1(kFilterName), [this, choice](int row) {
        if (!m_rowsKnown || row >= m_rows.size())
            return false;
        if (choice == MyQueue)
            return m_rows.inMyQueue(row);
        return choice == AssignedToMe ? m_rows.isAssignedToMe(row) : m_rows.state[size_t(row)] == choice;
    });
}

void TeamWork::updateProgress()
{
    if (!m_active)
        return;
    const int total = m_session->pairs()->rowCount();
    if (!m_rowsKnown) {
        m_progress->setText(tr("Team mode: reading the labels..."));
        return;
    }
    m_progress->setText(tr("%1 of %2 labelled by me \u00b7 %3 of %2 done by the team")
                            .arg(m_rows.doneByMe).arg(total).arg(m_rows.doneByTeam));
    m_progress->setToolTip(tr("Labelling as %1. The team is done with a pair once it has %n label(s) or a "
                              "reviewer's decision.", nullptr, m_rows.labelsPerPair)
                               .arg(m_rows.me));
}

QString TeamWork::flagText(int row) const
{
    if (!m_active || !m_rowsKnown || row >= m_rows.size())
        return {};
    // Blind: whether the others agree is a hint at their labels too; how many labelled it is not.
    if (isBlind(row) && m_rows.stateOf(row) != ConsensusState::Unlabelled)
        return tr("team: %n label(s)", nullptr, m_rows.labels[size_t(row)]);
    switch (m_rows.stateOf(row)) {
    case ConsensusState::Unlabelled: return {};
    case ConsensusState::NeedsMore:
        return tr("team: %1 of %2 labels").arg(m_rows.labels[size_t(row)]).arg(m_rows.labelsPerPair);
    case ConsensusState::Agreed: return tr("team: agreed");
    case ConsensusState::Majority: return tr("team: majority");
    case ConsensusState::Disagreement: return tr("team: disagreement");
    case ConsensusState::Adjudicated: return tr("team: adjudicated");
    }
    return {};
}

QString TeamWork::flagToolTip(int row) const
{
    if (!m_active || !m_rowsKnown || row >= m_rows.size())
        return {};
    const int mine = m_rows.myLabel[size_t(row)];
    QString tip = isValidLabel(mine) ? tr("Your label: %1").arg(LabelText::name(mine))
                                     : tr("You have not labelled this pair yet");
    if (m_rows.isAssignedToMe(row))
        tip += QLatin1Char('\n') + tr("Assigned to you");
    const std::shared_ptr<const TeamSnapshot> snapshot = m_team->snapshot();
    if (!snapshot || isBlind(row))
        return tip;
    // The snapshot's labels are ordered by pair key (then annotator): the pair's are one run of them.
    const qint64 key = m_session->pairs()->pair(row).key;
    auto it = std::lower_bound(snapshot->labels.begin(), snapshot->labels.end(), key,
                               [](const AnnotatorLabel &l, qint64 k) { return l.pairKey < k; });
    QStringList others;
    for (; it != snapshot->labels.end() && it->pairKey == key; ++it)
        if (it->annotator != m_rows.me)
            others << tr("%1: %2").arg(it->annotator, LabelText::name(it->label));
    if (!others.isEmpty())
        tip += QLatin1Char('\n') + tr("Others (as last read): %1").arg(others.join(QStringLiteral(", ")));
    return tip;
}

}  // namespace entail
