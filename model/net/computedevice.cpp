#include "model/net/computedevice.h"

#include <QRegularExpression>

#include <torch/cuda.h>

namespace entail {

bool ComputeDevice::check(const QString &name, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^(cpu|cuda(:(\\d{1,3}))?)$"));
    const QRegularExpressionMatch m = valid.match(name);
    if (!m.hasMatch()) {
        *error = tr("unknown device '%1' (expected cpu, cuda or cuda:N)").arg(name);
        return false;
    }
    if (name == cpu())
        return true;
    if (!torch::cuda::is_available()) {
        *error = tr("CUDA is not available: this LibTorch build or machine has no CUDA device; use --device cpu");
        return false;
    }
    const int index = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (index >= int(torch::cuda::device_count())) {
        *error = tr("device '%1' does not exist: this machine has %n CUDA device(s)", nullptr,
                    int(torch::cuda::device_count())).arg(name);
        return false;
    }
    return true;
}

}  // namespace entail
