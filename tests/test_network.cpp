// The network's parts: exact-match flags, padding invariance, missing embeddings, the projection block,
// the CNN being skipped when no image is present, configuration JSON, the embedding cache.
#include "model/inference/embeddingcache.h"
#include "model/net/entailmentnet.h"
#include "model/net/netconfig.h"

#include <QJsonObject>
#include <QtTest>

using namespace entail;

Q_DECLARE_METATYPE(std::vector<int64_t>)

class TestNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exactMatch_data();
    void exactMatch();
    void textBatchTrimsPadding();
    void paddingDoesNotChangeTheEncoding();
    void shapes();
    void missingImageUsesLearnedEmbedding();
    void noImageSkipsTheCnn();
    void someImagesMissing();
    void projectionBlock();
    void configJson_data();
    void configJson();
    void cacheEvictsLeastRecentlyUsed();
};

namespace {
NetConfig smallConfig()
{
    NetConfig c;
    c.vocabSize = 50;
    c.dModel = 32;
    c.heads = 4;
    c.layers = 2;
    c.feedForward = 64;
    c.projectionDim = 32;
    c.cnnChannels = {4, 8, 8, 16};
    return c;
}

EncodedPair pair(std::vector<int64_t> a, std::vector<int64_t> b)
{
    EncodedPair p;
    p.ids.push_back(Tokenizer::Cls);
    p.segments.push_back(0);
    for (int64_t t : a) {
        p.ids.push_back(t);
        p.segments.push_back(0);
    }
    p.ids.push_back(Tokenizer::Sep);
    p.segments.push_back(0);
    for (int64_t t : b) {
        p.ids.push_back(t);
        p.segments.push_back(1);
    }
    p.ids.push_back(Tokenizer::Sep);
    p.segments.push_back(1);
    p.length = int(p.ids.size());
    p.mask.assign(p.ids.size(), 1);
    return p;
}

bool close(const torch::Tensor &a, const torch::Tensor &b, double tol = 1e-5)
{
    return a.sizes() == b.sizes() && (a - b).abs().max().item<double>() < tol;
}
}  // namespace

void TestNetwork::initTestCase() { torch::manual_seed(1); }

void TestNetwork::exactMatch_data()
{
    QTest::addColumn<std::vector<int64_t>>("first");
    QTest::addColumn<std::vector<int64_t>>("second");
    QTest::addColumn<std::vector<int64_t>>("expected");  // per position of [CLS] a [SEP] b [SEP]
    QTest::newRow("one shared token") << std::vector<int64_t>{7, 8} << std::vector<int64_t>{8, 9}
                                      << std::vector<int64_t>{0, 0, 1, 0, 1, 0, 0};
    QTest::newRow("only the number differs") << std::vector<int64_t>{10, 11, 12} << std::vector<int64_t>{10, 11, 13}
                                             << std::vector<int64_t>{0, 1, 1, 0, 0, 1, 1, 0, 0};
    QTest::newRow("repeat within one tweet is no match") << std::vector<int64_t>{7, 7} << std::vector<int64_t>{9}
                                                         << std::vector<int64_t>{0, 0, 0, 0, 0, 0};
    QTest::newRow("specials never match") << std::vector<int64_t>{Tokenizer::Unk} << std::vector<int64_t>{Tokenizer::Unk}
                                          << std::vector<int64_t>{0, 0, 0, 0, 0};
}

void TestNetwork::exactMatch()
{
    QFETCH(std::vector<int64_t>, first);
    QFETCH(std::vector<int64_t>, second);
    QFETCH(std::vector<int64_t>, expected);
    const EncodedPair p = pair(first, second);
    // A second, longer row makes the first one padded: padding must never count as a match.
    const EncodedPair longer = pair({20, 21, 22, 23, 24, 25}, {20});
    const TextBatch b = TextBatch::fromEncoded({&p, &longer});
    const torch::Tensor m = TextEncoderImpl::exactMatch(b.ids, b.segments, b.mask);
    QCOMPARE(m.size(1), b.ids.size(1));
    for (int64_t j = 0; j < m.size(1); ++j) {
        const int64_t want = j < int64_t(expected.size()) ? expected[size_t(j)] : 0;
        QCOMPARE(m[0][j].item<int64_t>(), want);
    }
    QCOMPARE(m[1][1].item<int64_t>(), int64_t(1));  // 20 occurs in both tweets of the longer pair
    QCOMPARE(m[1][2].item<int64_t>(), int64_t(0));
}

void TestNetwork::textBatchTrimsPadding()
{
    EncodedPair a = pair({7}, {8});
    EncodedPair b = pair({7, 8, 9}, {10});
    // The tokenizer pads to its maximum; the batch keeps only the longest real length.
    for (EncodedPair *p : {&a, &b}) {
        p->ids.resize(128, Tokenizer::Pad);
        p->segments.resize(128, 0);
        p->mask.resize(128, 0);
    }
    const TextBatch t = TextBatch::fromEncoded({&a, &b});
    QCOMPARE(t.ids.size(1), int64_t(b.length));
    QCOMPARE(t.mask.sum().item<int64_t>(), int64_t(a.length + b.length));
    QCOMPARE(t.ids[0][a.length].item<int64_t>(), int64_t(Tokenizer::Pad));
}

void TestNetwork::paddingDoesNotChangeTheEncoding()
{
    TextEncoder enc(smallConfig());
    enc->eval();
    torch::NoGradGuard noGrad;
    const EncodedPair a = pair({7, 8, 9}, {8, 10});
    const EncodedPair longer = pair({11, 12, 13, 14, 15, 16, 17, 18}, {19, 20, 21});
    const TextBatch alone = TextBatch::fromEncoded({&a});
    const TextBatch padded = TextBatch::fromEncoded({&a, &longer});
    QVERIFY(padded.ids.size(1) > alone.ids.size(1));
    const torch::Tensor x = enc->forward(alone.ids, alone.segments, alone.mask);
    const torch::Tensor y = enc->forward(padded.ids, padded.segments, padded.mask);
    QCOMPARE(x.size(1), int64_t(enc->outputDim()));
    QVERIFY(close(x[0], y[0]));
}

void TestNetwork::shapes()
{
    EntailmentNet net(smallConfig());
    QCOMPARE(net->config().imageDim, 16);
    QCOMPARE(net->config().textDim, 64);
    net->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor img = net->encodeImages(torch::randn({3, 3, 128, 128}));
    QCOMPARE(img.sizes(), (std::vector<int64_t>{3, 16}));
    const EncodedPair a = pair({7}, {8}), b = pair({9, 10}, {11});
    const torch::Tensor text = net->encodeText(TextBatch::fromEncoded({&a, &b}));
    QCOMPARE(text.sizes(), (std::vector<int64_t>{2, 64}));
    HeadInputs in{img.narrow(0, 0, 2), img.narrow(0, 1, 2), text, torch::ones({2}, torch::kBool),
                  torch::ones({2}, torch::kBool), torch::ones({2}, torch::kBool)};
    QCOMPARE(net->head(in).sizes(), (std::vector<int64_t>{2, 3}));
}

void TestNetwork::missingImageUsesLearnedEmbedding()
{
    EntailmentNet net(smallConfig());
    net->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor text = torch::randn({1, 64});
    const torch::Tensor yes = torch::ones({1}, torch::kBool), no = torch::zeros({1}, torch::kBool);
    // With the images marked missing, whatever the encoder produced does not matter...
    const torch::Tensor a = net->head({torch::randn({1, 16}), torch::randn({1, 16}), text, no, no, yes});
    const torch::Tensor b = net->head({torch::randn({1, 16}) * 10, torch::randn({1, 16}), text, no, no, yes});
    QVERIFY(close(a, b));
    // ...and it does when they are present.
    const torch::Tensor c = net->head({torch::randn({1, 16}) * 10, torch::randn({1, 16}), text, yes, yes, yes});
    QVERIFY(!close(a, c, 1e-4));
    // The missing embedding is a parameter that training updates.
    bool found = false;
    for (const auto &p : net->named_parameters())
        found = found || p.key() == "missing_image";
    QVERIFY(found);
}

void TestNetwork::noImageSkipsTheCnn()
{
    EntailmentNet net(smallConfig());
    net->train(true);
    torch::Tensor runningMean;
    for (const auto &b : net->named_buffers())
        if (b.key() == "cnn.norms.0.running_mean")
            runningMean = b.value();
    QVERIFY(runningMean.defined());
    const torch::Tensor before = runningMean.clone();
    torch::Tensor present;
    const torch::Tensor out = net->encodeImageList(std::vector<torch::Tensor>(4), &present);
    QCOMPARE(out.sizes(), (std::vector<int64_t>{4, 16}));
    QCOMPARE(present.sum().item<int64_t>(), int64_t(0));
    // In training mode a CNN pass would have moved the BatchNorm statistics.
    QVERIFY(torch::equal(before, runningMean));
    net->encodeImageList({torch::randn({3, 128, 128}), torch::Tensor()}, &present);
    QVERIFY(!torch::equal(before, runningMean));
}

void TestNetwork::someImagesMissing()
{
    EntailmentNet net(smallConfig());
    net->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({3, 128, 128}), y = torch::randn({3, 128, 128});
    torch::Tensor present;
    const torch::Tensor out = net->encodeImageList({x, torch::Tensor(), y}, &present);
    QCOMPARE(present[0].item<bool>(), true);
    QCOMPARE(present[1].item<bool>(), false);
    QCOMPARE(present[2].item<bool>(), true);
    QVERIFY(close(out[0], net->encodeImages(x.unsqueeze(0))[0]));
    QVERIFY(close(out[2], net->encodeImages(y.unsqueeze(0))[0]));
    QCOMPARE(out[1].abs().sum().item<double>(), 0.0);
}

void TestNetwork::projectionBlock()
{
    Projection proj(6, 4, 0.5);
    proj->eval();  // dropout off
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({5, 6});
    std::map<std::string, torch::Tensor> p;
    for (const auto &kv : proj->named_parameters())
        p[kv.key()] = kv.value();
    // Dense -> GELU -> Dense -> (Dropout) -> + the first Dense's output -> LayerNorm
    const torch::Tensor projected = torch::addmm(p["dense_in.bias"], x, p["dense_in.weight"].t());
    const torch::Tensor y = torch::addmm(p["dense_out.bias"], torch::gelu(projected), p["dense_out.weight"].t()) + projected;
    const torch::Tensor mean = y.mean(1, true);
    const torch::Tensor var = y.var(1, false, true);
    const torch::Tensor expected = (y - mean) / torch::sqrt(var + 1e-5) * p["norm.weight"] + p["norm.bias"];
    QVERIFY(close(proj->forward(x), expected));
    // In training mode dropout makes two passes differ.
    proj->train(true);
    QVERIFY(!close(proj->forward(x), proj->forward(x), 1e-6));
}

void TestNetwork::configJson_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unchanged") << QString() << QJsonValue() << true;
    QTest::newRow("torchscript text") << QStringLiteral("text_encoder") << QJsonValue(QStringLiteral("torchscript"))
                                      << true;
    QTest::newRow("unknown encoder") << QStringLiteral("image_encoder") << QJsonValue(QStringLiteral("vit")) << false;
    QTest::newRow("heads do not divide") << QStringLiteral("heads") << QJsonValue(5) << false;
    QTest::newRow("dropout 1") << QStringLiteral("dropout") << QJsonValue(1.0) << false;
    QTest::newRow("bad channel list") << QStringLiteral("cnn_channels") << QJsonValue(QJsonArray{1, 2}) << false;
    QTest::newRow("tiny vocabulary") << QStringLiteral("vocab_size") << QJsonValue(3) << false;
    // Issue 10 item 8: sizes whose products would overflow 32 bits are refused in a checkpoint too.
    QTest::newRow("image dim at the bound") << QStringLiteral("image_dim") << QJsonValue(NetConfig::kMaxEncoderDim)
                                            << true;
    QTest::newRow("image dim 2e9") << QStringLiteral("image_dim") << QJsonValue(2e9) << false;
    QTest::newRow("text dim above the bound") << QStringLiteral("text_dim")
                                              << QJsonValue(NetConfig::kMaxEncoderDim + 1) << false;
    QTest::newRow("projection dim 2e9") << QStringLiteral("projection_dim") << QJsonValue(2e9) << false;
}

void TestNetwork::configJson()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    NetConfig c = smallConfig();
    c.imageDim = 16;
    c.textDim = 64;
    c.logitBias = {0.5, -0.25, 0.0};
    QJsonObject json = c.toJson();
    if (!key.isEmpty())
        json[key] = value;
    NetConfig back;
    QString error;
    QCOMPARE(NetConfig::fromJson(json, &back, &error), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    if (key.isEmpty())
        QCOMPARE(back.toJson(), c.toJson());
    QCOMPARE(back.logitBias[1], -0.25);
    QCOMPARE(back.cnnChannels[3], 16);
}

void TestNetwork::cacheEvictsLeastRecentlyUsed()
{
    EmbeddingCache cache(2);
    cache.insert("a", torch::ones({2}));
    cache.insert("b", torch::ones({2}) * 2);
    QVERIFY(cache.find("a").defined());  // "a" is now the most recent
    cache.insert("c", torch::ones({2}) * 3);
    QCOMPARE(cache.size(), 2);
    QVERIFY(!cache.find("b").defined());
    QCOMPARE(cache.find("c")[0].item<float>(), 3.0f);
    QVERIFY(EmbeddingCache::textKey(QStringLiteral("a"), QStringLiteral("bc"))
            != EmbeddingCache::textKey(QStringLiteral("ab"), QStringLiteral("c")));
    QVERIFY(EmbeddingCache::imageKey(QStringLiteral("/no/such/file.png")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "test_network.moc"
