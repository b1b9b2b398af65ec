// MainWindow's layout: the central area, the docks and their sizes on small and large screens (the
// window's behaviour: mainwindow.cpp).
#include "ui/shell/mainwindow.h"

#include "ui/common/appsettings.h"
#include "ui/common/scrollable.h"
#include "ui/metrics/honestyfeature.h"
#include "ui/metrics/metricsdock.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/review/historypanel.h"
#include "ui/review/labelbar.h"
#include "ui/review/pairview.h"
#include "ui/session/projectsession.h"
#include "ui/shell/messagebanner.h"
#include "ui/team/agreementdock.h"
#include "ui/team/connectionwatch.h"
#include "ui/team/teamfeature.h"
#include "ui/training/trainingfeature.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace entail {

namespace {
constexpr int kTallWindow = 900;         // px: below this the Training dock opens low
constexpr int kLargeScreenWidth = 1600;  // px: below this the window opens as large as the screen
}

void MainWindow::createCentralArea()
{
    m_browser = new PairBrowser(m_session->pairs(), m_proxy, this);
    auto *labelBar = new LabelBar(this);
    m_pairView = new PairView(labelBar, this);
    m_prediction = new PredictionPanel(this);
    m_banner = new MessageBanner(this);
    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->addWidget(m_pairView);
    m_bottomSplitter->addWidget(makeScrollable(m_prediction, this, Qt::Vertical));
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 1);
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->addWidget(m_browser);
    auto *review = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(8, 0, 8, 4);
    reviewLayout->addWidget(m_bottomSplitter, 1);
    reviewLayout->addWidget(labelBar);
    m_mainSplitter->addWidget(review);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
}

QDockWidget *MainWindow::createDocks()
{
    // The right-hand docks take the full height; the Training dock sits under the pairs only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_metricsDock = new MetricsDock(m_tracker, this);
    m_honesty = new HonestyFeature(m_session, m_tracker, m_metricsDock, m_browser, m_proxy, this);
    addDockWidget(Qt::RightDockWidgetArea, m_metricsDock);
    m_history = new HistoryPanel(this);
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    m_team = new TeamFeature(m_session, m_proxy, this);
    addDockWidget(Qt::RightDockWidgetArea, m_team->dock());
    tabifyDockWidget(historyDock, m_team->dock());
    connect(m_team, &TeamFeature::statusMessage, statusBar(), &QStatusBar::showMessage);
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_team->connection()->banner());
    return historyDock;
}

void MainWindow::addTrainingToMenusAndDocks(QDockWidget *historyDock)
{
    m_modelMenu->addSeparator();
    m_modelMenu->addAction(m_training->trainAction());
    m_viewMenu->addAction(m_training->trainingDock()->toggleViewAction());
    m_viewMenu->addAction(m_training->modelsDock()->toggleViewAction());
    tabifyDockWidget(historyDock, m_training->modelsDock());
    historyDock->raise();
    m_training->trainingDock()->hide();  // until a run starts (restoreState may show it again)
    connect(m_training->trainingDock(), &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // On a short screen the dock opens low, so that the pairs keep several rows.
        if (visible && height() < kTallWindow)
            resizeDocks({m_training->trainingDock()}, {std::max(210, height() * 30 / 100)}, Qt::Vertical);
    });
}

void MainWindow::restoreState()
{
    if (!QMainWindow::restoreGeometry(m_settings->windowGeometry())) {
        // A small screen is used whole; on a large one the window leaves a margin.
        const QRect screen = this->screen()->availableGeometry();
        resize(screen.width() < kLargeScreenWidth ? screen.size() : screen.size() * 0.92);
        move(screen.center() - rect().center());
    }
    m_fitDocksOnShow = !QMainWindow::restoreState(m_settings->windowState());
    if (!m_mainSplitter->restoreState(m_settings->splitterState(QStringLiteral("main"))))
        m_mainSplitter->setSizes({360, 520});
    if (!m_bottomSplitter->restoreState(m_settings->splitterState(QStringLiteral("pair"))))
        m_bottomSplitter->setSizes({800, 300});
    m_browser->view()->horizontalHeader()->restoreState(m_settings->headerState(QStringLiteral("pairs")));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fitDocksOnShow) {
        m_fitDocksOnShow = false;
        QTimer::singleShot(0, this, &MainWindow::fitDocks);  // once the layout knows the window's size
    }
}

void MainWindow::fitDocks()
{
    // As wide as the metrics need in this language, leaving the pairs the room they need.
    const int room = width() - centralWidget()->minimumSizeHint().width() - 12;
    const auto *scroll = qobject_cast<const QScrollArea *>(m_metricsDock->widget());
    const QWidget *content = scroll ? scroll->widget() : m_metricsDock->widget();
    const int wanted = std::max({content->sizeHint().width(), content->minimumSizeHint().width(),
                                 fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34}) + 24;
    resizeDocks({m_metricsDock}, {std::max(200, std::min(wanted, room))}, Qt::Horizontal);
    resizeDocks({m_metricsDock, findChild<QDockWidget *>(QStringLiteral("historyDock"))}, {600, 300}, Qt::Vertical);
}

}  // namespace entail
