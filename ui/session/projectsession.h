#pragma once
// The open project as the GUI sees it: the store (used on the GUI thread for single rows and the versions
// list; whatever reads or writes every pair runs on a worker thread with its own connection), the pair
// table model (a mirror of the store's pairs and labels), the undo stack, and the one owner of the active,
// loaded model: loading a model file and activating a version both end here, and modelChanged() is the
// one signal that announces it. The session applies the workers' results on the GUI thread.
#include "model/core/types.h"
#include "model/inference/predictor.h"
#include "model/store/store.h"
#include "ui/common/trainingmetatypes.h"
#include "ui/review/fetchstatustext.h"

#include <QObject>
#include <QThreadPool>
#include <memory>
#include <optional>

class QUndoStack;

namespace entail {

class BackgroundPrediction;
class LivePredictor;
class PairTableModel;
class ProjectWatcher;
struct PredictionOutcome;
struct LoadedProject;

class ProjectSession final : public QObject {
    Q_OBJECT

public:
    enum class ImageNotice { None, FolderMissing, NoImages };

    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    PairTableModel *pairs() const { return m_pairs; }
    QUndoStack *undoStack() const { return m_undo; }
    BackgroundPrediction *batch() const { return m_batch; }
    LivePredictor *live() const { return m_live; }
    ProjectWatcher *watcher() const { return m_watcher; }

    // For single rows and the versions list, on the GUI thread; nullptr when no project is open.
    ProjectStore *store() const { return isOpen() ? m_store.get() : nullptr; }
    bool isOpen() const;
    QString projectPath() const;
    QString annotator() const { return m_annotator; }
    void setAnnotator(const QString &name) { m_annotator = name; }
    QString imagesDir() const { return m_imagesDir; }
    // The tweets whose image is missing, as of the last open or Locate images (listed off the GUI thread).
    std::shared_ptr<const std::vector<FetchStatusText::MissingImage>> missingImages() const { return m_missingImages; }
    ImageNotice imageNotice() const;
    // Where work that reads or writes every pair runs (runOnPool), each job with its own store connection;
    // generation() changes with each opened project, so that a late result for an older one can be dropped.
    QThreadPool *pool() { return &m_pool; }
    quint64 generation() const { return m_generation; }
    bool isSettled() const { return m_settled; }  // settled() was sent for the project open now

    std::shared_ptr<const Predictor> predictor() const { return m_predictor; }
    std::optional<ModelVersion> activeModel() const { return m_model; }

    // Asynchronous; each ends with opened() or openFailed(), and the current project stays open on failure.
    void open(const QString &path);
    void importCsv(const QString &csv, const QString &imagesDir, const QString &projectPath);
    void openDemo(const QString &path);

    void locateImages(const QString &folder);
    void loadModel(const QString &file);  // copies it into the project's models folder and activates it
    void predictAll();  // with the active model, storing the predictions as its own
    // Predicts every pair with `version` in the background and stores the predictions; activateVersion
    // then makes it the active, loaded model (modelChanged). predictionsStored follows either.
    void activateVersion(const ModelVersion &version);
    void predictVersion(const ModelVersion &version);
    // .csv or .jsonl, the labels as the store has them; image paths relative to the file's folder.
    void exportLabels(const QString &path);
    // A consistent single-file copy of the project (ProjectStore::backup), written on a worker thread;
    // an existing `path` is replaced only once the copy is complete.
    void saveBackup(const QString &path);

    // An undoable correction of the pair in `row` of pairs(). It is written even when the table shows that
    // label already: the store compares with the stored label, which another window may have changed.
    void setLabel(int row, int label);
    // Writes the label to the store (with its log entry; `previous` receives the stored label it replaced),
    // checkpoints the -wal into the file, and then writes the table model.
    bool applyLabel(qint64 key, int label, int *previous = nullptr);
    // Team mode (ui/team/teamwork.h turns it on for a server project and for a file that keeps annotator
    // labels): setLabel records this window's annotator's own label (recordOwnLabel) instead of setting the
    // pair's label, and the pair shows the label the project's rule derives. Off for a new project.
    bool teamMode() const { return m_teamMode; }
    void setTeamMode(bool on) { m_teamMode = on; }
    // Who this window labels as: the server's role for a server project, else annotator().
    QString identity() const;
    // Records (kNoLabel: withdraws) the annotator's label of the pair, then shows the pair's derived label;
    // `previous` receives the annotator's own label it replaced. Emits ownLabelRecorded and labelApplied.
    bool recordOwnLabel(qint64 key, int label, int *previous = nullptr);
    std::vector<LogEntry> log(qint64 key) const;
    // Runs `work` on the session's pool (it opens its own store connection: the session's is the GUI thread's),
    // busy meanwhile, then `done(result)` on the GUI thread. Defined in projectsessionasync.h.
    template <typename T, typename Work, typename Done> void runAsync(const QString &what, Work work, Done done);
    // A server project whose connection broke (sessionreconnect.cpp): opens a new connection to the same
    // project in place of the broken one (the table, undo stack and model stay). Call it once a worker's
    // connection has succeeded: on the GUI thread it must not wait for an unreachable host.
    bool reconnect(QString *error);
    // Whether a store error says the server went away (restarted, stopped, unreachable), not a refusal.
    static bool isConnectionError(const QString &error);

Q_SIGNALS:
    void busyChanged(bool busy, const QString &what);
    void opened();
    // A moment after `opened` (the first pair laid out and painted): where the rooms start their own reads of
    // the whole project, which would otherwise compete with that first layout for the cores.
    void settled();
    void openFailed(const QString &title, const QString &message);
    void modelChanged();  // the active model or the loaded predictor changed
    void predictionsStored(qint64 versionId);
    void modelFailed(const QString &message);
    void imagesChanged();
    // After locateImages(): of the `referenced` images the tweets name, `found` are in `folder` (also 0).
    void imagesLocated(const QString &folder, int found, int referenced);
    void labelApplied(qint64 key);
    void ownLabelRecorded(qint64 key, int label);  // team mode: this window's annotator label (kNoLabel: none)
    void batchFinished(bool ok, const QString &message);  // every prediction job; !ok: failed or cancelled
    // imagesFolder: not empty when images lie outside the exported file's folder; importing the file needs
    // it named as the images folder (see ExportPaths).
    void exportFinished(const QString &path, const QString &error, const QString &imagesFolder);
    void backupFinished(const QString &path, const QString &error);
    // Labels that another window or process changed, now shown in pairs() (ProjectWatcher).
    void labelsChangedElsewhere(const QList<qint64> &keys);
    void errorOccurred(const QString &title, const QString &message);
    // A write to a server project failed because the connection is gone: nothing was written.
    void connectionLost(const QString &message);

private:
    void startLoad(const QString &what, std::function<LoadedProject()> work);
    void adopt(LoadedProject &project);  // the store and the rows; the rest in later turns, then `opened`
    void adoptModelAndImages(LoadedProject &project);
    // In a later turn of the event loop (after `ms`), unless another project opened meanwhile.
    void later(std::function<void()> step, int ms = 1);
    void onPredictionFinished(const PredictionOutcome &outcome);
    void setModel(const ModelVersion &version, std::shared_ptr<const Predictor> predictor);
    void enqueue(const ModelVersion &version, std::shared_ptr<const Predictor> predictor, bool activate);
    void setBusy(int delta, const QString &what);
    using FileJobSignal = void (ProjectSession::*)(const QString &path, const QString &error);
    // Runs `work(project file, path)` on the pool (with its own store connection); `finished` gets its error.
    void runFileJob(const QString &what, const QString &path, QString (*work)(const QString &, const QString &),
                    FileJobSignal finished);
    void onLogAppended(const std::vector<LogEntry> &entries);
    bool reportWriteError(const QString &error);  // connectionLost or errorOccurred; returns false
    void onWalLost(const QString &walFile);

    QThreadPool m_pool;  // opening, importing, export...: not the global pool, which Qt's painting uses
    std::unique_ptr<ProjectStore> m_store;
    PairTableModel *m_pairs;
    QUndoStack *m_undo;
    BackgroundPrediction *m_batch;
    LivePredictor *m_live;
    ProjectWatcher *m_watcher;
    std::shared_ptr<const Predictor> m_predictor;
    std::optional<ModelVersion> m_model;
    QString m_imagesDir;
    std::shared_ptr<const std::vector<FetchStatusText::MissingImage>> m_missingImages;
    QString m_annotator;
    bool m_teamMode = false;
    bool m_settled = false;
    int m_busy = 0;
    quint64 m_generation = 0;  // bumped per opened project: late results of an older one are dropped
};

}  // namespace entail
