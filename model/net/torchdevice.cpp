#include "model/net/torchdevice.h"

#include "model/net/computedevice.h"

#include <stdexcept>

namespace entail {

torch::Device TorchDevice::from(const QString &name)
{
    QString error;
    if (!ComputeDevice::check(name, &error))
        throw std::invalid_argument(error.toStdString());
    return torch::Device(name.toStdString());
}

torch::Tensor TorchDevice::flags(const std::vector<uint8_t> &flags, const torch::Device &device)
{
    const torch::Tensor host = torch::from_blob(const_cast<uint8_t *>(flags.data()), {int64_t(flags.size())},
                                                torch::kUInt8);
    return host.to(device, torch::kBool);
}

torch::Tensor TorchDevice::indices(const std::vector<int64_t> &values, const torch::Device &device)
{
    return torch::tensor(values, torch::kInt64).to(device);
}

}  // namespace entail
