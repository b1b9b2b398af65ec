#pragma once
// Where the network runs, named as the command line and the configurations name it: "cpu", "cuda" or
// "cuda:N". No Torch here (the UI includes it); model/net/torchdevice.h turns a name into a torch::Device.
#include <QCoreApplication>
#include <QString>

namespace entail {

class ComputeDevice final {
    Q_DECLARE_TR_FUNCTIONS(ComputeDevice)

public:
    static QString cpu() { return QStringLiteral("cpu"); }
    // False, with a message naming the problem, for a name that is none of the above or a CUDA device
    // this LibTorch build or machine does not have.
    static bool check(const QString &name, QString *error);
};

}  // namespace entail
