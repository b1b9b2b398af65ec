#include "ui/session/projectloader.h"

#include "model/data/demo.h"
#include "model/data/importer.h"
#include "model/store/projectbuilder.h"
#include "model/store/projectimport.h"
#include "model/team/projectlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>

namespace entail {

namespace {
std::atomic<int> g_textsHeldBelow{20000};
}  // namespace

int ProjectLoader::textsHeldBelow() { return g_textsHeldBelow; }
void ProjectLoader::setTextsHeldBelow(int pairs) { g_textsHeldBelow = pairs; }

bool ProjectLoader::readAllTexts(const QString &path, const std::function<bool(const ProjectStore::PairText &)> &visit,
                                 QString *error)
{
    ProjectStore store;
    // Only the texts are read: the checks that read every pair were made when the project was opened.
    return store.open(path, error, {}, ProjectStore::Access::ReadOnly, ProjectStore::Checks::WhileReading)
        && store.forEachText(visit, error);
}

PairTableModel::TextSource ProjectLoader::textSource(const QString &path, std::function<const ProjectStore *()> store)
{
    PairTableModel::TextSource source;
    source.texts = [store = std::move(store)](const std::vector<qint64> &keys) {
        const ProjectStore *s = store();
        return s ? s->texts(keys) : std::vector<ProjectStore::PairText>{};
    };
    source.readAll = [path](const auto &visit, QString *error) { return readAllTexts(path, visit, error); };
    return source;
}

LoadedProject ProjectLoader::open(const QString &path)
{
    LoadedProject out;
    // A server locator (postgresql://...) is no file: nothing to check on disk, no VerifiedState.
    const bool server = ProjectLocator::isServerUrl(path);
    out.path = server ? path : QFileInfo(path).absoluteFilePath();
    out.errorTitle = tr("Cannot open the project");
    if (!server && !QFileInfo::exists(path)) {
        out.error = tr("%1: no such file").arg(path);
        return out;
    }
    ProjectStore store;
    if (!store.open(path, &out.error)) {
        if (out.error.isEmpty())
            out.error = tr("%1: cannot open the project").arg(path);
        return out;
    }
    out.logSeq = store.lastLogSeq();
    out.textsInStore = store.pairCount() >= textsHeldBelow();
    out.dataset = out.textsInStore ? store.datasetWithoutTexts() : store.dataset();
    out.imagesDir = store.meta(QStringLiteral("images_dir")).toString();
    out.model = store.activeModel();
    if (out.model) {
        QString error;
        std::unique_ptr<Predictor> predictor = Predictor::load(out.model->file, &error);
        if (predictor) {
            out.predictor = std::move(predictor);
            store.loadPredictions(out.model->id, &out.predictionKeys, &out.predictions);
        } else {
            out.modelError = error;
        }
    }
    if (server)
        store.close();
    else
        out.verified = store.closeVerified();
    return out;
}

LoadedProject ProjectLoader::importCsv(const QString &csv, const QString &imagesDir, const QString &projectPath,
                                       const QString &annotator)
{
    if (QFileInfo::exists(projectPath))
        return open(projectPath);
    LoadedProject out;
    out.errorTitle = tr("Cannot import the CSV file");
    ImportOptions options;
    options.imagesDir = imagesDir.isEmpty() ? QString() : QFileInfo(imagesDir).absoluteFilePath();
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    // Streamed (bounded memory); the project appears under its name only when complete, a failed build
    // leaves nothing behind.
    ProjectBuilder builder(projectPath);
    if (ProjectImport(csv, options).run(builder, annotator, options.imagesDir, &out.error) != ProjectImport::Result::Ok)
        return out;
    return open(projectPath);
}

LoadedProject ProjectLoader::openDemo(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!DemoProject::generate(path, &error)) {
            LoadedProject out;
            out.errorTitle = tr("Cannot create the demo project");
            out.error = error.isEmpty() ? tr("%1: cannot create the demo project").arg(path) : error;
            return out;
        }
    }
    return open(path);
}

QString ProjectLoader::csvFolder(const QString &projectPath, const QString &sourceFile)
{
    const QFileInfo source(sourceFile);
    if (!sourceFile.isEmpty() && source.isAbsolute() && source.exists())
        return source.absolutePath();
    return QFileInfo(projectPath).absolutePath();
}

ImageLocation ProjectLoader::locateImages(const QString &projectPath, std::vector<Pair> pairs,
                                          const QString &imagesDir)
{
    ImageLocation out;
    out.imagesDir = QFileInfo(imagesDir).absoluteFilePath();
    ProjectStore store;
    if (!store.open(projectPath, &out.error))
        return out;
    Dataset dataset;
    dataset.pairs = std::move(pairs);
    Importer::resolveImages(dataset, csvFolder(projectPath, store.meta(QStringLiteral("source_file")).toString()),
                            out.imagesDir, store.meta(QStringLiteral("allow_outside_paths")).toBool());
    if (!store.setImageInfo(dataset.pairs, &out.error)
        || !store.setMeta(QStringLiteral("images_dir"), out.imagesDir, &out.error))
        return out;
    for (const Pair &p : dataset.pairs) {
        for (const Tweet *t : {&p.first, &p.second}) {
            out.referenced += (t->imageUrl.isEmpty() && t->imagePathColumn.isEmpty()) ? 0 : 1;
            out.found += t->imageMissing ? 0 : 1;
        }
    }
    out.pairs = std::move(dataset.pairs);
    return out;
}

}  // namespace entail
