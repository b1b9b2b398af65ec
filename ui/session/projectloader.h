#pragma once
// The slow part of opening a project, run on a worker thread (QtConcurrent): import or generate it if
// needed, read every pair, the active model and its cached predictions. Uses its own ProjectStore
// connection, which it closes before returning; the GUI thread then opens its own.
#include "model/core/types.h"
#include "model/inference/predictor.h"
#include "model/store/store.h"
#include "ui/common/trainingmetatypes.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/fetchstatustext.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace entail {

struct LoadedProject {
    QString path;
    Dataset dataset;
    bool textsInStore = false;  // a large project: `dataset` holds no texts (PairTableModel::TextSource)
    std::optional<ModelVersion> model;              // the active model version, if any
    std::shared_ptr<const Predictor> predictor;     // loaded from it, unless that failed
    QString modelError;
    std::vector<qint64> predictionKeys;             // cached predictions of the active model
    std::vector<Prediction> predictions;
    QString imagesDir;
    VerifiedState verified;  // the checked project file as the loader left it
    qint64 logSeq = 0;       // the log's last entry before `dataset` was read: later ones are others' changes
    std::vector<FetchStatusText::MissingImage> missingImages;  // of `dataset`, listed on the worker
    QString error;       // non-empty: nothing was opened (the message names file and line)
    QString errorTitle;  // what failed, for a dialog title
    bool ok() const { return error.isEmpty(); }
};

struct ImageLocation {
    std::vector<Pair> pairs;  // every pair with re-resolved image info
    QString imagesDir;
    QString error;
    int referenced = 0;  // tweets that name an image (URL or path)
    int found = 0;       // of those, the ones whose file was found
    std::vector<FetchStatusText::MissingImage> missingImages;  // of `pairs`, listed on the worker
};

class ProjectLoader final {
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)

public:
    static LoadedProject open(const QString &path);
    // From this many pairs on, a project's window holds its pairs without their texts and reads those it
    // shows from the store (its memory then grows with what it shows, not with every text).
    static int textsHeldBelow();
    static void setTextsHeldBelow(int pairs);  // tests and benchmarks
    // Every pair's texts of the project at `path`, read through a connection of its own (PairTexts::Reader).
    static bool readAllTexts(const QString &path, const std::function<bool(const ProjectStore::PairText &)> &visit,
                             QString *error);
    // The table's texts of the project at `path` when it holds none: those shown through `store()` (the GUI
    // thread's connection, which may be replaced or gone), all of them through readAllTexts.
    static PairTableModel::TextSource textSource(const QString &path, std::function<const ProjectStore *()> store);
    // Imports the CSV into a new project at `projectPath`, or opens that project when it exists already.
    static LoadedProject importCsv(const QString &csv, const QString &imagesDir, const QString &projectPath,
                                   const QString &annotator);
    // Opens the demo project at `path`, generating it first when it does not exist.
    static LoadedProject openDemo(const QString &path);
    // Re-resolves every image against `imagesDir` and saves the result in the project.
    static ImageLocation locateImages(const QString &projectPath, std::vector<Pair> pairs, const QString &imagesDir);
    // The folder image_N_path columns are relative to: the CSV's, else the project's.
    static QString csvFolder(const QString &projectPath, const QString &sourceFile);
};

}  // namespace entail
