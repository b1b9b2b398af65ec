#include "model/inference/predictor.h"

#include "model/inference/embeddingcache.h"
#include "model/image/imageloader.h"
#include "model/modelfile/trainednetwork.h"
#include "model/net/computedevice.h"
#include "model/net/torchdevice.h"

#include <QHash>

namespace entail {

namespace {
constexpr int kPredictBatch = 32;

// An empty tensor in the cache marks an image that could not be read (so it is not decoded again).
bool unreadable(const torch::Tensor &t) { return t.defined() && t.numel() == 0; }
}  // namespace

struct Predictor::Impl {
    std::unique_ptr<TrainedNetwork> model;
    ModelInfo info;
    mutable EmbeddingCache cache;

    // Three rows per pair: both modalities, text only (images missing), image only (text missing).
    std::vector<Prediction> run(const torch::Tensor &text, const torch::Tensor &image1,
                                const torch::Tensor &image2, const std::vector<uint8_t> &present1,
                                const std::vector<uint8_t> &present2) const;
    // Text embeddings of pairs, from the cache or computed in one batch.
    torch::Tensor textEmbeddings(const std::vector<const Pair *> &pairs) const;
    // Image embeddings ([K, D], zero rows where missing) and presence flags of `files` (empty = missing).
    torch::Tensor imageEmbeddings(const QStringList &files, std::vector<uint8_t> *present) const;
    // Float tensors on the network's device.
    torch::TensorOptions options() const { return torch::TensorOptions(model->net->device()).dtype(torch::kFloat32); }
};

Predictor::Predictor() : d(std::make_unique<Impl>()) {}
Predictor::~Predictor() = default;

std::unique_ptr<Predictor> Predictor::load(const QString &modelFile, QString *error, const QString &device)
{
    if (!ComputeDevice::check(device, error))
        return nullptr;
    std::unique_ptr<TrainedNetwork> model = TrainedNetwork::load(modelFile, error);
    if (!model)
        return nullptr;
    std::unique_ptr<Predictor> p(new Predictor);
    p->d->info = model->info(modelFile);
    p->d->model = std::move(model);
    p->d->model->net->moveTo(TorchDevice::from(device));
    p->d->model->net->eval();
    return p;
}

ModelInfo Predictor::info() const { return d->info; }

void Predictor::clearCache() { d->cache.clear(); }

torch::Tensor Predictor::Impl::textEmbeddings(const std::vector<const Pair *> &pairs) const
{
    const int64_t dim = model->net->config().textDim;
    torch::Tensor out = torch::empty({int64_t(pairs.size()), dim}, options());
    std::vector<QByteArray> keys;
    std::vector<int64_t> todo;
    std::vector<EncodedPair> encoded;
    for (size_t i = 0; i < pairs.size(); ++i) {
        const QByteArray key = EmbeddingCache::textKey(pairs[i]->first.text, pairs[i]->second.text);
        const torch::Tensor hit = cache.find(key);
        if (hit.defined()) {
            out[int64_t(i)].copy_(hit);
            continue;
        }
        keys.push_back(key);
        todo.push_back(int64_t(i));
        encoded.push_back(model->tokenizer.encodePair(pairs[i]->first.text, pairs[i]->second.text,
                                                      model->net->config().maxLength));
    }
    if (todo.empty())
        return out;
    std::vector<const EncodedPair *> ptrs;
    for (const EncodedPair &e : encoded)
        ptrs.push_back(&e);
    const torch::Tensor computed = model->net->encodeText(TextBatch::fromEncoded(ptrs, model->net->device()));
    for (size_t j = 0; j < todo.size(); ++j) {
        out[todo[j]].copy_(computed[int64_t(j)]);
        cache.insert(keys[j], computed[int64_t(j)].clone());
    }
    return out;
}

torch::Tensor Predictor::Impl::imageEmbeddings(const QStringList &files, std::vector<uint8_t> *present) const
{
    const int64_t dim = model->net->config().imageDim;
    torch::Tensor out = torch::zeros({int64_t(files.size()), dim}, options());
    present->assign(size_t(files.size()), 0);
    if (!model->net->config().useImages)
        return out;
    QHash<QByteArray, QList<int>> todo;  // key -> rows waiting for it
    QStringList todoFiles;
    QList<QByteArray> todoKeys;
    for (int i = 0; i < files.size(); ++i) {
        const QByteArray key = EmbeddingCache::imageKey(files.at(i));
        if (key.isEmpty())
            continue;
        const torch::Tensor hit = cache.find(key);
        if (unreadable(hit))
            continue;
        if (hit.defined()) {
            out[i].copy_(hit);
            (*present)[size_t(i)] = 1;
            continue;
        }
        if (!todo.contains(key)) {
            todoFiles << files.at(i);
            todoKeys << key;
        }
        todo[key] << i;
    }
    if (todoFiles.isEmpty())
        return out;
    const std::vector<LoadedImage> loaded = ImageLoader::loadMany(todoFiles);
    std::vector<torch::Tensor> images;
    QList<QByteArray> readKeys;
    for (int j = 0; j < todoFiles.size(); ++j) {
        const LoadedImage &img = loaded[size_t(j)];
        const int64_t side = ImageLoader::kSize;
        if (!img.ok || int64_t(img.chw.size()) != 3 * side * side) {
            cache.insert(todoKeys.at(j), torch::empty({0}));
            continue;
        }
        images.push_back(torch::from_blob(const_cast<float *>(img.chw.data()), {3, side, side}).clone());
        readKeys << todoKeys.at(j);
    }
    if (images.empty())
        return out;
    const torch::Tensor computed = model->net->encodeImages(torch::stack(images).to(model->net->device()));
    for (int j = 0; j < readKeys.size(); ++j) {
        const torch::Tensor row = computed[j].clone();
        cache.insert(readKeys.at(j), row);
        for (int i : todo.value(readKeys.at(j))) {
            out[i].copy_(row);
            (*present)[size_t(i)] = 1;
        }
    }
    return out;
}

std::vector<Prediction> Predictor::Impl::run(const torch::Tensor &text, const torch::Tensor &image1,
                                             const torch::Tensor &image2, const std::vector<uint8_t> &present1,
                                             const std::vector<uint8_t> &present2) const
{
    const int64_t b = text.size(0);
    const torch::Device device = text.device();
    auto flags = [&device](const std::vector<uint8_t> &v) { return TorchDevice::flags(v, device); };
    const torch::Tensor yes = torch::ones({b}, torch::TensorOptions(device).dtype(torch::kBool));
    const torch::Tensor no = torch::zeros({b}, torch::TensorOptions(device).dtype(torch::kBool));
    HeadInputs in;
    in.text = text.repeat({3, 1});
    in.image1 = image1.repeat({3, 1});
    in.image2 = image2.repeat({3, 1});
    in.textPresent = torch::cat({yes, yes, no});
    in.image1Present = torch::cat({flags(present1), no, flags(present1)});
    in.image2Present = torch::cat({flags(present2), no, flags(present2)});
    const torch::Tensor probs = model->probabilities(model->net->head(in)).cpu().contiguous();
    const auto acc = probs.accessor<float, 2>();
    std::vector<Prediction> out(static_cast<size_t>(b));
    for (int64_t i = 0; i < b; ++i) {
        for (int c = 0; c < kNumClasses; ++c) {
            out[size_t(i)].both[size_t(c)] = acc[i][c];
            out[size_t(i)].textOnly[size_t(c)] = acc[b + i][c];
            out[size_t(i)].imageOnly[size_t(c)] = acc[2 * b + i][c];
        }
    }
    return out;
}

namespace {
QString imageFileOf(const Tweet &t) { return t.imageMissing ? QString() : t.imageFile; }
}  // namespace

Prediction Predictor::predict(const Pair &pair) const
{
    torch::InferenceMode guard;
    const torch::Tensor text = d->textEmbeddings({&pair});
    std::vector<uint8_t> present;
    const torch::Tensor images = d->imageEmbeddings({imageFileOf(pair.first), imageFileOf(pair.second)}, &present);
    return d->run(text, images.narrow(0, 0, 1), images.narrow(0, 1, 1), {present[0]}, {present[1]}).front();
}

std::vector<Prediction> Predictor::predictAll(const std::vector<Pair> &pairs,
                                              const std::function<void(int, int)> &progress,
                                              const std::atomic<bool> *cancel) const
{
    torch::InferenceMode guard;
    std::vector<Prediction> out;
    out.reserve(pairs.size());
    const int total = int(pairs.size());
    for (int start = 0; start < total; start += kPredictBatch) {
        if (cancel && cancel->load())
            return {};
        const int end = std::min(total, start + kPredictBatch);
        std::vector<const Pair *> chunk;
        QStringList files;
        for (int i = start; i < end; ++i)
            chunk.push_back(&pairs[size_t(i)]);
        for (const Pair *p : chunk)
            files << imageFileOf(p->first);
        for (const Pair *p : chunk)
            files << imageFileOf(p->second);
        const int64_t b = int64_t(chunk.size());
        const torch::Tensor text = d->textEmbeddings(chunk);
        std::vector<uint8_t> present;
        const torch::Tensor images = d->imageEmbeddings(files, &present);
        const std::vector<uint8_t> p1(present.begin(), present.begin() + b), p2(present.begin() + b, present.end());
        for (Prediction &p : d->run(text, images.narrow(0, 0, b), images.narrow(0, b, b), p1, p2))
            out.push_back(p);
        if (progress)
            progress(end, total);
    }
    return out;
}

}  // namespace entail
