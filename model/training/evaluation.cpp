#include "model/training/evaluation.h"

#include "model/training/losses.h"

#include <algorithm>

namespace entail {

Evaluation Evaluation::of(EntailmentNet &net, const TrainingData &data, const std::vector<int64_t> &rows,
                          LossKind kind, const torch::Tensor &weights)
{
    Evaluation ev;
    if (rows.empty())
        return ev;
    torch::NoGradGuard noGrad;
    net->eval();
    const torch::Device device = net->device();
    const auto &b = net->config().logitBias;
    const torch::Tensor bias = torch::tensor({float(b[0]), float(b[1]), float(b[2])},
                                             torch::TensorOptions(device).dtype(torch::kFloat32));
    std::vector<int> predicted;
    double lossSum = 0.0;
    for (size_t start = 0; start < rows.size(); start += kBatch) {
        const std::vector<int64_t> chunk(rows.begin() + long(start),
                                         rows.begin() + long(std::min(rows.size(), start + kBatch)));
        const torch::Tensor logits = net->head(data.encode(net, chunk));
        lossSum += Losses::compute(kind, logits, data.labels(chunk, device), weights).item<double>()
            * double(chunk.size());
        const torch::Tensor p = torch::softmax((logits + bias) / net->config().temperature, 1).cpu().contiguous();
        const torch::Tensor raw = logits.cpu().contiguous();
        const auto acc = p.accessor<float, 2>();
        const auto rawAcc = raw.accessor<float, 2>();
        for (int64_t i = 0; i < p.size(0); ++i) {
            const Probs pr{acc[i][0], acc[i][1], acc[i][2]};
            ev.probs.push_back(pr);
            ev.logits.push_back({rawAcc[i][0], rawAcc[i][1], rawAcc[i][2]});
            ev.truth.push_back(data.items()[size_t(chunk[size_t(i)])].label);
            predicted.push_back(argmax(pr));
        }
    }
    ev.loss = lossSum / double(rows.size());
    ev.metrics = computeMetrics(ev.truth, predicted, &ev.probs);
    return ev;
}

}  // namespace entail
