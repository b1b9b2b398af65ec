#pragma once
// The one place that turns a device name (model/net/computedevice.h) into a torch::Device, and host
// values into tensors on a device. Torch in the header: only model .cpp files, tests and benches include it.
#include <QString>

#include <torch/torch.h>

#include <cstdint>
#include <vector>

namespace entail {

class TorchDevice final {
public:
    // Throws std::invalid_argument with ComputeDevice::check's message for a name it refuses.
    static torch::Device from(const QString &name);
    // bool [n] on `device` from 0/1 flags (one copy on the CPU, none more).
    static torch::Tensor flags(const std::vector<uint8_t> &flags, const torch::Device &device);
    // int64 [n] on `device`.
    static torch::Tensor indices(const std::vector<int64_t> &values, const torch::Device &device);
};

}  // namespace entail
