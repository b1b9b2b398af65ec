// entail train: train a model on a CSV or a project and write it atomically; --cv K cross-validates.
#include "app/clinotes.h"
#include "app/predictioninput.h"
#include "model/core/outputpath.h"
#include "model/training/crossvalidation.h"
#include "model/data/splits.h"
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "model/training/trainingrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>
#include <unistd.h>

namespace entail::cli {
namespace {

// The options of `entail train`.
class TrainOptions {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    QCommandLineOption data{QStringLiteral("data"), tr("Training CSV (tweets schema)."), tr("FILE")};
    QCommandLineOption project{QStringLiteral("project"), tr("Project file (its labels and splits)."), tr("FILE")};
    QCommandLineOption images{QStringLiteral("images"), tr("Folder holding <id>.<ext> images."), tr("DIR")};
    QCommandLineOption val{QStringLiteral("val"), tr("Validation CSV (early stopping)."), tr("FILE")};
    QCommandLineOption output{QStringLiteral("out"), tr("Model file to write."), tr("MODEL")};
    QCommandLineOption loss{QStringLiteral("loss"), tr("ce, weighted or focal."), tr("NAME"),
                            lossName(TrainConfig().loss)};
    QCommandLineOption epochs{QStringLiteral("epochs"), tr("Maximum epochs (0 = default)."), tr("N"),
                              QStringLiteral("0")};
    QCommandLineOption seed{QStringLiteral("seed"), tr("Random seed."), tr("N"), QStringLiteral("42")};
    QCommandLineOption lr{QStringLiteral("lr"), tr("Peak learning rate (0 = default)."), tr("X"), QStringLiteral("0")};
    QCommandLineOption batch{QStringLiteral("batch"), tr("Batch size."), tr("N"), QStringLiteral("32")};
    QCommandLineOption patience{QStringLiteral("patience"), tr("Early-stopping patience in epochs."), tr("N"),
                                QStringLiteral("4")};
    QCommandLineOption imageEncoder{QStringLiteral("image-encoder"), tr("TorchScript image encoder (see README)."),
                                    tr("FILE")};
    QCommandLineOption textEncoder{QStringLiteral("text-encoder"), tr("TorchScript text encoder (see README)."),
                                   tr("FILE")};
    QCommandLineOption freeze{QStringLiteral("freeze-encoders"), tr("Train only the heads, on cached encoder outputs.")};
    QCommandLineOption noImages{QStringLiteral("no-images"), tr("Text only: treat images as missing.")};
    QCommandLineOption initFrom{QStringLiteral("init-from"), tr("Fine-tune this model."), tr("MODEL")};
    QCommandLineOption prior{QStringLiteral("prior-correction"),
                             tr("Shift each class's logit by -ALPHA * log(its training share) at "
                                "prediction time (0 = none, 1 = balanced; ce and focal losses)."),
                             tr("ALPHA"), QString::number(TrainConfig().priorCorrection)};
    QCommandLineOption activate{QStringLiteral("activate"),
                                tr("With --project and no --out: make the new version the active model.")};
    QCommandLineOption cv{QStringLiteral("cv"), tr("Cross-validate with K folds instead (no model written)."), tr("K")};
    QCommandLineOption device = deviceOption();

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({data, project, images, val, output, loss, epochs, seed, lr, batch, patience,
                           imageEncoder, textEncoder, freeze, noImages, initFrom, prior, activate, cv, device});
    }
    // No --out: the model becomes a new version of the project.
    bool intoProject(const QCommandLineParser &p) const
    {
        return p.isSet(project) && !p.isSet(output) && !p.isSet(cv);
    }
};

class TrainCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString usage()
    {
        return tr("usage: entail train --data FILE.csv|--project FILE [--images DIR] [--val FILE.csv] "
                  "--out MODEL [--loss ce|weighted|focal] [--epochs N] [--seed N] [--cv K] [--device cpu|cuda]\n"
                  "       entail train --project FILE [--activate] ...   (no --out: a new model version of the project)");
    }

    static void printMetrics(const QString &title, const Metrics &m)
    {
        out() << tr("%1: %2 pairs, accuracy %3, macro-F1 %4 (F1: Contradictory %5, Implies %6, NoEntailment %7)")
                     .arg(title).arg(m.count).arg(m.accuracy, 0, 'f', 3).arg(m.macroF1, 0, 'f', 3)
                     .arg(m.perClass[Contradictory].f1, 0, 'f', 3).arg(m.perClass[Implies].f1, 0, 'f', 3)
                     .arg(m.perClass[NoEntailment].f1, 0, 'f', 3)
              << "\n";
        CliNotes::printBaseline(m, QStringLiteral("  "));
    }

    static void attach(Trainer &trainer)
    {
        const bool tty = isatty(STDERR_FILENO);
        trainer.onMessage = [](const QString &m) {
            err() << m << "\n";
            err().flush();
        };
        trainer.onProgress = [tty](const TrainProgress &p) {
            if (!tty)
                return;
            err() << "\r" << tr("epoch %1/%2  batch %3/%4  loss %5  ETA %6 s   ")
                                 .arg(p.epoch).arg(p.epochs).arg(p.batch).arg(p.batches)
                                 .arg(p.loss, 0, 'f', 4).arg(qRound(p.etaSeconds));
            err().flush();
        };
        trainer.onEpoch = [tty](const EpochSummary &s) {
            err() << (tty ? "\r" : "")
                  << tr("epoch %1: train loss %2, validation loss %3, validation macro-F1 %4, accuracy %5, "
                        "%6 s, ETA %7 s")
                         .arg(s.epoch).arg(s.trainLoss, 0, 'f', 4).arg(s.validationLoss, 0, 'f', 4)
                         .arg(s.validation.macroF1, 0, 'f', 3).arg(s.validation.accuracy, 0, 'f', 3)
                         .arg(s.seconds, 0, 'f', 1).arg(qRound(s.etaSeconds))
                  << "\n";
            err().flush();
        };
    }

    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Train an entailment model. Progress goes to stderr."));
        const TrainOptions o;
        o.addTo(parser);
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        TrainConfig config;
        int folds = 0;
        if (!readConfig(parser, o, &config, &folds) || !checkInputs(parser, o, config))
            return BadInput;
        Dataset ds;
        std::unique_ptr<ProjectStore> store;
        if (!loadData(parser, o, config.seed, &ds, &store))
            return BadInput;
        if (folds > 0)
            return crossValidate(ds, config, folds);
        if (o.intoProject(parser))
            return trainVersion(*store, ds, config, parser.isSet(o.activate));
        return train(ds, config, parser.value(o.output));
    }

    // The numbers and flags; false after printing the usage when one is malformed or they do not fit.
    static bool readConfig(const QCommandLineParser &parser, const TrainOptions &o, TrainConfig *config, int *folds)
    {
        bool okEpochs = false, okSeed = false, okLr = false, okBatch = false, okPatience = false, okCv = true,
             okPrior = false;
        config->epochs = parser.value(o.epochs).toInt(&okEpochs);
        config->seed = parser.value(o.seed).toULongLong(&okSeed);
        config->learningRate = parser.value(o.lr).toDouble(&okLr);
        config->batchSize = parser.value(o.batch).toInt(&okBatch);
        config->patience = parser.value(o.patience).toInt(&okPatience);
        config->imageEncoderFile = parser.value(o.imageEncoder);
        config->textEncoderFile = parser.value(o.textEncoder);
        config->trainEncoders = !parser.isSet(o.freeze);
        config->useImages = !parser.isSet(o.noImages);
        config->initFrom = parser.value(o.initFrom);
        config->priorCorrection = parser.value(o.prior).toDouble(&okPrior);
        config->device = parser.value(o.device);
        *folds = parser.isSet(o.cv) ? parser.value(o.cv).toInt(&okCv) : 0;
        const bool haveSource = parser.isSet(o.data) != parser.isSet(o.project);
        const bool intoProject = o.intoProject(parser);
        if (!haveSource || (!parser.isSet(o.output) && !parser.isSet(o.cv) && !intoProject)
            || (parser.isSet(o.activate) && !intoProject) || !okEpochs || config->epochs < 0 || !okSeed || !okLr
            || config->learningRate < 0 || !okBatch || config->batchSize < 1 || !okPatience || !okCv
            || (parser.isSet(o.cv) && *folds < 2) || !okPrior || config->priorCorrection < 0
            || config->priorCorrection > 2) {
            err() << usage() << "\n";
            return false;
        }
        return true;
    }

    // The loss name, the device and the input files; false after printing what is wrong.
    static bool checkInputs(const QCommandLineParser &parser, const TrainOptions &o, TrainConfig &config)
    {
        if (!lossFromName(parser.value(o.loss), &config.loss)) {
            err() << tr("unknown loss '%1' (expected ce, weighted or focal)").arg(parser.value(o.loss)) << "\n";
            return false;
        }
        if (!checkDevice(config.device))
            return false;
        for (const QString &file : {config.imageEncoderFile, config.textEncoderFile, config.initFrom}) {
            if (!file.isEmpty() && !QFileInfo(file).isFile()) {
                err() << (QFileInfo::exists(file) ? tr("%1: not a regular file") : tr("%1: no such file")).arg(file)
                      << "\n";
                return false;
            }
        }
        return true;
    }

    // The training CSV (with its splits) or the project, plus the validation CSV; false after printing why.
    static bool loadData(const QCommandLineParser &parser, const TrainOptions &o, quint64 seed, Dataset *ds,
                         std::unique_ptr<ProjectStore> *store)
    {
        if (parser.isSet(o.data)) {
            if (!loadCsv(parser.value(o.data), parser.value(o.images), ds))
                return false;
            // With a validation file the training file only gives up its 10% test split.
            assignSplits(ds->pairs, seed, 0.10, parser.isSet(o.val) ? 0.0 : 0.05);
        }
        if (parser.isSet(o.project)) {
            *store = std::make_unique<ProjectStore>();
            QString error;
            if (!(*store)->open(parser.value(o.project), &error)) {
                err() << error << "\n";
                return false;
            }
            *ds = (*store)->dataset();
        }
        if (parser.isSet(o.val)) {
            Dataset valSet;
            if (!loadCsv(parser.value(o.val), parser.value(o.images), &valSet))
                return false;
            for (Pair &p : valSet.pairs) {
                p.split = Split::Validation;
                ds->pairs.push_back(p);
            }
        }
        return true;
    }

    // Like the Train button: the model goes to the project's models folder as the next version, recorded
    // with its configuration, label snapshot, metrics and history, so that the GUI lists it.
    static int trainVersion(ProjectStore &store, const Dataset &ds, const TrainConfig &config, bool activate)
    {
        ModelVersion version;
        QString error;
        if (store.isReadOnly()) {  // refused before training rather than failing to record it afterwards
            err() << tr("entail train: %1: the project is read-only here, so a new version cannot be recorded")
                         .arg(store.path()) << "\n";
            return BadInput;
        }
        if (!TrainingRecord::prepareVersion(store, config, ds, &version, &error)
            || !OutputPath::check(version.file, &error)) {
            err() << tr("entail train: %1").arg(error) << "\n";
            return BadInput;
        }
        Trainer trainer(config);
        attach(trainer);
        std::vector<EpochSummary> history;
        trainer.onEpoch = [report = trainer.onEpoch, &history](const EpochSummary &s) {
            history.push_back(s);
            report(s);
        };
        const TrainResult r = trainer.train(ds, version.file, nullptr);
        if (!r.ok) {
            err() << tr("entail train: %1").arg(r.error) << "\n";
            return r.inputError ? BadInput : Internal;
        }
        if (!TrainingRecord::recordVersion(&store, &version, r, history, &error)
            || (activate && !store.setActiveModel(version.id, &error))) {
            err() << tr("entail train: %1").arg(error) << "\n";
            return BadInput;
        }
        out() << (activate ? tr("%1: version %2 recorded and active (%3; best epoch %4, %5 s)")
                           : tr("%1: version %2 recorded (%3; best epoch %4, %5 s)"))
                     .arg(QDir::toNativeSeparators(store.path()), version.name, QDir::toNativeSeparators(version.file))
                     .arg(r.bestEpoch).arg(r.seconds, 0, 'f', 1)
              << "\n";
        printMetrics(tr("validation"), r.validation);
        if (r.hasTest)
            printMetrics(tr("test"), r.test);
        CliNotes::printCalibration(r.calibration);
        return Ok;
    }

    static int train(const Dataset &ds, const TrainConfig &config, const QString &output)
    {
        Trainer trainer(config);
        attach(trainer);
        const TrainResult r = trainer.train(ds, output, nullptr);
        if (!r.ok) {
            err() << tr("entail train: %1").arg(r.error) << "\n";
            return r.inputError ? BadInput : Internal;
        }
        out() << tr("%1: written (best epoch %2, %3 s)").arg(output).arg(r.bestEpoch).arg(r.seconds, 0, 'f', 1)
              << "\n";
        printMetrics(tr("validation"), r.validation);
        if (r.hasTest)
            printMetrics(tr("test"), r.test);
        CliNotes::printCalibration(r.calibration);
        return Ok;
    }

    static int crossValidate(const Dataset &ds, const TrainConfig &config, int folds)
    {
        QElapsedTimer clock;
        clock.start();
        const CrossValidationResult cv = CrossValidation::run(
            ds, config, folds, 0.05,
            [](int fold, const TrainResult &r) {
                printMetrics(tr("fold %1 test (best epoch %2)").arg(fold + 1).arg(r.bestEpoch), r.test);
                out().flush();
            },
            [](Trainer &t) {
                t.onMessage = [](const QString &) {};
            });
        if (!cv.ok) {
            err() << tr("entail train: %1").arg(cv.error) << "\n";
            return Internal;
        }
        printMetrics(tr("pooled"), cv.pooled);
        out() << tr("macro-F1 %1 ± %2, accuracy %3 ± %4 over %5 folds (%6 s)")
                     .arg(cv.meanMacroF1, 0, 'f', 3).arg(cv.sdMacroF1, 0, 'f', 3)
                     .arg(cv.meanAccuracy, 0, 'f', 3).arg(cv.sdAccuracy, 0, 'f', 3).arg(folds)
                     .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
              << "\n";
        if (config.loss == LossKind::Weighted)
            return Ok;  // its correction is fixed (see the README)
        out() << tr("The same test predictions under other prior corrections (--prior-correction):") << "\n";
        for (const PriorCorrectionPoint &point : cv.priorSweep) {
            const Metrics &m = point.pooled;
            out() << tr("  alpha %1: accuracy %2, macro-F1 %3, F1 %4 / %5 / %6")
                         .arg(point.alpha, 0, 'f', 2).arg(m.accuracy, 0, 'f', 3).arg(m.macroF1, 0, 'f', 3)
                         .arg(m.perClass[0].f1, 0, 'f', 3).arg(m.perClass[1].f1, 0, 'f', 3)
                         .arg(m.perClass[2].f1, 0, 'f', 3)
                  << "\n";
        }
        return Ok;
    }
};

const Registration trainCommand({QStringLiteral("train"), TrainCli::tr("train a model (or cross-validate)"),
                                 &TrainCli::run});

}  // namespace
}  // namespace entail::cli
