#pragma once
// Token tensors of a batch of pairs, padded only to the batch's longest real length (the padding mask
// makes that equivalent to padding to the tokenizer's maximum, and it is much faster).
#include "model/text/tokenizer.h"

#include <torch/torch.h>

#include <vector>

namespace entail {

struct TextBatch {
    torch::Tensor ids;       // int64 [B,L]
    torch::Tensor segments;  // int64 [B,L]
    torch::Tensor mask;      // int64 [B,L], 1 = real token, 0 = padding

    // Built in host memory, then moved to `device` (no copy when that is the CPU).
    static TextBatch fromEncoded(const std::vector<const EncodedPair *> &pairs,
                                 const torch::Device &device = torch::kCPU);
    int64_t size() const { return ids.defined() ? ids.size(0) : 0; }
};

}  // namespace entail
