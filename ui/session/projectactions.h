#pragma once
// The File menu's actions and their dialogs: new project from CSV, open, open recent, the demo,
// export, locate images, load model, annotator name. They only ask and hand over to ProjectSession.
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace entail {

class AppSettings;
class ImageFetchDialog;
class ProjectSession;

class ProjectActions final : public QObject {
    Q_OBJECT

public:
    ProjectActions(ProjectSession *session, AppSettings *settings, QWidget *window);

    QAction *newProject() const { return m_new; }
    QAction *open() const { return m_open; }
    QAction *openDemoAction() const { return m_demo; }
    QAction *exportLabels() const { return m_export; }
    QAction *exportPredictions() const { return m_exportPredictions; }
    QAction *saveBackup() const { return m_backup; }
    QAction *locateImages() const { return m_locate; }
    QAction *getImages() const { return m_fetch; }
    QAction *loadModel() const { return m_loadModel; }
    QAction *annotator() const { return m_annotator; }
    QList<QAction *> projectActions() const
    {
        return {m_export, m_exportPredictions, m_backup, m_locate, m_fetch, m_loadModel};
    }
    QMenu *createRecentMenu(QWidget *parent);
    // What the export dialog proposes: "<project name>-labels.csv" in the last export folder, else beside
    // the project.
    QString suggestedExportPath() const;

public Q_SLOTS:
    // Creates "<csv name>.entail" beside the CSV (or in the data folder when that one is read-only),
    // or opens it when it exists.
    void openCsv(const QString &csv, const QString &imagesDir);
    void openDemo();
    void chooseModel();
    void chooseImagesFolder();
    void showImageFetch();  // the Get images dialog (one at a time; shown again while it runs)
    void exportPredictionsTo(const QString &path);  // on the session's pool; predictionsExported follows

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void predictionsExported(const QString &path, const QString &error);  // error empty: written

private:
    void onExportFinished(const QString &path, const QString &error, const QString &imagesFolder);
    // An open-file dialog that starts where the last one for `purpose` ended; `use` gets the chosen file.
    void openChosenFile(const QString &purpose, const QString &title, const QString &filter,
                        const std::function<void(const QString &)> &use);
    void fillRecentMenu(QMenu *menu);
    void chooseOpen();
    void chooseNew();
    void chooseExport();
    void chooseExportPredictions();
    void chooseBackup();
    void chooseAnnotator();

    ProjectSession *m_session;
    AppSettings *m_settings;
    QWidget *m_window;
    QAction *m_new, *m_open, *m_demo, *m_export, *m_backup, *m_locate, *m_fetch, *m_loadModel, *m_annotator;
    QAction *m_exportPredictions;
    ImageFetchDialog *m_fetchDialog = nullptr;
};

}  // namespace entail
