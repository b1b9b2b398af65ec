#include "ui/session/projectactions.h"

#include "model/data/demo.h"
#include "model/team/projectlocator.h"
#include "model/data/predictionexport.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/pairs/pairtexts.h"
#include "ui/common/appsettings.h"
#include "ui/common/poolrun.h"
#include "ui/session/imagefetchdialog.h"
#include "ui/session/newprojectdialog.h"
#include "ui/session/projectsession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace entail {

ProjectActions::ProjectActions(ProjectSession *session, AppSettings *settings, QWidget *window)
    : QObject(window), m_session(session), m_settings(settings), m_window(window)
{
    auto make = [this](const QString &text, const QKeySequence &key, void (ProjectActions::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_new = make(tr("&New project from CSV..."), QKeySequence::New, &ProjectActions::chooseNew);
    m_open = make(tr("&Open..."), QKeySequence::Open, &ProjectActions::chooseOpen);
    m_demo = make(tr("Open the &demo project"), {}, &ProjectActions::openDemo);
    m_export = make(tr("&Export labels..."), QKeySequence(tr("Ctrl+E")), &ProjectActions::chooseExport);
    m_exportPredictions = make(tr("Export &predictions..."), {}, &ProjectActions::chooseExportPredictions);
    m_exportPredictions->setToolTip(tr("Write every pair's label, prediction and probabilities as CSV"));
    m_backup = make(tr("Save a &backup..."), {}, &ProjectActions::chooseBackup);
    m_backup->setToolTip(tr("Write a consistent single-file copy of the project, also while it is in use"));
    m_locate = make(tr("&Locate images..."), {}, &ProjectActions::chooseImagesFolder);
    m_fetch = make(tr("&Get images..."), {}, &ProjectActions::showImageFetch);
    m_fetch->setToolTip(tr("Download the missing images from the links in the project, in the background"));
    m_loadModel = make(tr("&Load model..."), QKeySequence(tr("Ctrl+L")), &ProjectActions::chooseModel);
    m_annotator = make(tr("Annotator &name..."), {}, &ProjectActions::chooseAnnotator);
    m_new->setToolTip(tr("Import a CSV file of tweet pairs into a new project"));
    m_loadModel->setToolTip(tr("Load a trained model file and predict every pair"));
    connect(m_session, &ProjectSession::exportFinished, this, &ProjectActions::onExportFinished);
    connect(session, &ProjectSession::backupFinished, this, [this](const QString &path, const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Cannot save the backup"), error);
        else
            Q_EMIT statusMessage(tr("Saved a backup to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_session, &ProjectSession::imagesLocated, this, [this](const QString &folder, int found, int referenced) {
        Q_EMIT statusMessage(tr("Images folder %1: found %2 of %3 images.")
                                 .arg(QDir::toNativeSeparators(folder)).arg(found).arg(referenced), 15000);
    });
}

void ProjectActions::showImageFetch()
{
    if (!m_fetchDialog)
        m_fetchDialog = new ImageFetchDialog(m_session, m_window);
    m_fetchDialog->show();
    m_fetchDialog->raise();
    m_fetchDialog->activateWindow();
}

QString ProjectActions::suggestedExportPath() const
{
    const QFileInfo project(m_session->projectPath());
    const QString purpose = QStringLiteral("export");
    QString folder = m_settings->hasLastFolder(purpose) ? m_settings->lastFolder(purpose) : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = project.absolutePath();
    return QDir(folder).filePath(QStringLiteral("%1-labels.csv").arg(project.completeBaseName()));
}

void ProjectActions::onExportFinished(const QString &path, const QString &error, const QString &imagesFolder)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot export the labels"), error);
        return;
    }
    QString text = tr("Exported the labels to %1").arg(QDir::toNativeSeparators(path));
    if (!imagesFolder.isEmpty())  // importing the file confines images to its folder and the images folder
        text += QStringLiteral(" \u2014 ") + tr("the images stay in %1: choose it as the images folder when "
                                                 "importing the file").arg(QDir::toNativeSeparators(imagesFolder));
    Q_EMIT statusMessage(text, imagesFolder.isEmpty() ? 5000 : 15000);
}

QMenu *ProjectActions::createRecentMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Open &recent"), parent);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillRecentMenu(menu); });
    return menu;
}

void ProjectActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_settings->recentProjects();
    for (const QString &path : recent) {
        QAction *a = menu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (ProjectLocator::isServerUrl(path))  // the window asks for a password when the server wants one
                QMetaObject::invokeMethod(m_window, "openProject", Q_ARG(QString, path));
            else if (QFileInfo::exists(path))
                m_session->open(path);
            else if (QMessageBox::question(m_window, tr("Project not found"),
                                           tr("%1 does not exist any more. Remove it from the list?")
                                               .arg(QDir::toNativeSeparators(path))) == QMessageBox::Yes)
                m_settings->removeRecentProject(path);
        });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Clear the list"), this, [this] { m_settings->clearRecentProjects(); })
        ->setEnabled(!recent.isEmpty());
}

void ProjectActions::openCsv(const QString &csv, const QString &imagesDir)
{
    const QFileInfo info(csv);
    QString project = info.dir().filePath(info.completeBaseName() + QStringLiteral(".entail"));
    if (!QFileInfo(info.absolutePath()).isWritable())
        project = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("projects/") + info.completeBaseName() + QStringLiteral(".entail"));
    m_session->importCsv(csv, imagesDir, project);
}

void ProjectActions::openDemo() { m_session->openDemo(DemoProject::defaultPath()); }

void ProjectActions::openChosenFile(const QString &purpose, const QString &title, const QString &filter,
                                    const std::function<void(const QString &)> &use)
{
    const QString path = QFileDialog::getOpenFileName(m_window, title, m_settings->lastFolder(purpose), filter);
    if (path.isEmpty())
        return;
    m_settings->setLastFolder(purpose, QFileInfo(path).absolutePath());
    use(path);
}

void ProjectActions::chooseOpen()
{
    openChosenFile(QStringLiteral("project"), tr("Open a project"),
                   tr("Entail Studio projects (*.entail);;All files (*)"),
                   [this](const QString &path) { m_session->open(path); });
}

void ProjectActions::chooseNew()
{
    NewProjectDialog dialog(m_settings->lastFolder(QStringLiteral("csv")), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setLastFolder(QStringLiteral("csv"), QFileInfo(dialog.csvFile()).absolutePath());
    if (QFileInfo::exists(dialog.projectFile())
        && QMessageBox::question(m_window, tr("Project exists"),
                                 tr("%1 exists already. Open it instead of importing the CSV again?")
                                     .arg(QDir::toNativeSeparators(dialog.projectFile()))) != QMessageBox::Yes)
        return;
    m_session->importCsv(dialog.csvFile(), dialog.imagesFolder(), dialog.projectFile());
}

void ProjectActions::chooseExport()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export labels"), suggestedExportPath(),
                                                tr("CSV (*.csv);;JSON Lines (*.jsonl)"), &filter);
    if (path.isEmpty())
        return;
    const bool jsonl = filter.contains(QLatin1String("jsonl"));
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        path += jsonl ? QStringLiteral(".jsonl") : QStringLiteral(".csv");
    m_settings->setLastFolder(QStringLiteral("export"), QFileInfo(path).absolutePath());
    m_session->exportLabels(path);
}

void ProjectActions::chooseExportPredictions()
{
    const QFileInfo project(m_session->projectPath());
    const QString suggested = QDir(m_settings->lastFolder(QStringLiteral("export")))
                                  .filePath(project.completeBaseName() + QStringLiteral("-predictions.csv"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export predictions"), suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportPredictionsTo(path);
}

void ProjectActions::exportPredictionsTo(const QString &path)
{
    // A copy taken here (the table model lives on this thread); the CSV is built and written on a worker.
    const PairTableModel *table = m_session->pairs();
    std::vector<Pair> pairs = table->pairs();
    std::vector<std::optional<Prediction>> predictions(pairs.size());
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->hasPrediction(row))
            predictions[size_t(row)] = table->prediction(row);
    auto write = [path, pairs = std::move(pairs), predictions = std::move(predictions),
                  read = table->textSource().readAll]() mutable {
        QString error;
        if (read && !PairTexts::fillTexts(pairs, read, &error))  // a large project's table holds no texts
            return error;
        return PredictionExport::write(path, pairs, predictions, &error) ? QString() : error;
    };
    // On the session's pool, like every other job that touches every pair.
    runOnPool(m_session->pool(), this, std::move(write), [this, path](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Cannot export the predictions"), error);
        else
            Q_EMIT statusMessage(tr("Exported the predictions to %1").arg(QDir::toNativeSeparators(path)), 5000);
        Q_EMIT predictionsExported(path, error);
    });
}

void ProjectActions::chooseBackup()
{
    const QFileInfo project(m_session->projectPath());
    const QString suggested = project.absoluteDir().filePath(project.completeBaseName() + QStringLiteral("-backup.entail"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save a backup of the project"), suggested,
                                                tr("Entail Studio projects (*.entail);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".entail"), Qt::CaseInsensitive))
        path += QStringLiteral(".entail");
    if (QFileInfo(path).absoluteFilePath() == project.absoluteFilePath()) {
        QMessageBox::warning(m_window, tr("Cannot save the backup"), tr("A backup cannot replace the project itself."));
        return;
    }
    m_session->saveBackup(path);
}

void ProjectActions::chooseModel()
{
    openChosenFile(QStringLiteral("model"), tr("Load a trained model"),
                   tr("Entail Studio models (*.entailmodel);;All files (*)"),
                   [this](const QString &path) { m_session->loadModel(path); });
}

void ProjectActions::chooseImagesFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Locate the images folder"),
                                                          m_settings->lastFolder(QStringLiteral("images")));
    if (dir.isEmpty())
        return;
    m_settings->setLastFolder(QStringLiteral("images"), dir);
    m_session->locateImages(dir);
}

void ProjectActions::chooseAnnotator()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Annotator name"),
                                               tr("Your name, recorded with each label correction:"),
                                               QLineEdit::Normal, m_settings->annotator(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_settings->setAnnotator(name);
    m_session->setAnnotator(name);
}

}  // namespace entail
