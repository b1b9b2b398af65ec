// The model file: container round trip, identical predictions after save/load, refusal of damaged,
// foreign and incompatible files with a message naming the file.
#include "model/modelfile/checkpoint.h"
#include "model/image/imageloader.h"
#include "model/inference/predictor.h"
#include "model/modelfile/trainednetwork.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QtTest>

using namespace entail;

class TestCheckpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void containerRoundTrip();
    void refused_data();
    void refused();
    void writeIsAtomic();
    void refusesHostileFile_data();
    void refusesHostileFile();
    void modelRoundTripGivesIdenticalPredictions();

private:
    QTemporaryDir m_dir;
    QString m_valid;  // a valid container written in initTestCase
};

namespace {
CheckpointData sampleData()
{
    CheckpointData d;
    d.config[QStringLiteral("network")] = QJsonObject{{QStringLiteral("image_encoder"), QStringLiteral("cnn")},
                                                      {QStringLiteral("text_encoder"), QStringLiteral("transformer")}};
    d.config[QStringLiteral("training")] = QJsonObject{{QStringLiteral("loss"), QStringLiteral("focal")},
                                                       {QStringLiteral("epochs_run"), 7}};
    d.config[QStringLiteral("created_at")] = QStringLiteral("2026-01-02T03:04:05Z");
    d.labels = QStringList{QStringLiteral("Contradictory"), QStringLiteral("Implies"), QStringLiteral("NoEntailment")};
    d.tokenizer = QByteArray("tokenizer bytes\0with a NUL", 26);
    d.weights = QByteArray(100000, 'w');
    QJsonObject val;
    val[QStringLiteral("accuracy")] = 0.875;
    val[QStringLiteral("macro_f1")] = 0.5;
    val[QStringLiteral("confusion")] = QJsonArray{QJsonArray{1, 0, 0}, QJsonArray{0, 1, 0}, QJsonArray{0, 1, 5}};
    d.metrics[QStringLiteral("validation")] = val;
    d.metrics[QStringLiteral("has_test")] = false;
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

void TestCheckpoint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_valid = m_dir.filePath(QStringLiteral("valid.model"));
    QString error;
    QVERIFY2(Checkpoint::write(m_valid, sampleData(), &error), qPrintable(error));
}

void TestCheckpoint::containerRoundTrip()
{
    const CheckpointData in = sampleData();
    CheckpointData out;
    QString error;
    QVERIFY2(Checkpoint::read(m_valid, &out, &error), qPrintable(error));
    QCOMPARE(out.config, in.config);
    QCOMPARE(out.labels, in.labels);
    QCOMPARE(out.tokenizer, in.tokenizer);
    QCOMPARE(out.weights, in.weights);
    QVERIFY(out.imageEncoder.isEmpty());
    QCOMPARE(out.metrics, in.metrics);
    const std::optional<ModelInfo> info = Checkpoint::readInfo(m_valid, &error);
    QVERIFY(info);
    QCOMPARE(info->loss, QStringLiteral("focal"));
    QCOMPARE(info->epochs, 7);
    QCOMPARE(info->imageEncoder, QStringLiteral("cnn"));
    QCOMPARE(info->validation.accuracy, 0.875);
    QCOMPARE(info->validation.confusion[2][2], 5);
    QCOMPARE(info->hasTest, false);
}

void TestCheckpoint::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");  // in the message, besides the file name
    const QByteArray valid = readAll(m_valid);
    QVERIFY(valid.size() > 1000);

    QByteArray flipped = valid;
    flipped[valid.size() / 2] = char(flipped[valid.size() / 2] ^ 0x01);
    QTest::newRow("one bit flipped") << flipped << QStringLiteral("corrupt");
    QTest::newRow("truncated") << valid.left(valid.size() - 100) << QStringLiteral("corrupt");
    QTest::newRow("truncated to the header") << valid.left(20) << QStringLiteral("truncated");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an Entail Studio model");
    QTest::newRow("foreign file") << QByteArray("PK\x03\x04 some zip archive") << QStringLiteral("not an Entail Studio model");
    QByteArray newer = valid;
    newer[11] = 2;  // format version, big endian, bytes 8..11
    QTest::newRow("newer format") << newer << QStringLiteral("format 2 is not supported");
    QByteArray extra = valid;
    extra.insert(valid.size() - 32, "x");
    QTest::newRow("inserted byte") << extra << QStringLiteral("corrupt");

    // Well-formed but with different labels: re-written through the writer, so the checksum is right.
    CheckpointData other = sampleData();
    other.labels = QStringList{QStringLiteral("No"), QStringLiteral("Yes"), QStringLiteral("Maybe")};
    const QString otherPath = m_dir.filePath(QStringLiteral("other.model"));
    QString error;
    QVERIFY(Checkpoint::write(otherPath, other, &error));
    QTest::newRow("other labels") << readAll(otherPath) << QStringLiteral("labels");
}

void TestCheckpoint::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = entail::test::writeFile(m_dir.filePath(QStringLiteral("bad.model")), bytes);
    CheckpointData out;
    QString error;
    QVERIFY(!Checkpoint::read(path, &out, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!Checkpoint::readInfo(path, &error));
    QVERIFY(!Predictor::load(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestCheckpoint::refusesHostileFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QString>("expected");
    for (const QString &kind : test::hostileKinds())
        if (kind != QLatin1String("sparse"))
            QTest::newRow(qPrintable(kind)) << kind << QByteArray() << QStringLiteral("not a regular file");
    // 3 GB is under the 4 GB limit: the header and section lengths must refuse it before the body is read.
    QTest::newRow("sparse, magic only") << QStringLiteral("sparse") << QByteArray("ENTAILMD")
                                        << QStringLiteral("format 0 is not supported");
    QTest::newRow("sparse, magic and header")
        << QStringLiteral("sparse") << QByteArray("ENTAILMD\0\0\0\1\0\0\0\5", 16)
        << QStringLiteral("its sections do not match its size");
    QTest::newRow("sparse, one huge section")
        << QStringLiteral("sparse") << QByteArray("ENTAILMD\0\0\0\1\0\0\0\1WGTS\0\0\0\1\0\0\0\0", 28)
        << QStringLiteral("its sections do not match its size");
}

void TestCheckpoint::refusesHostileFile()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, prefix);
    QFETCH(QString, expected);
    const QString path = test::hostileFile(m_dir, kind, QStringLiteral("hostile.model"), prefix);
    CheckpointData out;
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!Checkpoint::read(path, &out, &error));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QFile::remove(path);
}

void TestCheckpoint::writeIsAtomic()
{
    // A failed write leaves nothing behind; the old file survives an overwrite until commit.
    QString error;
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/dir/m.model"));
    QVERIFY(!Checkpoint::write(nowhere, sampleData(), &error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
    const QString path = m_dir.filePath(QStringLiteral("overwrite.model"));
    QVERIFY(Checkpoint::write(path, sampleData(), &error));
    CheckpointData second = sampleData();
    second.weights = QByteArray(10, 'v');
    QVERIFY(Checkpoint::write(path, second, &error));
    CheckpointData back;
    QVERIFY(Checkpoint::read(path, &back, &error));
    QCOMPARE(back.weights, second.weights);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("overwrite.model*")}, QDir::Files).size(), 1);
}

void TestCheckpoint::modelRoundTripGivesIdenticalPredictions()
{
    torch::manual_seed(3);
    TrainedNetwork model;
    std::vector<QString> corpus;
    for (int i = 0; i < 200; ++i)
        corpus.push_back(QStringLiteral("Match day %1: Harbor FC against City %2, kick-off at %3:00 #football")
                             .arg(i).arg(i % 7).arg(i % 24));
    QString error;
    QVERIFY2(model.tokenizer.train(corpus, 400, 1, &error), qPrintable(error));
    NetConfig config;
    config.vocabSize = model.tokenizer.vocabSize();
    config.dModel = 32;
    config.feedForward = 64;
    config.cnnChannels = {4, 8, 8, 8};
    config.logitBias = {0.3, -0.2, 0.1};
    model.net = EntailmentNet(config);
    // Move the BatchNorm statistics away from their initial values: buffers must be saved too.
    model.net->train(true);
    model.net->encodeImages(torch::randn({4, 3, 128, 128}) + 0.5);
    model.net->eval();
    model.training[QStringLiteral("loss")] = QStringLiteral("ce");
    const QString path = m_dir.filePath(QStringLiteral("round.model"));
    QVERIFY2(model.save(path, &error), qPrintable(error));

    std::unique_ptr<TrainedNetwork> loaded = TrainedNetwork::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->tokenizer.serialized(), model.tokenizer.serialized());
    QCOMPARE(loaded->net->config().toJson(), model.net->config().toJson());
    const auto a = model.net->named_parameters(), b = loaded->net->named_parameters();
    QCOMPARE(a.size(), b.size());
    for (const auto &p : a)
        QVERIFY2(torch::equal(p.value(), b[p.key()]), p.key().c_str());
    for (const auto &buf : model.net->named_buffers())
        QVERIFY2(torch::equal(buf.value(), loaded->net->named_buffers()[buf.key()]), buf.key().c_str());

    // The same pair through the in-memory model and through a Predictor on the saved file.
    const QString imagePath = m_dir.filePath(QStringLiteral("img.png"));
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(QColor(200, 30, 40));
    QVERIFY(img.save(imagePath));
    Pair pair;
    pair.first.text = QStringLiteral("Match day 3: Harbor FC against City 3");
    pair.second.text = QStringLiteral("Match day 4: Harbor FC against City 4");
    pair.second.imageFile = imagePath;
    pair.second.imageMissing = false;
    std::unique_ptr<Predictor> predictor = Predictor::load(path, &error);
    QVERIFY2(predictor, qPrintable(error));
    const Prediction p1 = predictor->predict(pair);
    const Prediction p2 = Predictor::load(path, &error)->predict(pair);
    QCOMPARE(p1.both, p2.both);
    QCOMPARE(p1.textOnly, p2.textOnly);
    QCOMPARE(p1.imageOnly, p2.imageOnly);
    QCOMPARE(predictor->info().loss, QStringLiteral("ce"));

    torch::NoGradGuard noGrad;
    const EncodedPair enc = model.tokenizer.encodePair(pair.first.text, pair.second.text);
    const torch::Tensor text = model.net->encodeText(TextBatch::fromEncoded({&enc}));
    torch::Tensor present;
    const LoadedImage decoded = ImageLoader::load(imagePath);  // what the predictor decodes
    QVERIFY(decoded.ok);
    const torch::Tensor image = torch::from_blob(const_cast<float *>(decoded.chw.data()), {3, 128, 128}).clone();
    const torch::Tensor images = model.net->encodeImageList({torch::Tensor(), image}, &present);
    const torch::Tensor yes = torch::ones({1}, torch::kBool);
    const torch::Tensor probs = model.probabilities(model.net->head(
        {images.narrow(0, 0, 1), images.narrow(0, 1, 1), text, present.narrow(0, 0, 1), present.narrow(0, 1, 1), yes}));
    for (int c = 0; c < kNumClasses; ++c)
        QVERIFY2(std::fabs(probs[0][c].item<float>() - p1.both[size_t(c)]) < 1e-6, qPrintable(QString::number(c)));
    // A second predict() comes from the embedding cache and must not differ.
    QCOMPARE(predictor->predict(pair).both, p1.both);
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "test_checkpoint.moc"
