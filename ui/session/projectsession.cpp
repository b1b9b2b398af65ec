#include "ui/session/projectsession.h"

#include "model/store/projectexport.h"
#include "model/metrics/metricsjson.h"
#include "model/runtime/runtime.h"
#include "ui/common/poolrun.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/session/labelcommand.h"
#include "ui/session/modelfilecopy.h"
#include "ui/session/projectwatcher.h"
#include "ui/prediction/livepredictor.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectloader.h"
#include "ui/session/projectsessionasync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

namespace entail {

namespace {

QString backupProject(const QString &project, const QString &path)
{
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.saving-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(partial);  // left by a killed run of this process id
    QString error;
    ProjectStore store;
    if (!store.open(project, &error) || !store.backup(partial, &error))
        return error;
    // rename() replaces an existing file (the dialog asked) in one step: never half a backup.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        == 0)
        return QString();
    QFile::remove(partial);
    return ProjectSession::tr("%1: cannot replace the file").arg(path);
}

}  // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent), m_store(std::make_unique<ProjectStore>()), m_pairs(new PairTableModel(this)),
      m_undo(new QUndoStack(this)), m_batch(new BackgroundPrediction(this)), m_live(new LivePredictor(this)), m_watcher(new ProjectWatcher(this))
{
    m_pool.setMaxThreadCount(2);
    connect(m_batch, &BackgroundPrediction::finished, this, &ProjectSession::onPredictionFinished);
    connect(m_watcher, &ProjectWatcher::logAppended, this, &ProjectSession::onLogAppended);
    connect(m_watcher, &ProjectWatcher::walLost, this, &ProjectSession::onWalLost);
}

ProjectSession::~ProjectSession()
{
    // Commands refer to this session; they must go before it does.
    m_undo->clear();
    m_pool.waitForDone();
}

bool ProjectSession::isOpen() const { return m_store->isOpen(); }

QString ProjectSession::projectPath() const { return m_store->isOpen() ? m_store->path() : QString(); }

void ProjectSession::setBusy(int delta, const QString &what)
{
    m_busy += delta;
    Q_EMIT busyChanged(m_busy > 0, what);
}

void ProjectSession::startLoad(const QString &what, std::function<LoadedProject()> work)
{
    auto load = [work = std::move(work)] {
        LoadedProject project = work();
        project.missingImages = FetchStatusText::missingImages(project.dataset.pairs);
        return project;
    };
    runAsync<LoadedProject>(what, std::move(load), [this](LoadedProject &project) {
        if (!project.ok()) {
            Q_EMIT openFailed(project.errorTitle, project.error);
            return;
        }
        adopt(project);
    });
}

void ProjectSession::open(const QString &path)
{
    startLoad(tr("Opening %1").arg(QFileInfo(path).fileName()), [path] { return ProjectLoader::open(path); });
}

void ProjectSession::importCsv(const QString &csv, const QString &imagesDir, const QString &projectPath)
{
    const QString annotator = m_annotator;
    startLoad(tr("Importing %1").arg(QFileInfo(csv).fileName()), [=] {
        return ProjectLoader::importCsv(csv, imagesDir, projectPath, annotator);
    });
}

void ProjectSession::openDemo(const QString &path)
{
    startLoad(QFileInfo::exists(path) ? tr("Opening the demo project") : tr("Creating the demo project"),
              [path] { return ProjectLoader::openDemo(path); });
}

void ProjectSession::adopt(LoadedProject &project)
{
    auto store = std::make_unique<ProjectStore>();
    QString error;
    // The loader checked this file for damage; unless it changed since, that is not repeated here.
    if (!store->open(project.path, &error, project.verified)) {
        Q_EMIT openFailed(project.errorTitle, error);
        return;
    }
    ++m_generation;
    m_settled = false;
    m_batch->cancel();
    m_undo->clear();
    m_store = std::move(store);
    m_imagesDir = project.imagesDir;
    m_missingImages = std::make_shared<const std::vector<FetchStatusText::MissingImage>>(std::move(project.missingImages));
    m_pairs->setPairs(std::move(project.dataset.pairs),
                      project.textsInStore ? ProjectLoader::textSource(project.path, [this] { return m_store.get(); })
                                           : PairTableModel::TextSource{});
    m_watcher->watch(m_store.get(), project.logSeq);
    m_model = project.model;
    m_predictor = project.predictor;
    m_live->setPredictor(m_predictor);
    releaseFreedMemory();  // the previous project's pairs and model
    // Opening is three turns of the event loop, so that none holds the GUI thread long: the rows (above; the
    // table lays them out and paints them), then the images banner, the model's state and its predictions,
    // then `opened` (the first pair shown, every room's own state). 100,000 pairs on a 2-core VM: 20-35 ms
    // each, where one turn took 90-170 ms. Timers, not 0 ms: Qt runs a 0 ms single shot as a posted event,
    // in the same batch as the layout and paint events that the turn before posted.
    auto rest = std::make_shared<LoadedProject>(std::move(project));
    later([this, rest] {
        adoptModelAndImages(*rest);
        later([this] {
            Q_EMIT opened();
            constexpr int kSettleMs = 300;
            later([this] {
                m_settled = true;
                Q_EMIT settled();
            }, kSettleMs);
        });
    });
}

void ProjectSession::later(std::function<void()> step, int ms)
{
    QTimer::singleShot(ms, this, [this, step = std::move(step), generation = m_generation] {
        if (generation == m_generation)  // no other project opened since
            step();
    });
}

void ProjectSession::adoptModelAndImages(LoadedProject &project)
{
    Q_EMIT imagesChanged();
    Q_EMIT modelChanged();
    if (!project.modelError.isEmpty())
        Q_EMIT modelFailed(tr("The project's model %1 could not be loaded: %2")
                               .arg(m_model ? m_model->name : QString(), project.modelError));
    if (!m_predictor)
        return;
    if (!project.predictionKeys.empty())
        m_pairs->setPredictions(project.predictionKeys, project.predictions);
    else
        predictAll();
}

void ProjectSession::loadModel(const QString &file)
{
    if (!isOpen())
        return;
    const QString modelsDir = m_store->modelsDir();
    const quint64 generation = m_generation;
    runAsync<ModelFileCopy::Result>(
        tr("Loading the model %1").arg(QFileInfo(file).fileName()),
        [file, modelsDir] { return ModelFileCopy::load(file, modelsDir); },
        [this, generation](ModelFileCopy::Result &loaded) {
            if (generation != m_generation)
                return;
            if (!loaded.predictor) {
                Q_EMIT modelFailed(loaded.error);
                return;
            }
            ModelVersion version = ModelFileCopy::version(loaded);
            QString error;
            if (!m_store->addModel(version, &error) || !m_store->setActiveModel(version.id, &error)) {
                Q_EMIT modelFailed(error);
                return;
            }
            version.active = true;
            m_pairs->clearPredictions();
            setModel(version, loaded.predictor);
            predictAll();
        });
}

void ProjectSession::setModel(const ModelVersion &version, std::shared_ptr<const Predictor> predictor)
{
    m_model = version;
    m_predictor = std::move(predictor);
    m_live->setPredictor(m_predictor);
    releaseFreedMemory();  // the replaced model and its cache of encoder outputs
    Q_EMIT modelChanged();
}

void ProjectSession::enqueue(const ModelVersion &version, std::shared_ptr<const Predictor> predictor, bool activate)
{
    PredictionJob job;
    job.projectPath = projectPath();
    job.version = version;
    job.predictor = std::move(predictor);
    job.activate = activate;
    m_batch->enqueue(std::move(job));
}

void ProjectSession::predictAll()
{
    if (isOpen() && m_predictor)
        enqueue(m_model.value_or(ModelVersion{}), m_predictor, false);
}

void ProjectSession::activateVersion(const ModelVersion &version)
{
    if (isOpen())
        enqueue(version, nullptr, true);
}

void ProjectSession::predictVersion(const ModelVersion &version)
{
    if (isOpen())
        enqueue(version, nullptr, false);
}

void ProjectSession::onPredictionFinished(const PredictionOutcome &outcome)
{
    const PredictionJob &job = outcome.job;
    if (job.projectPath != projectPath())
        return;  // a job of a project closed since is of no use here
    releaseFreedMemory();  // the job's batches of inputs and encoder outputs
    const bool shown = job.version.id == (m_model ? m_model->id : 0) && outcome.predictor == m_predictor;
    if (outcome.cancelled || !outcome.error.isEmpty()) {
        if (outcome.stored > 0 && shown)
            m_pairs->setPredictions(outcome.keys, outcome.predictions);  // what the project holds now
        if (outcome.stored > 0)
            Q_EMIT predictionsStored(job.version.id);
        Q_EMIT batchFinished(false, BackgroundPrediction::summary(outcome));
        return;
    }
    if (job.activate) {
        QString error = outcome.saveError;
        if (!error.isEmpty() || !m_store->setActiveModel(job.version.id, &error)) {
            Q_EMIT batchFinished(false, error);
            return;
        }
        ModelVersion active = job.version;
        active.active = true;
        m_pairs->setPredictions(outcome.keys, outcome.predictions);
        setModel(active, outcome.predictor);
    } else if (shown) {
        m_pairs->setPredictions(outcome.keys, outcome.predictions);
    }
    if (outcome.saveError.isEmpty() && job.version.id > 0)
        Q_EMIT predictionsStored(job.version.id);
    Q_EMIT batchFinished(true, BackgroundPrediction::summary(outcome));
}

void ProjectSession::runFileJob(const QString &what, const QString &path,
                                QString (*work)(const QString &project, const QString &path), FileJobSignal finished)
{
    if (!isOpen())
        return;
    const QString project = projectPath();
    runAsync<QString>(what, [project, path, work] { return work(project, path); },
                      [this, path, finished](QString &error) { Q_EMIT(this->*finished)(path, error); });
}

void ProjectSession::exportLabels(const QString &path)
{
    if (!isOpen())
        return;
    const QString project = projectPath();
    struct Exported {
        QString error;
        QString imagesFolder;
    };
    runAsync<Exported>(
        tr("Exporting to %1").arg(QFileInfo(path).fileName()),
        [project, path] {
            // The store is the truth (the table model mirrors it): read through this thread's own connection.
            // Streamed as `entail export` does (ProjectExport): the pairs are checked while they are written.
            Exported out;
            ProjectStore store;
            if (!store.open(project, &out.error, {}, ProjectStore::Access::ReadWrite,
                            ProjectStore::Checks::WhileReading))
                return out;
            const ProjectExport::Result r = ProjectExport::write(store, path, false);
            if (r.outcome != ProjectExport::Outcome::Written)
                out.error = r.error.isEmpty() ? tr("%1: cannot write the file").arg(path) : r.error;
            out.imagesFolder = r.imagesFolder;
            return out;
        },
        [this, path](Exported &out) { Q_EMIT exportFinished(path, out.error, out.imagesFolder); });
}

void ProjectSession::setLabel(int row, int label)
{
    if (row < 0 || row >= m_pairs->rowCount() || (!isValidLabel(label) && label != kNoLabel))
        return;
    const Pair &p = m_pairs->pair(row);
    if (m_teamMode) {
        m_undo->push(LabelCommand::ownLabel(
            [this](qint64 key, int to, int *previous) { return recordOwnLabel(key, to, previous); }, p.key, label));
        return;
    }
    m_undo->push(new LabelCommand([this](qint64 key, int to, int *previous) { return applyLabel(key, to, previous); },
                                  p.key, p.currentLabel, label));
}

bool ProjectSession::applyLabel(qint64 key, int label, int *previous)
{
    const int row = m_pairs->rowOfKey(key);
    if (row < 0 || !isOpen())
        return false;
    QString error;
    if (!m_store->setLabel(key, label, m_annotator, QStringLiteral("human"), &error, previous))
        return reportWriteError(error);
    // The file alone then holds the correction soon, even if its -wal is lost (a reader may delay it).
    m_store->checkpoint();
    m_pairs->setData(m_pairs->index(row, PairTableModel::CurrentLabel), label);
    Q_EMIT labelApplied(key);
    return true;
}

std::vector<LogEntry> ProjectSession::log(qint64 key) const
{
    return isOpen() ? m_store->log(key) : std::vector<LogEntry>{};
}

void ProjectSession::onLogAppended(const std::vector<LogEntry> &entries)
{
    const QList<qint64> keys = m_pairs->applyLog(entries);
    if (!keys.isEmpty())
        Q_EMIT labelsChangedElsewhere(keys);
}

void ProjectSession::onWalLost(const QString &walFile)
{
    // Our connection still writes to the deleted file: copy what it holds into the project file now.
    m_store->checkpoint();
    Q_EMIT errorOccurred(tr("Part of the project file was deleted"),
                         tr("%1 was deleted or replaced while the project is open. The project is the file plus "
                            "this one: corrections made from now on may be lost when the app ends. Save a "
                            "consistent copy now with File \u203a Save a backup... (or `entail project backup`), "
                            "then reopen the project.")
                             .arg(QDir::toNativeSeparators(walFile)));
}

void ProjectSession::saveBackup(const QString &path)
{
    runFileJob(tr("Saving a backup to %1").arg(QFileInfo(path).fileName()), path, &backupProject,
               &ProjectSession::backupFinished);
}

}  // namespace entail
