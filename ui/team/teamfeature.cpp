#include "ui/team/teamfeature.h"

#include "model/store/store.h"
#include "model/team/projectlocator.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"
#include "ui/session/projectsessionasync.h"
#include "ui/session/projectwatcher.h"
#include "ui/team/adjudicationdialog.h"
#include "ui/team/agreementdock.h"
#include "ui/team/connectionwatch.h"
#include "ui/team/serverprojectdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace entail {

namespace {
constexpr int kPasswordTries = 3;
}

TeamFeature::TeamFeature(ProjectSession *session, PairFilterProxy *proxy, QMainWindow *window)
    : QObject(window), m_session(session), m_proxy(proxy), m_window(window), m_dock(new AgreementDock(window)),
      m_connection(new ConnectionWatch(session, window)),
      m_prompt([window](const QString &locator, const QString &reason, QString *password) {
          return ServerProjectDialog::askPassword(window, locator, reason, password);
      })
{
    m_openServer = new QAction(tr("Open &server project..."), window);
    m_openServer->setObjectName(QStringLiteral("openServerAction"));
    connect(m_openServer, &QAction::triggered, this, &TeamFeature::chooseServerProject);
    m_adjudicate = new QAction(tr("&Adjudicate disagreements..."), window);
    m_adjudicate->setObjectName(QStringLiteral("adjudicateAction"));
    connect(m_adjudicate, &QAction::triggered, this, &TeamFeature::showAdjudication);
    connect(m_dock->adjudicateButton(), &QPushButton::clicked, this, &TeamFeature::showAdjudication);
    connect(m_dock, &AgreementDock::pairsRequested, this, &TeamFeature::showPairs);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            poll();
    });
    // Read only while someone looks: a hidden dock is brought up to date by poll() when it shows.
    connect(session, &ProjectSession::opened, this, [this] {
        m_seenVersion = -1;
        m_snapshot.reset();
        m_dock->setSnapshot(nullptr);
        if (isShown())
            refresh();
    });
    connect(session, &ProjectSession::settled, this, [this] {
        if (m_alwaysRead)
            refresh();
    });
    connect(session, &ProjectSession::labelApplied, this, [this] {
        m_stale = true;
        if (isShown())
            refresh();
    });
    m_timer.setInterval(ProjectWatcher::kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TeamFeature::poll);
    m_timer.start();
    connect(m_connection, &ConnectionWatch::statusMessage, this, &TeamFeature::statusMessage);
    connect(m_connection, &ConnectionWatch::restored, this, &TeamFeature::refresh);
}

void TeamFeature::poll()
{
    ProjectStore *store = m_session->store();
    if (!store || !isShown() || m_reading || m_connection->isLost())
        return;
    const qint64 version = store->dataVersion();
    if (version != m_seenVersion || !m_snapshot || m_stale)
        refresh();
}

bool TeamFeature::isShown() const
{
    return m_alwaysRead || m_dock->isVisible() || (m_dialog && m_dialog->isVisible());
}

void TeamFeature::setAlwaysRead(bool on)
{
    m_alwaysRead = on;
    // A project that is opening is read once it settled (below): on a server in the same machine the server's
    // work for this read would compete with the first pair's layout and paint for the cores.
    if (on && m_session->isSettled())
        refresh();
}

struct TeamFeature::Read {
    TeamSnapshot snapshot;
    TeamRows rows;
};

void TeamFeature::refresh()
{
    if (!m_session->isOpen()) {
        m_snapshot.reset();
        m_dock->setSnapshot(nullptr);
        return;
    }
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    m_stale = false;
    if (ProjectStore *store = m_session->store())
        m_seenVersion = store->dataVersion();  // what the read will at least contain
    const QString project = m_session->projectPath();
    const QString me = m_session->identity();
    m_session->runAsync<Read>(
        tr("Reading the annotators' labels"),
        [project, me, keys = m_session->pairs()->keysOfRows()] {
            Read read{TeamSnapshot::read(project), {}};
            if (read.snapshot.error.isEmpty())
                read.rows = TeamRows::build(read.snapshot, keys, me);
            return read;
        },
        [this, project](Read &read) {
            m_reading = false;
            // A read for the same rows (not a project opened again in between) is shown.
            if (project == m_session->projectPath()
                && (!read.snapshot.error.isEmpty() || read.rows.size() == m_session->pairs()->rowCount()))
                apply(read);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void TeamFeature::apply(Read &read)
{
    if (!read.snapshot.error.isEmpty()) {
        m_dock->showError(read.snapshot.error);
        return;
    }
    m_rows = std::move(read.rows);
    m_snapshot = std::make_shared<const TeamSnapshot>(std::move(read.snapshot));
    m_dock->setSnapshot(m_snapshot);
    if (m_dialog)
        m_dialog->setSnapshot(m_snapshot);
    Q_EMIT refreshed();
}

void TeamFeature::showPairs(const QList<qint64> &keys, const QString &description)
{
    const QSet<qint64> wanted(keys.begin(), keys.end());
    PairTableModel *pairs = m_session->pairs();
    m_proxy->clearFilters();
    m_proxy->setRowFilter(QString::fromLatin1(kFilterName),
                          [wanted, pairs](int row) { return wanted.contains(pairs->pair(row).key); });
    Q_EMIT statusMessage(tr("%1: %n pair(s)", nullptr, int(keys.size())).arg(description), 8000);
}

void TeamFeature::showAdjudication()
{
    if (!m_dialog) {
        m_dialog = new AdjudicationDialog(m_session, m_window);
        connect(m_dialog, &AdjudicationDialog::adjudicated, this, &TeamFeature::refresh);
    }
    m_dialog->setSnapshot(m_snapshot);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();  // its keys 0-3 are shortcuts of the active window
    refresh();
}

void TeamFeature::chooseServerProject()
{
    ServerProjectDialog dialog(m_window);
    const QString current = m_session->projectPath();
    if (ProjectLocator::isServerUrl(current))
        dialog.setLocator(current);
    if (dialog.exec() == QDialog::Accepted && !dialog.locator().isEmpty())
        openServer(dialog.locator());
}

void TeamFeature::openServer(const QString &locator) { checkServer(locator, 0); }

void TeamFeature::checkServer(const QString &locator, int attempt)
{
    m_session->runAsync<QString>(
        tr("Connecting to %1").arg(locator),
        [locator] {
            ProjectStore store;
            QString error;
            if (!store.open(locator, &error, {}, ProjectStore::Access::ReadOnly) && error.isEmpty())
                error = QStringLiteral("%1: cannot open the project").arg(locator);
            return error;
        },
        [this, locator, attempt](QString &error) { onServerChecked(locator, error, attempt); });
}

void TeamFeature::onServerChecked(const QString &locator, const QString &error, int attempt)
{
    if (error.isEmpty()) {
        m_session->open(locator);
        return;
    }
    if (ServerProjectDialog::needsPassword(error) && attempt < kPasswordTries) {
        QString password;
        const QString reason = attempt == 0 ? tr("The server asks for a password.") : tr("Wrong password.");
        if (!m_prompt(locator, reason, &password))
            return;
        ProjectStore::setServerPassword(locator, password);
        checkServer(locator, attempt + 1);
        return;
    }
    QMessageBox::warning(m_window, tr("Cannot open the project"), error);
}

}  // namespace entail
