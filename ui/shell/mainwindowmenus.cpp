// MainWindow's menus and tool bar (the rest of the window: mainwindow.cpp, mainwindowlayout.cpp).
#include "ui/shell/mainwindow.h"

#include "ui/common/appsettings.h"
#include "ui/metrics/honestyfeature.h"
#include "ui/duplicates/duplicatefeature.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/firstrunguide.h"
#include "ui/labelissues/labelissuesfeature.h"
#include "ui/team/teamfeature.h"
#include "ui/team/teamwork.h"
#include "ui/metrics/metricsdock.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/labelbar.h"
#include "ui/review/pairview.h"
#include "ui/reviewstate/reviewfeature.h"
#include "ui/session/projectactions.h"
#include "ui/session/projectsession.h"
#include "ui/shell/languagemenu.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace entail {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_files->newProject(), m_files->open(), m_team->openServerAction()});
    file->addMenu(m_files->createRecentMenu(file));
    file->addAction(m_files->openDemoAction());
    file->addSeparator();
    file->addActions({m_files->exportLabels(), m_files->exportPredictions(), m_files->saveBackup(), m_files->locateImages(), m_files->getImages(),
                      m_files->loadModel()});
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addActions({m_searchAction, m_clearFiltersAction});
    edit->addSeparator();
    edit->addAction(m_files->annotator());
    auto *teamWork = new TeamWork(m_session, m_team, m_browser, m_proxy, this);
    connect(teamWork, &TeamWork::statusMessage, statusBar(), &QStatusBar::showMessage);
    edit->addActions({teamWork->teamModeAction(), m_team->adjudicateAction()});
    buildLabelAndModelMenus();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_metricsDock->toggleViewAction());
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock != m_metricsDock)
            m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(teamWork->blindAction());
    m_viewMenu->addMenu(new LanguageMenu(m_viewMenu));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(FirstRunGuide::createAction(this));
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(AboutDialog::createAction(this));
    buildToolBar();
}

void MainWindow::buildLabelAndModelMenus()
{
    QMenu *label = menuBar()->addMenu(tr("&Label"));
    label->addActions({m_labelActions[0], m_labelActions[1], m_labelActions[2]});
    label->addSeparator();
    label->addActions({m_nextAction, m_previousAction, m_suspectAction});
    m_honesty->addTo(label);
    label->addSeparator();
    m_autoAdvanceAction = label->addAction(tr("&Move to the next pair after labelling"));
    m_autoAdvanceAction->setObjectName(QStringLiteral("autoAdvance"));
    m_autoAdvanceAction->setCheckable(true);
    m_autoAdvanceAction->setChecked(m_settings->autoAdvance());
    connect(m_autoAdvanceAction, &QAction::toggled, this, [this](bool on) { m_settings->setAutoAdvance(on); });
    label->addSeparator();  // skip / unsure / label is right / comment, and the duplicate group
    auto *review = new ReviewFeature(m_session, m_browser, m_proxy, m_pairView->labelBar(), this);
    review->addTo(label);
    (new DuplicateFeature(m_session, m_browser, m_proxy, this))->addTo(label);
    m_modelMenu = menuBar()->addMenu(tr("&Model"));
    m_modelMenu->addActions({m_files->loadModel(), m_predictAllAction, m_cancelBatchAction});
    m_issues = new LabelIssuesFeature(this, m_session, m_browser, m_proxy);
    m_issues->install(m_modelMenu, label, m_metricsDock);
    connect(m_issues, &LabelIssuesFeature::statusMessage, statusBar(), &QStatusBar::showMessage);
    // A label someone marked "label is right" (and not changed since) is no suspect any more.
    m_issues->setSkip([this, review](qint64 key) {
        const int row = m_session->pairs()->rowOfKey(key);
        return row >= 0 && review->state(row) == ReviewState::Confirmed;
    });
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({m_files->open(), m_files->newProject()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undoAction, m_redoAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_files->loadModel(), m_predictAllAction});
}

}  // namespace entail
