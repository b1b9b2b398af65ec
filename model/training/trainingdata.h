#pragma once
// The labeled pairs of a training run, prepared once for the network: token ids (only the real tokens, as
// 32-bit ids: ~200 bytes for a pair of tweets instead of 3 KB padded to the maximum length; a batch's padded
// tensors are built when it runs), decoded images (kept in half precision) and, when the encoders are
// frozen, their embeddings (computed once).
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
        int image[2] = {-1, -1};  // row in images(), -1 = missing
        int label = kNoLabel;
        Split split = Split::Train;
    };

    // Tokenizes every pair and decodes every distinct image (in parallel) unless `useImages` is false.
    void prepare(const std::vector<Pair> &pairs, const Tokenizer &tokenizer, bool useImages, int maxLength);
    // Runs the encoders once (eval mode, no gradients) and keeps their outputs, on the network's device, for encode().
    void cacheEmbeddings(EntailmentNet &net, int batchSize);
    bool embeddingsCached() const { return m_textEmbeddings.defined(); }

    const std::vector<Item> &items() const { return m_items; }
    int imageCount() const { return int(m_images.size()); }
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

    std::vector<Item> m_items;
    std::vector<torch::Tensor> m_images;
    torch::Tensor m_textEmbeddings, m_imageEmbeddings;
    int m_unreadable = 0;
    QString m_firstReason;
};

}  // namespace entail
