#include "model/training/trainingdata.h"

#include "model/image/imageloader.h"
#include "model/net/torchdevice.h"

#include <QHash>

#include <algorithm>

namespace entail {

namespace {
// Length-sorting window, in batches: large enough to cut padding, small enough to keep batches random.
constexpr int kSortWindowBatches = 8;
int g_imageBudget = 4096;

// [3, side, side] in half precision; undefined when the image could not be read.
torch::Tensor halfImage(const LoadedImage &img)
{
    const int64_t side = ImageLoader::kSize;
    if (!img.ok || int64_t(img.chw.size()) != 3 * side * side)
        return {};
    return torch::from_blob(const_cast<float *>(img.chw.data()), {3, side, side}).to(torch::kHalf);
}
}  // namespace

int TrainingData::imageBudget() { return g_imageBudget; }
void TrainingData::setImageBudget(int images) { g_imageBudget = std::max(0, images); }

std::vector<torch::Tensor> TrainingData::imagesOf(const std::vector<int> &files) const
{
    std::vector<torch::Tensor> out(files.size());
    QStringList todo;
    std::vector<size_t> where;
    for (size_t i = 0; i < files.size(); ++i) {
        const int r = files[i];
        if (r >= 0 && r < int(m_images.size()))
            out[i] = m_images[size_t(r)];
        else if (r >= 0) {
            todo << m_files.at(r);
            where.push_back(i);
        }
    }
    if (todo.isEmpty())
        return out;
    const std::vector<LoadedImage> loaded = ImageLoader::loadMany(todo);
    for (size_t j = 0; j < where.size(); ++j)
        out[where[j]] = halfImage(loaded[j]);
    return out;
}

EncodedPair TrainingData::Item::encoded() const
{
    EncodedPair e;
    e.ids.assign(tokens.begin(), tokens.end());
    e.segments.assign(tokens.size(), 0);
    std::fill(e.segments.begin() + std::min<long>(secondStart, long(tokens.size())), e.segments.end(), 1);
    e.length = length();
    return e;
}

TextBatch TrainingData::textBatch(const std::vector<int64_t> &rows, const torch::Device &device) const
{
    std::vector<EncodedPair> encoded;
    encoded.reserve(rows.size());
    for (int64_t r : rows)
        encoded.push_back(m_items[size_t(r)].encoded());
    std::vector<const EncodedPair *> ptrs;
    for (const EncodedPair &e : encoded)
        ptrs.push_back(&e);
    return TextBatch::fromEncoded(ptrs, device);
}

void TrainingData::prepare(const std::vector<Pair> &pairs, const Tokenizer &tokenizer, bool useImages,
                           int maxLength)
{
    m_items.clear();
    m_files.clear();
    m_images.clear();
    m_unreadable = 0;
    m_firstReason.clear();
    QHash<QString, int> imageRow;
    QStringList files;
    for (const Pair &p : pairs) {
        Item item;
        const EncodedPair e = tokenizer.encodePair(p.first.text, p.second.text, maxLength);
        item.tokens.assign(e.ids.begin(), e.ids.begin() + e.length);
        item.secondStart = int(std::find(e.segments.begin(), e.segments.begin() + e.length, 1) - e.segments.begin());
        item.label = p.currentLabel;
        item.split = p.split;
        const Tweet *tweets[2] = {&p.first, &p.second};
        for (int k = 0; k < 2; ++k) {
            const Tweet &t = *tweets[k];
            if (!useImages || t.imageMissing || t.imageFile.isEmpty())
                continue;
            auto it = imageRow.constFind(t.imageFile);
            if (it == imageRow.constEnd()) {
                it = imageRow.insert(t.imageFile, int(files.size()));
                files << t.imageFile;
            }
            item.image[k] = it.value();
        }
        m_items.push_back(std::move(item));
    }
    m_files = files;
    const std::vector<LoadedImage> loaded = ImageLoader::loadMany(files.mid(0, std::min(int(files.size()), g_imageBudget)));
    std::vector<uint8_t> readable;
    for (size_t i = 0; i < loaded.size(); ++i) {
        m_images.push_back(halfImage(loaded[i]));
        readable.push_back(m_images.back().defined() ? 1 : 0);
        if (readable.back())
            continue;
        ++m_unreadable;
        if (m_firstReason.isEmpty())
            m_firstReason = files.at(int(i)) + QStringLiteral(": ") + loaded[i].reason;
    }
    forgetUnreadable(readable);
}

void TrainingData::forgetUnreadable(const std::vector<uint8_t> &readable)
{
    for (Item &item : m_items)
        for (int &r : item.image)
            if (r >= 0 && r < int(readable.size()) && !readable[size_t(r)])
                r = -1;
}

void TrainingData::cacheEmbeddings(EntailmentNet &net, int batchSize)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net->is_training();
    net->eval();
    const torch::Device device = net->device();
    const torch::TensorOptions floats = torch::TensorOptions(device).dtype(torch::kFloat32);
    std::vector<torch::Tensor> text;
    for (size_t start = 0; start < m_items.size(); start += size_t(batchSize)) {
        std::vector<int64_t> chunk;
        for (size_t i = start; i < std::min(m_items.size(), start + size_t(batchSize)); ++i)
            chunk.push_back(int64_t(i));
        text.push_back(net->encodeText(textBatch(chunk, device)));
    }
    m_textEmbeddings = text.empty() ? torch::zeros({0, net->config().textDim}, floats) : torch::cat(text);
    std::vector<torch::Tensor> images;
    std::vector<uint8_t> readable;
    for (int start = 0; start < int(m_files.size()); start += batchSize) {
        std::vector<int> chunk;
        for (int i = start; i < std::min(int(m_files.size()), start + batchSize); ++i)
            chunk.push_back(i);
        torch::Tensor present;
        images.push_back(net->encodeImageList(imagesOf(chunk), &present));
        const torch::Tensor flags = present.cpu().to(torch::kUInt8).contiguous();
        readable.insert(readable.end(), flags.data_ptr<uint8_t>(), flags.data_ptr<uint8_t>() + flags.numel());
    }
    m_imageEmbeddings = images.empty() ? torch::zeros({1, net->config().imageDim}, floats) : torch::cat(images);
    forgetUnreadable(readable);  // images beyond the budget were read only now
    net->train(wasTraining);
}

HeadInputs TrainingData::encode(EntailmentNet &net, const std::vector<int64_t> &rows,
                                const std::vector<uint8_t> &dropText, const std::vector<uint8_t> &dropImages) const
{
    const int64_t b = int64_t(rows.size());
    const torch::Device device = net->device();
    auto dropped = [](const std::vector<uint8_t> &flags, int64_t i) { return !flags.empty() && flags[size_t(i)]; };
    HeadInputs in;
    std::vector<uint8_t> textPresent(static_cast<size_t>(b));
    for (int64_t i = 0; i < b; ++i)
        textPresent[size_t(i)] = dropped(dropText, i) ? 0 : 1;
    in.textPresent = TorchDevice::flags(textPresent, device);
    if (m_textEmbeddings.defined()) {
        in.text = m_textEmbeddings.index_select(0, TorchDevice::indices(rows, device));
    } else {
        in.text = net->encodeText(textBatch(rows, device));
    }

    if (m_imageEmbeddings.defined()) {
        std::vector<int64_t> idx[2];
        std::vector<uint8_t> present[2];
        for (int k = 0; k < 2; ++k) {
            for (int64_t i = 0; i < b; ++i) {
                const int r = m_items[size_t(rows[size_t(i)])].image[k];
                const bool here = r >= 0 && !dropped(dropImages, i);
                idx[k].push_back(here ? r : 0);
                present[k].push_back(here ? 1 : 0);
            }
        }
        in.image1 = m_imageEmbeddings.index_select(0, TorchDevice::indices(idx[0], device));
        in.image2 = m_imageEmbeddings.index_select(0, TorchDevice::indices(idx[1], device));
        in.image1Present = TorchDevice::flags(present[0], device);
        in.image2Present = TorchDevice::flags(present[1], device);
        return in;
    }
    std::vector<int> files(size_t(2 * b), -1);
    for (int k = 0; k < 2; ++k) {
        for (int64_t i = 0; i < b; ++i) {
            const int r = m_items[size_t(rows[size_t(i)])].image[k];
            if (r >= 0 && !dropped(dropImages, i))
                files[size_t(k * b + i)] = r;
        }
    }
    torch::Tensor present;
    const torch::Tensor all = net->encodeImageList(imagesOf(files), &present);
    in.image1 = all.narrow(0, 0, b);
    in.image2 = all.narrow(0, b, b);
    in.image1Present = present.narrow(0, 0, b);
    in.image2Present = present.narrow(0, b, b);
    return in;
}

torch::Tensor TrainingData::labels(const std::vector<int64_t> &rows, const torch::Device &device) const
{
    std::vector<int64_t> y;
    for (int64_t r : rows)
        y.push_back(m_items[size_t(r)].label);
    return TorchDevice::indices(y, device);
}

std::vector<std::vector<int64_t>> TrainingData::batches(const std::vector<int64_t> &rows, int batchSize,
                                                       std::mt19937_64 *rng) const
{
    std::vector<int64_t> order = rows;
    std::shuffle(order.begin(), order.end(), *rng);
    const size_t window = size_t(batchSize) * kSortWindowBatches;
    for (size_t start = 0; start < order.size(); start += window) {
        const auto end = order.begin() + long(std::min(order.size(), start + window));
        std::stable_sort(order.begin() + long(start), end, [this](int64_t a, int64_t b) {
            return m_items[size_t(a)].length() < m_items[size_t(b)].length();
        });
    }
    std::vector<std::vector<int64_t>> out;
    for (size_t start = 0; start < order.size(); start += size_t(batchSize))
        out.emplace_back(order.begin() + long(start),
                         order.begin() + long(std::min(order.size(), start + size_t(batchSize))));
    std::shuffle(out.begin(), out.end(), *rng);
    return out;
}

}  // namespace entail
