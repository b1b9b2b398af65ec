#pragma once
// The team room in the window: the Agreement dock, the Adjudicate dialog and File > Open server project...
// The annotators' labels are read off the GUI thread (ProjectSession::runAsync, a connection of the worker's
// own) when a project opens, when this window writes a label, and when the store's data version says that
// someone else committed (polled while the dock or the dialog is shown, as ProjectWatcher does).
#include "ui/team/teamrows.h"
#include "ui/team/teamsnapshot.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <utility>

class QAction;
class QMainWindow;

namespace entail {

class AdjudicationDialog;
class AgreementDock;
class ConnectionWatch;
class PairFilterProxy;
class ProjectSession;

class TeamFeature final : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kFilterName = "agreement";

    TeamFeature(ProjectSession *session, PairFilterProxy *proxy, QMainWindow *window);
    AgreementDock *dock() const { return m_dock; }
    AdjudicationDialog *dialog() const { return m_dialog; }  // nullptr until first shown
    QAction *openServerAction() const { return m_openServer; }
    ConnectionWatch *connection() const { return m_connection; }  // its banner goes above the pairs
    QAction *adjudicateAction() const { return m_adjudicate; }
    std::shared_ptr<const TeamSnapshot> snapshot() const { return m_snapshot; }
    // The snapshot per row of the pair table, as of the last refreshed(): handed over once (TeamWork keeps
    // them and follows this window's own labels); empty when taken already or before the first read.
    TeamRows takeRows() { return std::exchange(m_rows, TeamRows()); }
    // Team mode (TeamWork): read whenever the project changes, not only while the dock or dialog shows.
    void setAlwaysRead(bool on);

    // How the window asks for a server password (tests put a fake here). False: the user cancelled.
    using PasswordPrompt = std::function<bool(const QString &locator, const QString &reason, QString *password)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

public Q_SLOTS:
    void refresh();  // reads the labels again (one read at a time; a request meanwhile runs after it)
    void showAdjudication();
    void chooseServerProject();  // the dialog, then openServer()
    // Connects on a worker first: a refusal for want of a password asks for one and tries again; then the
    // session opens the project.
    void openServer(const QString &locator);

Q_SIGNALS:
    void refreshed();  // a new snapshot is shown
    void statusMessage(const QString &text, int timeoutMs);

private:
    struct Read;
    void apply(Read &read);
    void poll();
    bool isShown() const;  // the dock or the dialog is on screen
    void showPairs(const QList<qint64> &keys, const QString &description);
    void onServerChecked(const QString &locator, const QString &error, int attempt);
    void checkServer(const QString &locator, int attempt);

    ProjectSession *m_session;
    PairFilterProxy *m_proxy;
    QMainWindow *m_window;
    AgreementDock *m_dock;
    AdjudicationDialog *m_dialog = nullptr;
    ConnectionWatch *m_connection;
    QAction *m_openServer;
    QAction *m_adjudicate;
    std::shared_ptr<const TeamSnapshot> m_snapshot;
    PasswordPrompt m_prompt;
    QTimer m_timer;
    qint64 m_seenVersion = -1;
    bool m_stale = false;  // this window wrote a label since the last read
    bool m_reading = false;
    bool m_again = false;
    bool m_alwaysRead = false;
    TeamRows m_rows;
};

}  // namespace entail
