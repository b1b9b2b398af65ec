// Pretrained-encoder import: TorchScript modules built here in C++ (and a ResNet-50 exported by
// packaging/export_torchscript.py through python3-torchvision) plug into training, checkpoint and prediction.
#include "model/modelfile/checkpoint.h"
#include "model/inference/predictor.h"
#include "model/net/scriptencoder.h"
#include "model/training/trainer.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QtTest>

#include <torch/script.h>

using namespace entail;

class TestTorchScript : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validModules();
    void contractViolations_data();
    void contractViolations();
    void tooWideOutputRefusedByCli();
    void trainWithScriptEncoders_data();
    void trainWithScriptEncoders();
    void resnet50FromExportScript();

private:
    QString save(torch::jit::Module &m, const QString &name);
    QTemporaryDir m_dir;
    QString m_image, m_text;  // valid modules
    Dataset m_data;           // small pairs with images
};

namespace {
constexpr int kTextVocab = 4000;  // embedding rows of the text module: more than the test tokenizers have

torch::jit::Module imageModule(const char *body)
{
    torch::jit::Module m("ImageEncoder");
    m.register_parameter("w", torch::randn({3, 8}) * 0.5, false);
    m.define(body);
    return m;
}

torch::jit::Module textModule(const char *body)
{
    torch::jit::Module m("TextEncoder");
    m.register_parameter("emb", torch::randn({kTextVocab, 8}) * 0.5, false);
    m.register_parameter("seg", torch::randn({8}) * 0.5, false);
    m.define(body);
    return m;
}

const char *const kImageForward = R"(
def forward(self, images):
    return torch.tanh(images.mean([2, 3]).matmul(self.w))
)";
const char *const kTextForward = R"(
def forward(self, token_ids, segment_ids, padding_mask):
    e = torch.embedding(self.emb, token_ids) + segment_ids.unsqueeze(2).float() * self.seg
    m = padding_mask.unsqueeze(2).float()
    return (e * m).sum(1) / m.sum(1).clamp_min(1.0)
)";

// Modules whose rows have 100,000 values (beyond NetConfig::kMaxEncoderDim): a broadcast view, so that
// nothing that large is allocated by the module itself.
const char *const kWideImageForward = R"(
def forward(self, images):
    return images.mean([1, 2, 3]).unsqueeze(1).expand(-1, 100000)
)";
const char *const kWideTextForward = R"(
def forward(self, token_ids, segment_ids, padding_mask):
    return token_ids.float().mean(1, keepdim=True).expand(-1, 100000)
)";
const QString kTooWide = QStringLiteral("returns 100000 values per row; at most 65536 are supported");

QString writeImage(const QString &path, const QColor &colour)
{
    QImage img(96, 80, QImage::Format_RGB32);
    img.fill(colour);
    return img.save(path) ? path : QString();
}
}  // namespace

QString TestTorchScript::save(torch::jit::Module &m, const QString &name)
{
    const QString path = m_dir.filePath(name);
    m.save(path.toStdString());
    return path;
}

void TestTorchScript::initTestCase()
{
    QVERIFY(m_dir.isValid());
    torch::manual_seed(5);
    torch::jit::Module image = imageModule(kImageForward);
    torch::jit::Module text = textModule(kTextForward);
    m_image = save(image, QStringLiteral("image.pt"));
    m_text = save(text, QStringLiteral("text.pt"));
    // Pairs whose label is in the second image's colour (red = Contradictory, green = Implies) or in the
    // text (other topic = NoEntailment).
    const QString red = writeImage(m_dir.filePath(QStringLiteral("red.png")), QColor(220, 30, 30));
    const QString green = writeImage(m_dir.filePath(QStringLiteral("green.png")), QColor(30, 200, 40));
    const QString grey = writeImage(m_dir.filePath(QStringLiteral("grey.jpg")), QColor(128, 128, 128));
    QVERIFY(!red.isEmpty() && !green.isEmpty() && !grey.isEmpty());
    for (int i = 0; i < 60; ++i) {
        Pair p;
        const int label = i % 3;
        p.first.text = QStringLiteral("Harbor FC match on day %1").arg(i % 7);
        p.second.text = label == NoEntailment ? QStringLiteral("City library opens on day %1").arg(i % 5)
                                              : QStringLiteral("Harbor FC status for day %1").arg(i % 7);
        p.first.imageFile = grey;
        p.second.imageFile = label == Contradictory ? red : green;
        p.first.imageMissing = p.second.imageMissing = false;
        p.currentLabel = label;
        p.split = i % 5 == 0 ? Split::Validation : Split::Train;  // all three labels
        m_data.pairs.push_back(p);
    }
}

void TestTorchScript::validModules()
{
    QString error;
    auto image = ScriptEncoder::loadFile(m_image, ScriptEncoder::Kind::Image, 0, &error);
    QVERIFY2(image, qPrintable(error));
    QCOMPARE(image->outputDim(), 8);
    auto text = ScriptEncoder::loadFile(m_text, ScriptEncoder::Kind::Text, 300, &error);
    QVERIFY2(text, qPrintable(error));
    QCOMPARE(text->outputDim(), 8);
    torch::NoGradGuard noGrad;
    QCOMPARE(image->forwardImages(torch::randn({5, 3, 128, 128})).sizes(), (std::vector<int64_t>{5, 8}));
    // The serialized module loads again and computes the same thing.
    auto again = ScriptEncoder::load(image->serialized(), ScriptEncoder::Kind::Image, 0, QStringLiteral("x"), &error);
    QVERIFY(again);
    const torch::Tensor x = torch::randn({2, 3, 128, 128});
    QVERIFY(torch::equal(image->forwardImages(x), again->forwardImages(x)));
}

void TestTorchScript::contractViolations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("image");
    QTest::addColumn<QString>("expected");
    torch::jit::Module flat = imageModule("def forward(self, images):\n    return images.mean([1, 2, 3])\n");
    torch::jit::Module pair = imageModule(
        "def forward(self, images):\n    y = images.mean([2, 3])\n    return (y, y)\n");
    torch::jit::Module ints = imageModule(
        "def forward(self, images):\n    return images.mean([2, 3]).long()\n");
    torch::jit::Module oneRow = imageModule(
        "def forward(self, images):\n    return images.mean([0, 2, 3]).unsqueeze(0)\n");
    QTest::newRow("returns [B]") << save(flat, QStringLiteral("flat.pt")) << true << QStringLiteral("contract");
    QTest::newRow("returns a tuple") << save(pair, QStringLiteral("tuple.pt")) << true << QStringLiteral("contract");
    QTest::newRow("integer output") << save(ints, QStringLiteral("ints.pt")) << true << QStringLiteral("contract");
    QTest::newRow("ignores the batch") << save(oneRow, QStringLiteral("row.pt")) << true << QStringLiteral("contract");
    torch::jit::Module wideImage = imageModule(kWideImageForward);
    torch::jit::Module wideText = textModule(kWideTextForward);
    QTest::newRow("image rows too wide") << save(wideImage, QStringLiteral("wide_image.pt")) << true << kTooWide;
    QTest::newRow("text rows too wide") << save(wideText, QStringLiteral("wide_text.pt")) << false << kTooWide;
    QTest::newRow("image module as text encoder") << m_image << false << QStringLiteral("contract");
    QTest::newRow("text module as image encoder") << m_text << true << QStringLiteral("contract");
    QTest::newRow("not TorchScript") << entail::test::writeFile(m_dir.filePath(QStringLiteral("junk.pt")), "junk")
                                     << true << QStringLiteral("not a TorchScript module");
    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("none.pt")) << true << QStringLiteral("cannot read");
    // Refused before reading: only regular files, at most 2 GB (the sparse file is a zip header and 3 GB of hole).
    for (const QString &kind : entail::test::hostileKinds()) {
        const bool sparse = kind == QLatin1String("sparse");
        QTest::newRow(qPrintable(kind + QStringLiteral(" as encoder")))
            << entail::test::hostileFile(m_dir, kind, kind + QStringLiteral(".pt"), QByteArray("PK\x03\x04", 4))
            << true << (sparse ? QStringLiteral("too large") : QStringLiteral("not a regular file"));
    }
}

void TestTorchScript::contractViolations()
{
    QFETCH(QString, file);
    QFETCH(bool, image);
    QFETCH(QString, expected);
    QString error;
    auto enc = ScriptEncoder::loadFile(file, image ? ScriptEncoder::Kind::Image : ScriptEncoder::Kind::Text, 300,
                                       &error);
    QVERIFY(!enc);
    QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // The trainer refuses it the same way, before any work, and flags it as the user's input.
    TrainConfig config;
    config.vocabSize = 400;
    (image ? config.imageEncoderFile : config.textEncoderFile) = file;
    const TrainResult r = Trainer(config).train(m_data, m_dir.filePath(QStringLiteral("never.model")), nullptr);
    QVERIFY(!r.ok);
    QVERIFY(r.inputError);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.model"))));
}

// `entail train` refuses a too-wide encoder as bad input (exit 2), naming the file, the size and the bound.
void TestTorchScript::tooWideOutputRefusedByCli()
{
    QByteArray csv("id_1,text_1,image_1,id_2,text_2,image_2,label\n");
    for (int i = 0; i < 12; ++i)
        csv += QByteArray::number(100 + 2 * i) + ",Harbor FC day " + QByteArray::number(i) + ",," +
               QByteArray::number(101 + 2 * i) + ",City news " + QByteArray::number(i % 3) + ",," +
               (i % 3 == 0 ? "Contradictory" : i % 3 == 1 ? "Implies" : "NoEntailment") + "\n";
    const QString data = entail::test::writeFile(m_dir.filePath(QStringLiteral("cli/pairs.csv")), csv);
    torch::jit::Module wideImage = imageModule(kWideImageForward);
    torch::jit::Module wideText = textModule(kWideTextForward);
    const QString image = save(wideImage, QStringLiteral("cli_wide_image.pt"));
    const QString text = save(wideText, QStringLiteral("cli_wide_text.pt"));
    for (const auto &[option, file] : {std::pair{QStringLiteral("--image-encoder"), image},
                                       std::pair{QStringLiteral("--text-encoder"), text}}) {
        const QString out = m_dir.filePath(QStringLiteral("cli/never.entailmodel"));
        const auto run = entail::test::runEntail({QStringLiteral("train"), QStringLiteral("--data"), data,
                                                  QStringLiteral("--out"), out, option, file});
        QVERIFY2(run.code == 2, qPrintable(QString::number(run.code) + run.err));
        QVERIFY2(run.err.contains(file) && run.err.contains(kTooWide), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }
}

void TestTorchScript::trainWithScriptEncoders_data()
{
    QTest::addColumn<bool>("trainEncoders");
    QTest::newRow("frozen, cached embeddings") << false;
    QTest::newRow("fine-tuned") << true;
}

void TestTorchScript::trainWithScriptEncoders()
{
    QFETCH(bool, trainEncoders);
    TrainConfig config;
    config.imageEncoderFile = m_image;
    config.textEncoderFile = m_text;
    config.trainEncoders = trainEncoders;
    config.epochs = 100;
    config.patience = 0;
    config.vocabSize = 400;
    config.learningRate = 1e-2;
    const QString model = m_dir.filePath(trainEncoders ? QStringLiteral("tuned.model") : QStringLiteral("frozen.model"));
    const TrainResult r = Trainer(config).train(m_data, model, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    // The image carries Implies vs Contradictory: only a working image path gets those right.
    QVERIFY2(r.validation.macroF1 > 0.9, qPrintable(QString::number(r.validation.macroF1)));

    CheckpointData data;
    QString error;
    QVERIFY2(Checkpoint::read(model, &data, &error), qPrintable(error));
    QVERIFY(!data.imageEncoder.isEmpty() && !data.textEncoder.isEmpty());
    auto stored = ScriptEncoder::load(data.imageEncoder, ScriptEncoder::Kind::Image, 0, QStringLiteral("stored"), &error);
    auto original = ScriptEncoder::loadFile(m_image, ScriptEncoder::Kind::Image, 0, &error);
    QVERIFY(stored && original);
    // Frozen encoders come back unchanged; fine-tuned ones carry their new weights.
    QCOMPARE(torch::equal(stored->parameters().front(), original->parameters().front()), !trainEncoders);

    std::unique_ptr<Predictor> predictor = Predictor::load(model, &error);
    QVERIFY2(predictor, qPrintable(error));
    QCOMPARE(predictor->info().imageEncoder, QStringLiteral("torchscript:image.pt"));
    QCOMPARE(predictor->info().textEncoder, QStringLiteral("torchscript:text.pt"));
    int right = 0;
    const std::vector<Prediction> all = predictor->predictAll(m_data.pairs);
    for (size_t i = 0; i < all.size(); ++i)
        right += all[i].label() == m_data.pairs[i].currentLabel;
    QVERIFY2(right >= 54, qPrintable(QString::number(right)));
    // One pair alone gives what it gave in a batch (up to float rounding of another matmul shape).
    const Prediction one = predictor->predict(m_data.pairs[1]);
    for (int c = 0; c < kNumClasses; ++c)
        QVERIFY(std::fabs(one.both[size_t(c)] - all[1].both[size_t(c)]) < 1e-5f);
}

void TestTorchScript::resnet50FromExportScript()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import torchvision")});
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("python3-torchvision is not installed (/usr/bin/python3 -c 'import torchvision' failed)");
    const QString out = m_dir.filePath(QStringLiteral("resnet50.pt"));
    QProcess exporter;
    exporter.start(python, {QStringLiteral(ENTAIL_SOURCE_DIR "/packaging/export_torchscript.py"),
                            QStringLiteral("resnet50"), QStringLiteral("--out"), out});
    QVERIFY(exporter.waitForFinished(300000));
    QVERIFY2(exporter.exitCode() == 0, exporter.readAllStandardError().constData());
    QString error;
    auto enc = ScriptEncoder::loadFile(out, ScriptEncoder::Kind::Image, 0, &error);
    QVERIFY2(enc, qPrintable(error));
    QCOMPARE(enc->outputDim(), 2048);

    // Frozen ResNet-50 features, heads trained on them, and the model predicting from raw images.
    Dataset small;
    for (size_t i = 0; i < 24; ++i)
        small.pairs.push_back(m_data.pairs[i]);
    TrainConfig config;
    config.imageEncoderFile = out;
    config.trainEncoders = false;
    config.epochs = 3;
    config.vocabSize = 400;
    const QString model = m_dir.filePath(QStringLiteral("resnet.model"));
    const TrainResult r = Trainer(config).train(small, model, nullptr);
    QVERIFY2(r.ok, qPrintable(r.error));
    std::unique_ptr<Predictor> predictor = Predictor::load(model, &error);
    QVERIFY2(predictor, qPrintable(error));
    QCOMPARE(predictor->info().imageEncoder, QStringLiteral("torchscript:resnet50.pt"));
    const Prediction p = predictor->predict(small.pairs[0]);
    float sum = 0;
    for (float v : p.both)
        sum += v;
    QVERIFY(std::fabs(sum - 1.0f) < 1e-4f);
}

QTEST_GUILESS_MAIN(TestTorchScript)
#include "test_torchscript.moc"
