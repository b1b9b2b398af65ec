#include "model/text/textbatch.h"

#include <algorithm>

namespace entail {

TextBatch TextBatch::fromEncoded(const std::vector<const EncodedPair *> &pairs, const torch::Device &device)
{
    const int64_t b = int64_t(pairs.size());
    int64_t len = 1;
    for (const EncodedPair *p : pairs)
        len = std::max<int64_t>(len, p->length);
    TextBatch t;
    t.ids = torch::zeros({b, len}, torch::kInt64);
    t.segments = torch::zeros({b, len}, torch::kInt64);
    t.mask = torch::zeros({b, len}, torch::kInt64);
    auto ids = t.ids.accessor<int64_t, 2>();
    auto seg = t.segments.accessor<int64_t, 2>();
    auto mask = t.mask.accessor<int64_t, 2>();
    for (int64_t i = 0; i < b; ++i) {
        const EncodedPair &p = *pairs[size_t(i)];
        const int64_t n = std::min<int64_t>({p.length, int64_t(p.ids.size()), len});
        for (int64_t j = 0; j < n; ++j) {
            ids[i][j] = p.ids[size_t(j)];
            seg[i][j] = j < int64_t(p.segments.size()) ? p.segments[size_t(j)] : 0;
            mask[i][j] = 1;
        }
    }
    if (!device.is_cpu()) {
        t.ids = t.ids.to(device);
        t.segments = t.segments.to(device);
        t.mask = t.mask.to(device);
    }
    return t;
}

}  // namespace entail
