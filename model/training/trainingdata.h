#pragma once
// The labeled pairs of a training run, prepared once for the network: token ids (only the real tokens, as
// 32-bit ids: ~200 bytes for a pair of tweets instead of 3 KB padded to the maximum length; a batch's padded
// tensors are built when it runs), decoded images (in half precision, 96 KB each: the first imageBudget()
// distinct images are decoded once and kept, those of larger sets beyond them are decoded again for each
// batch that uses them) and, when the encoders are frozen, their embeddings (computed once).
#include "model/net/entailmentnet.h"
#include "model/core/types.h"
#include "model/text/tokenizer.h"

#include <QStringList>

#include <atomic>
#include <random>
#include <vector>

namespace entail {

class TrainingData final {
public:
    struct Item {
        std::vector<int32_t> tokens;  // [CLS] a [SEP] b [SEP], no padding
        int secondStart = 0;          // index of b's first token (segment 1 from there on)
        int length() const { return int(tokens.size()); }
        EncodedPair encoded() const;  // unpadded: what TextBatch reads
        int image[2] = {-1, -1};  // distinct image file, -1 = missing (or unreadable)
        int label = kNoLabel;
        Split split = Split::Train;
    };

    // Distinct images kept decoded (default 4096, ~400 MB); the tests lower it.
    static int imageBudget();
    static void setImageBudget(int images);

    // Tokenizes every pair and decodes the distinct images (in parallel, up to the budget) unless `useImages`
    // is false.
    void prepare(const std::vector<Pair> &pairs, const Tokenizer &tokenizer, bool useImages, int maxLength);
    // Runs the encoders once (eval mode, no gradients) and keeps their outputs, on the network's device, for encode().
    void cacheEmbeddings(EntailmentNet &net, int batchSize);
    bool embeddingsCached() const { return m_textEmbeddings.defined(); }

    const std::vector<Item> &items() const { return m_items; }
    int imageCount() const { return int(m_files.size()); }
    int unreadableImages() const { return m_unreadable; }
    QString firstUnreadableReason() const { return m_firstReason; }

    // Encoder outputs of `rows`, on the network's device. dropText/dropImages (optional, per row) mask a modality (modality dropout).
    HeadInputs encode(EntailmentNet &net, const std::vector<int64_t> &rows,
                      const std::vector<uint8_t> &dropText = {}, const std::vector<uint8_t> &dropImages = {}) const;
    torch::Tensor labels(const std::vector<int64_t> &rows, const torch::Device &device) const;

    // Rows of `split` batched for one epoch: shuffled, then sorted by length within windows of a few
    // batches so that each batch pads little, then the batch order shuffled again.
    std::vector<std::vector<int64_t>> batches(const std::vector<int64_t> &rows, int batchSize,
                                              std::mt19937_64 *rng) const;

private:
    // Token tensors of `rows` on `device`.
    TextBatch textBatch(const std::vector<int64_t> &rows, const torch::Device &device) const;
    // Images of `files` (rows of m_files; -1: none): kept ones as they are, the others decoded now.
    // Undefined where there is none or it cannot be read.
    std::vector<torch::Tensor> imagesOf(const std::vector<int> &files) const;
    // Items lose the images that could not be read (`readable` by row of m_files; rows beyond it stay).
    void forgetUnreadable(const std::vector<uint8_t> &readable);

    std::vector<Item> m_items;
    QStringList m_files;                  // distinct image files
    std::vector<torch::Tensor> m_images;  // the first of m_files, decoded (undefined: unreadable)
    torch::Tensor m_textEmbeddings, m_imageEmbeddings;
    int m_unreadable = 0;
    QString m_firstReason;
};

}  // namespace entail
