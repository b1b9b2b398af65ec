// Model versions: the record of config + label snapshot + metrics, the versions table, the comparison of
// two versions (flipped pairs, confusion change), the Models panel, stale partial files, and a training
// process killed mid-run leaving the project and its active model intact.
#include "model/data/demo.h"
#include "model/metrics/metricsjson.h"
#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "ui/versions/confusiondeltamodel.h"
#include "ui/versions/flippedpairsmodel.h"
#include "ui/versions/modelspanel.h"
#include "ui/versions/modelversionsmodel.h"
#include "ui/session/projectsession.h"
#include "ui/training/trainingcontroller.h"
#include "model/training/trainingrecord.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace entail;

namespace {
constexpr int kTrainTimeoutMs = 600000;

Pair makePair(int i, int label, Split split)
{
    Pair p;
    p.first.id = QString::number(100 + 2 * i);
    p.second.id = QString::number(101 + 2 * i);
    p.first.text = QStringLiteral("first tweet %1").arg(i);
    p.second.text = QStringLiteral("second tweet %1").arg(i);
    p.originalLabel = p.currentLabel = label;
    p.split = split;
    return p;
}

Prediction predicting(int label, float confidence = 0.8f)
{
    Prediction p;
    p.both.fill((1.f - confidence) / 2.f);
    p.both[size_t(label)] = confidence;
    return p;
}

Metrics metricsWithF1(double f1, double accuracy)
{
    Metrics m;
    m.count = 10;
    m.macroF1 = f1;
    m.accuracy = accuracy;
    m.confusion[0][0] = 4;
    m.confusion[1][1] = 3;
    m.confusion[2][1] = 3;
    return m;
}

// A project with `n` labeled pairs: splits cycle train, train, validation, test.
bool makeStore(ProjectStore &store, const QString &path, int n, Dataset *ds)
{
    QString error;
    if (!store.create(path, &error))
        return false;
    const Split splits[] = {Split::Train, Split::Train, Split::Validation, Split::Test};
    for (int i = 0; i < n; ++i)
        ds->pairs.push_back(makePair(i, i % kNumClasses, splits[i % 4]));
    return store.addPairs(*ds, QStringLiteral("test"), &error);
}

// Child mode of the kill test: trains on the project until killed, reporting each batch on stdout.
int runTrainChild(const QString &project)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    store.close();  // the training thread opens its own connection
    TrainingController controller;
    controller.setProjectPath(project);
    QObject::connect(&controller, &TrainingController::progress, [](const TrainProgress &p) {
        printf("progress %d %d\n", p.epoch, p.batch);
        fflush(stdout);
    });
    QObject::connect(&controller, &TrainingController::finished, [] { QCoreApplication::exit(5); });
    QObject::connect(&controller, &TrainingController::failed, [](const QString &e) {
        fprintf(stderr, "%s\n", qPrintable(e));
        QCoreApplication::exit(4);
    });
    TrainConfig config;
    config.epochs = 500;  // never ends on its own within the test
    config.trainEncoders = true;
    config.patience = 0;
    if (!controller.start(config, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    return QCoreApplication::exec();
}
}  // namespace

class TestModelsVersions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void configRoundTrip_data();
    void configRoundTrip();
    void labelSnapshot();
    void versionsModel();
    void comparison_data();
    void comparison();
    void confusionDelta();
    void modelsPanelCompareAndJump();
    void killedTrainingLeavesActiveModelLoadable();
    void damagedProjectIsNotOpened();

private:
    QTemporaryDir m_dir;
};

void TestModelsVersions::configRoundTrip_data()
{
    QTest::addColumn<TrainConfig>("config");
    TrainConfig heads;
    heads.loss = LossKind::CrossEntropy;
    heads.epochs = 3;
    heads.trainEncoders = false;
    heads.modalityDropout = 0.0;
    QTest::newRow("cross-entropy, heads only") << heads;
    TrainConfig focal;
    focal.loss = LossKind::Focal;
    focal.learningRate = 2.5e-4;
    focal.batchSize = 16;
    focal.seed = 18446744073709551557ULL;  // above 2^53: must not pass through a double
    focal.useImages = false;
    focal.priorCorrection = 0.75;
    QTest::newRow("focal, big seed, text only") << focal;
    TrainConfig fine;
    fine.initFrom = QStringLiteral("/tmp/p.entail.models/v1.entailmodel");
    fine.imageEncoderFile = QStringLiteral("/enc/resnet.pt");
    fine.patience = 7;
    fine.vocabSize = 1234;
    QTest::newRow("weighted, fine-tune, TorchScript encoder") << fine;
}

void TestModelsVersions::configRoundTrip()
{
    QFETCH(TrainConfig, config);
    const TrainConfig back = TrainingRecord::configFromJson(TrainingRecord::configToJson(config));
    QCOMPARE(back.loss, config.loss);
    QCOMPARE(back.epochs, config.epochs);
    QCOMPARE(back.learningRate, config.learningRate);
    QCOMPARE(back.batchSize, config.batchSize);
    QCOMPARE(back.seed, config.seed);
    QCOMPARE(back.modalityDropout, config.modalityDropout);
    QCOMPARE(back.trainEncoders, config.trainEncoders);
    QCOMPARE(back.useImages, config.useImages);
    QCOMPARE(back.imageEncoderFile, config.imageEncoderFile);
    QCOMPARE(back.textEncoderFile, config.textEncoderFile);
    QCOMPARE(back.initFrom, config.initFrom);
    QCOMPARE(back.vocabSize, config.vocabSize);
    QCOMPARE(back.patience, config.patience);
    QCOMPARE(back.priorCorrection, config.priorCorrection);
}

void TestModelsVersions::labelSnapshot()
{
    Dataset ds;
    ds.pairs = {makePair(0, Implies, Split::Train), makePair(1, kNoLabel, Split::Train),
                makePair(2, Contradictory, Split::Validation), makePair(3, NoEntailment, Split::Test)};
    for (size_t i = 0; i < ds.pairs.size(); ++i)
        ds.pairs[i].key = qint64(10 + i);
    TrainConfig config;
    config.loss = LossKind::Focal;
    ModelVersion v;
    v.configJson = TrainingRecord::configJson(config, ds);
    const VersionRecord r = TrainingRecord::read(v);
    QVERIFY(r.hasConfig);
    QCOMPARE(r.config.loss, LossKind::Focal);
    const std::map<qint64, int> expected{{10, Implies}, {11, kNoLabel}, {12, Contradictory}, {13, NoEntailment}};
    QCOMPARE(r.labels, expected);
    QCOMPARE(r.labeled[size_t(Split::Train)], 1);
    QCOMPARE(r.labeled[size_t(Split::Validation)], 1);
    QCOMPARE(r.labeled[size_t(Split::Test)], 1);
    QCOMPARE(r.labelsSha256, TrainingRecord::labelsSha256(ds));

    Dataset reordered = ds;
    std::reverse(reordered.pairs.begin(), reordered.pairs.end());
    QCOMPARE(TrainingRecord::labelsSha256(reordered), r.labelsSha256);
    Dataset corrected = ds;
    corrected.pairs[1].currentLabel = Implies;
    QVERIFY(TrainingRecord::labelsSha256(corrected) != r.labelsSha256);
    Dataset moved = ds;
    moved.pairs[0].split = Split::Test;
    QVERIFY(TrainingRecord::labelsSha256(moved) != r.labelsSha256);
}

void TestModelsVersions::versionsModel()
{
    ProjectStore store;
    Dataset ds;
    QVERIFY(makeStore(store, m_dir.filePath(QStringLiteral("versions.entail")), 8, &ds));
    ModelVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 0);

    TrainConfig heads;
    heads.trainEncoders = false;
    heads.loss = LossKind::CrossEntropy;
    TrainResult result;
    result.validation = metricsWithF1(0.75, 0.8);
    result.test = metricsWithF1(0.5, 0.6);
    result.hasTest = true;
    result.bestEpoch = 4;
    ModelVersion a;
    a.file = QDir(store.modelsDir()).filePath(QStringLiteral("v1.entailmodel"));
    a.configJson = TrainingRecord::configJson(heads, store.dataset());
    a.metricsJson = TrainingRecord::metricsJson(result, {});
    QString error;
    QVERIFY2(store.addModel(a, &error), qPrintable(error));
    ModelVersion b;  // written by another tool: no record of ours
    b.file = QStringLiteral("/elsewhere/b.entailmodel");
    QVERIFY2(store.addModel(b, &error), qPrintable(error));
    QVERIFY2(store.setActiveModel(b.id, &error), qPrintable(error));
    model.reload();

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ModelVersionsModel::ColumnCount));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(0, ModelVersionsModel::Name).toString(), QStringLiteral("v1"));
    QCOMPARE(cell(0, ModelVersionsModel::Loss).toString(), QStringLiteral("cross-entropy"));
    QCOMPARE(cell(0, ModelVersionsModel::Parts).toString(), QStringLiteral("heads only"));
    QCOMPARE(cell(0, ModelVersionsModel::BestEpoch).toInt(), 4);
    QCOMPARE(cell(0, ModelVersionsModel::TrainPairs).toInt(), 4);  // 8 pairs, half in train
    QCOMPARE(cell(0, ModelVersionsModel::ValidationF1).toString(), QLocale().toString(0.75, 'f', 3));
    QCOMPARE(cell(0, ModelVersionsModel::ValidationAccuracy).toString(), QLocale().toString(0.8, 'f', 3));
    QCOMPARE(cell(0, ModelVersionsModel::TestF1).toString(), QLocale().toString(0.5, 'f', 3));
    QCOMPARE(cell(0, ModelVersionsModel::Status).toString(), QString());
    QVERIFY(!cell(0, Qt::DisplayRole, ModelVersionsModel::ActiveRole).toBool());
    QVERIFY(!cell(1, ModelVersionsModel::ValidationF1).isValid());
    QCOMPARE(cell(1, ModelVersionsModel::Status).toString(), QStringLiteral("active"));
    QVERIFY(cell(1, ModelVersionsModel::Name, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(1, ModelVersionsModel::Name, ModelVersionsModel::VersionIdRole).toLongLong(), b.id);
    QCOMPARE(model.activeRow(), 1);
    QCOMPARE(model.rowOf(a.id), 0);
    QCOMPARE(model.rowOf(-5), -1);
}

void TestModelsVersions::comparison_data()
{
    QTest::addColumn<QList<int>>("labels");  // current label per pair (-1 unlabeled)
    QTest::addColumn<QList<int>>("splits");
    QTest::addColumn<QList<int>>("before");
    QTest::addColumn<QList<int>>("after");   // -1: the version has no prediction for the pair
    QTest::addColumn<bool>("heldOut");
    QTest::addColumn<int>("compared");
    QTest::addColumn<int>("fixed");
    QTest::addColumn<int>("broken");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("diagonalChange");  // sum of the diagonal of after - before

    QTest::newRow("identical") << QList<int>{0, 1, 2} << QList<int>{0, 0, 0} << QList<int>{0, 1, 1}
                               << QList<int>{0, 1, 1} << false << 3 << 0 << 0 << 0 << 0;
    QTest::newRow("one fixed, one broken") << QList<int>{0, 1, 2, 2} << QList<int>{0, 0, 1, 2}
                                           << QList<int>{0, 2, 2, 1} << QList<int>{1, 2, 2, 2} << false << 4
                                           << 1 << 1 << 0 << 0;
    QTest::newRow("still wrong and unlabeled") << QList<int>{0, -1, 1} << QList<int>{0, 0, 0}
                                               << QList<int>{1, 0, 0} << QList<int>{2, 1, 0} << false << 3
                                               << 0 << 0 << 2 << 0;
    QTest::newRow("held out only") << QList<int>{0, 1, 2, 2} << QList<int>{0, 0, 1, 2}
                                   << QList<int>{1, 0, 0, 0} << QList<int>{0, 1, 2, 2} << true << 2
                                   << 2 << 0 << 0 << 2;
    QTest::newRow("missing prediction skipped") << QList<int>{0, 1} << QList<int>{0, 0} << QList<int>{1, 0}
                                                << QList<int>{0, -1} << false << 1 << 1 << 0 << 0 << 1;
}

void TestModelsVersions::comparison()
{
    QFETCH(QList<int>, labels);
    QFETCH(QList<int>, splits);
    QFETCH(QList<int>, before);
    QFETCH(QList<int>, after);
    QFETCH(bool, heldOut);
    Dataset ds;
    PairKeys beforeKeys, afterKeys;
    Predictions beforePredictions, afterPredictions;
    for (int i = 0; i < labels.size(); ++i) {
        Pair p = makePair(i, labels[i], Split(splits[i]));
        p.key = 100 + i;
        p.first.text += QStringLiteral(" &amp; co");  // shown decoded (issue 11 item 8)
        ds.pairs.push_back(p);
        beforeKeys.push_back(p.key);
        beforePredictions.push_back(predicting(before[i]));
        if (after[i] >= 0) {
            afterKeys.push_back(p.key);
            afterPredictions.push_back(predicting(after[i], 0.6f));
        }
    }
    FlippedPairsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.compare(ds, QStringLiteral("v1"), beforeKeys, beforePredictions, QStringLiteral("v2"), afterKeys,
                  afterPredictions, heldOut ? FlippedPairsModel::Scope::HeldOut : FlippedPairsModel::Scope::AllPairs);
    QTEST(model.comparedPairs(), "compared");
    QTEST(model.count(FlippedPairsModel::Change::Fixed), "fixed");
    QTEST(model.count(FlippedPairsModel::Change::Broken), "broken");
    QTEST(model.count(FlippedPairsModel::Change::Changed), "changed");
    QFETCH(int, fixed);
    QFETCH(int, broken);
    QFETCH(int, changed);
    QCOMPARE(model.rowCount(), fixed + broken + changed);
    const Confusion d = model.difference();
    QTEST(d[0][0] + d[1][1] + d[2][2], "diagonalChange");
    int total = 0;
    for (const auto &row : d)
        for (int v : row)
            total += v;
    QCOMPARE(total, 0);  // the same pairs are counted on both sides
    QCOMPARE(model.headerData(FlippedPairsModel::Before, Qt::Horizontal).toString(), QStringLiteral("v1"));
    for (int row = 0; row < model.rowCount(); ++row) {
        const FlippedPair &f = model.flipped(row);
        QVERIFY(f.before != f.after);
        QCOMPARE(model.index(row, FlippedPairsModel::PairKey).data(FlippedPairsModel::PairKeyRole).toLongLong(), f.key);
        QCOMPARE(f.afterConfidence, 0.6f);
        QVERIFY(model.index(row, FlippedPairsModel::Text).data().toString().endsWith(QStringLiteral(" & co")));
        QVERIFY(model.index(row, FlippedPairsModel::Text).data(Qt::ToolTipRole).toString().contains(QStringLiteral(" & co")));
    }
}

void TestModelsVersions::confusionDelta()
{
    ConfusionDeltaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConfusionDeltaModel::Matrix before{}, after{};
    before[0][0] = 5;
    after[0][0] = 8;   // more right: good
    before[1][2] = 1;
    after[1][2] = 4;   // more confusion: bad
    before[2][2] = 6;
    after[2][2] = 5;   // fewer right: bad
    before[2][0] = 2;  // less confusion: good
    model.setMatrices(before, after);
    QCOMPARE(model.rowCount(), kNumClasses);
    QCOMPARE(model.delta(0, 0), 3);
    QCOMPARE(model.delta(1, 2), 3);
    QCOMPARE(model.delta(2, 0), -2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("8 (+3)"));
    QCOMPARE(model.index(2, 2).data().toString(), QStringLiteral("5 (−1)"));
    const auto colour = [&](int r, int c) { return model.index(r, c).data(Qt::BackgroundRole).value<QColor>(); };
    QVERIFY(colour(0, 0).green() > colour(0, 0).red());
    QVERIFY(colour(2, 0).green() > colour(2, 0).red());
    QVERIFY(colour(1, 2).red() > colour(1, 2).green());
    QVERIFY(colour(2, 2).red() > colour(2, 2).green());
    QVERIFY(colour(0, 0).alpha() > colour(2, 2).alpha());  // a bigger change is a stronger tint
    QVERIFY(!model.index(1, 1).data(Qt::BackgroundRole).isValid());
}

void TestModelsVersions::modelsPanelCompareAndJump()
{
    ProjectStore store;
    Dataset ds;
    QVERIFY(makeStore(store, m_dir.filePath(QStringLiteral("panel.entail")), 6, &ds));
    const Dataset stored = store.dataset();
    QString error;
    TrainResult result;
    result.validation = metricsWithF1(0.625, 0.7);
    ModelVersion a, b;
    for (ModelVersion *v : {&a, &b}) {
        v->file = QDir(store.modelsDir()).filePath(QStringLiteral("%1.entailmodel").arg(v == &a ? 1 : 2));
        v->configJson = TrainingRecord::configJson(TrainConfig{}, stored);
        v->metricsJson = TrainingRecord::metricsJson(result, {});
        QVERIFY2(store.addModel(*v, &error), qPrintable(error));
    }
    QVERIFY2(store.setActiveModel(a.id, &error), qPrintable(error));
    // Labels are 0,1,2,0,1,2. Version a predicts all 0; version b gets pairs 1 and 2 right, breaks pair 3.
    PairKeys keys;
    Predictions pa, pb;
    const int bLabels[] = {0, 1, 2, 1, 0, 0};
    for (size_t i = 0; i < stored.pairs.size(); ++i) {
        keys.push_back(stored.pairs[i].key);
        pa.push_back(predicting(0));
        pb.push_back(predicting(bLabels[i]));
    }
    QVERIFY(store.savePredictions(a.id, keys, pa, &error));
    QVERIFY(store.savePredictions(b.id, keys, pb, &error));

    ProjectSession session;
    QSignalSpy opened(&session, &ProjectSession::opened);
    session.open(store.path());
    QVERIFY(opened.wait());
    ModelsPanel panel(&session);
    panel.resize(900, 700);
    panel.setStore(session.store());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.selectedVersionId(), b.id);  // the newest is selected
    QVERIFY(panel.detailsText().contains(QLocale().toString(0.625, 'f', 3)));
    QVERIFY(panel.compareButton()->isEnabled());
    QVERIFY(panel.activateButton()->isEnabled());

    const QString shots = QStringLiteral(ENTAIL_BINARY_DIR "/screenshots");  // for looking at
    QDir().mkpath(shots);
    panel.grab().save(shots + QStringLiteral("/models_panel_details.png"));

    QSignalSpy ready(&panel, &ModelsPanel::comparisonReady);
    QTest::mouseClick(panel.compareButton(), Qt::LeftButton);
    QVERIFY(ready.wait());  // compared on a worker thread
    QCOMPARE(panel.comparison()->rowCount(), 3);  // pairs 2, 3 and 4 flipped
    QCOMPARE(panel.comparison()->count(FlippedPairsModel::Change::Fixed), 2);
    QCOMPARE(panel.comparison()->count(FlippedPairsModel::Change::Broken), 1);
    QCOMPARE(panel.confusionDelta()->delta(1, 1), 1);
    QCOMPARE(panel.confusionDelta()->delta(0, 0), -1);  // pair 3 (label 0) now wrong
    QVERIFY(panel.comparisonSummary().contains(QStringLiteral("v2")));

    panel.grab().save(shots + QStringLiteral("/models_panel_comparison.png"));

    QSignalSpy jumped(&panel, &ModelsPanel::pairActivated);
    QTableView *view = panel.flippedView();
    const QModelIndex second = view->model()->index(1, FlippedPairsModel::Text);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
    QCOMPARE(jumped.count(), 1);
    QCOMPARE(jumped.first().at(0).toLongLong(), stored.pairs[2].key);  // sorted by key: the 2nd flip

    panel.selectVersion(a.id);  // the active one: nothing to compare or activate
    QVERIFY(!panel.compareButton()->isEnabled());
    QVERIFY(!panel.activateButton()->isEnabled());
}

void TestModelsVersions::killedTrainingLeavesActiveModelLoadable()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.entail"));
    QString error;
    QVERIFY2(DemoProject::generate(path, &error, nullptr, 120), qPrintable(error));
    ProjectStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));

    // A first, quick version, made active the way the GUI does it.
    TrainingController controller;
    ProjectSession session;
    QSignalSpy opened(&session, &ProjectSession::opened);
    session.open(path);
    QVERIFY(opened.wait());
    controller.setProjectPath(path);
    QSignalSpy finished(&controller, &TrainingController::finished);
    QSignalSpy activated(&session, &ProjectSession::modelChanged);
    TrainConfig quick;
    quick.epochs = 1;
    quick.trainEncoders = false;
    QVERIFY2(controller.start(quick, &error), qPrintable(error));
    QVERIFY(finished.wait(kTrainTimeoutMs));
    session.activateVersion(finished.first().at(0).value<ModelVersion>());
    QVERIFY(activated.wait(kTrainTimeoutMs));
    const ModelVersion v1 = *store.activeModel();
    store.close();

    // Another process trains on the same project and is killed in the middle.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENTAIL_TRAIN_CHILD"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    while (!output.contains("progress 1 2") && child.state() == QProcess::Running) {
        child.waitForReadyRead(1000);
        output += child.readAllStandardOutput();
    }
    QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
    child.kill();  // SIGKILL: no clean-up code runs
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QVERIFY2(store.open(path, &error), qPrintable(error));
    const std::vector<ModelVersion> versions = store.models();
    QCOMPARE(int(versions.size()), 1);
    QCOMPARE(store.activeModel()->id, v1.id);
    std::unique_ptr<Predictor> predictor = Predictor::load(store.activeModel()->file, &error);
    QVERIFY2(predictor, qPrintable(error));
    QCOMPARE(predictor->predictAll(store.dataset().pairs).size(), store.dataset().pairs.size());
    QCOMPARE(QDir(store.modelsDir()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(v1.file).fileName()});
    PairKeys keys;
    Predictions predictions;
    QVERIFY(store.loadPredictions(v1.id, &keys, &predictions));
}

// The window is told why a damaged project cannot be opened, instead of showing it with 0 pairs.
void TestModelsVersions::damagedProjectIsNotOpened()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.entail"));
    QString error;
    QVERIFY2(DemoProject::generate(path, &error, nullptr, 60), qPrintable(error));
    QVERIFY(QFile::resize(path, QFileInfo(path).size() - 1));
    ProjectSession session;
    QSignalSpy opened(&session, &ProjectSession::opened);
    QSignalSpy failed(&session, &ProjectSession::openFailed);
    session.open(path);
    QVERIFY(failed.wait());
    QCOMPARE(opened.count(), 0);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QFileInfo(path).absoluteFilePath()) && message.contains(QStringLiteral("damaged")),
             qPrintable(message));
}

int main(int argc, char **argv)
{
    entail::initRuntime();
    const QByteArray child = qgetenv("ENTAIL_TRAIN_CHILD");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runTrainChild(QString::fromLocal8Bit(child));
    }
    QApplication app(argc, argv);
    TestModelsVersions test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_models_versions.moc"
