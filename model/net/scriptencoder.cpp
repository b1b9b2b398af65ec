#include "model/net/scriptencoder.h"

#include "model/core/safefile.h"
#include "model/net/netconfig.h"

#include <QFile>

#include <sstream>

namespace entail {

namespace {
// The probe batch: two rows, so that a module that ignores the batch dimension is caught.
constexpr int64_t kProbeBatch = 2;
constexpr int64_t kProbeLength = 8;
constexpr int64_t kImageSide = 128;
// Pretrained encoders of a few hundred MB are common; past this the file is refused before it is read.
constexpr qint64 kMaxScriptBytes = 2 * SafeFile::kGigabyte;

// An output row wider than NetConfig::kMaxEncoderDim: refused before anything is allocated for it.
class OutputTooWide : public std::runtime_error {
public:
    explicit OutputTooWide(int64_t dim) : std::runtime_error("output too wide"), dim(dim) {}
    int64_t dim;
};
}  // namespace

ScriptEncoder::ScriptEncoder(torch::jit::Module module, Kind kind)
    : m_module(std::move(module)), m_kind(kind)
{
}

std::shared_ptr<ScriptEncoder> ScriptEncoder::loadFile(const QString &path, Kind kind, int vocabSize,
                                                       QString *error)
{
    QFile f(path);
    QString reason;
    if (!SafeFile::open(f, kMaxScriptBytes, &reason)) {
        *error = tr("%1: cannot read the TorchScript encoder: %2").arg(path, reason);
        return nullptr;
    }
    // A TorchScript file is a zip archive: anything else is refused before the whole file is read.
    if (f.peek(4) != QByteArrayLiteral("PK\x03\x04")) {
        *error = tr("%1: not a TorchScript module").arg(path);
        return nullptr;
    }
    return load(f.readAll(), kind, vocabSize, path, error);
}

std::shared_ptr<ScriptEncoder> ScriptEncoder::load(const QByteArray &bytes, Kind kind, int vocabSize,
                                                   const QString &name, QString *error)
{
    std::shared_ptr<ScriptEncoder> enc;
    try {
        std::istringstream in(std::string(bytes.constData(), size_t(bytes.size())));
        // Onto the CPU whatever device it was saved from; the network moves it afterwards.
        enc.reset(new ScriptEncoder(torch::jit::load(in, torch::Device(torch::kCPU)), kind));
    } catch (const std::exception &) {
        *error = tr("%1: not a TorchScript module").arg(name);
        return nullptr;
    }
    try {
        torch::NoGradGuard noGrad;
        enc->m_module.eval();
        torch::jit::IValue out;
        if (kind == Kind::Image) {
            out = enc->m_module.forward({torch::zeros({kProbeBatch, 3, kImageSide, kImageSide})});
        } else {
            const int64_t hi = std::max(vocabSize, 6);
            torch::Tensor ids = torch::randint(5, hi, {kProbeBatch, kProbeLength}, torch::kInt64);
            ids.select(1, 0).fill_(2);  // [CLS]
            torch::Tensor seg = torch::zeros({kProbeBatch, kProbeLength}, torch::kInt64);
            seg.narrow(1, kProbeLength / 2, kProbeLength / 2).fill_(1);
            torch::Tensor mask = torch::ones({kProbeBatch, kProbeLength}, torch::kInt64);
            mask[1].narrow(0, kProbeLength - 2, 2).fill_(0);
            out = enc->m_module.forward({ids, seg, mask});
        }
        const torch::Tensor t = enc->checkedOutput(out, kProbeBatch);
        enc->m_outputDim = int(t.size(1));
    } catch (const OutputTooWide &e) {
        *error = tr("%1: the TorchScript encoder returns %2 values per row; at most %3 are supported")
                     .arg(name)
                     .arg(e.dim)
                     .arg(NetConfig::kMaxEncoderDim);
        return nullptr;
    } catch (const std::exception &e) {
        const QString contract = kind == Kind::Image
            ? tr("float [B,3,128,128] -> [B,D]")
            : tr("token_ids, segment_ids, padding_mask int64 [B,L] -> [B,D]");
        *error = tr("%1: the TorchScript module does not follow the encoder contract (%2): %3")
                     .arg(name, contract, QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0));
        return nullptr;
    }
    return enc;
}

torch::Tensor ScriptEncoder::checkedOutput(const torch::jit::IValue &value, int64_t batch) const
{
    if (!value.isTensor())
        throw std::runtime_error("forward() must return one tensor");
    torch::Tensor t = value.toTensor();
    if (t.dim() != 2 || t.size(0) != batch || t.size(1) < 1)
        throw std::runtime_error("forward() must return a [B,D] tensor");
    // Before the conversion below, which would allocate a copy of a double tensor.
    if (t.size(1) > NetConfig::kMaxEncoderDim)
        throw OutputTooWide(t.size(1));
    if (!t.is_floating_point())
        throw std::runtime_error("forward() must return floating-point values");
    return t.to(torch::kFloat32);
}

torch::Tensor ScriptEncoder::forwardImages(const torch::Tensor &images)
{
    return checkedOutput(m_module.forward({images}), images.size(0));
}

torch::Tensor ScriptEncoder::forwardText(const torch::Tensor &ids, const torch::Tensor &segments,
                                         const torch::Tensor &mask)
{
    return checkedOutput(m_module.forward({ids, segments, mask}), ids.size(0));
}

std::vector<torch::Tensor> ScriptEncoder::parameters() const
{
    std::vector<torch::Tensor> params;
    for (const torch::Tensor &p : m_module.parameters())
        params.push_back(p);
    return params;
}

void ScriptEncoder::train(bool on) { m_module.train(on); }

void ScriptEncoder::setTrainable(bool on)
{
    for (torch::Tensor p : m_module.parameters())
        p.requires_grad_(on);
}

void ScriptEncoder::moveTo(const torch::Device &device) { m_module.to(device); }

QByteArray ScriptEncoder::serialized() const
{
    std::ostringstream out;
    bool onCpu = true;
    for (const torch::Tensor &p : m_module.parameters()) {
        onCpu = p.device().is_cpu();
        break;
    }
    if (onCpu) {
        m_module.save(out);
    } else {
        torch::jit::Module copy = m_module.deepcopy();
        copy.to(torch::kCPU);
        copy.save(out);
    }
    const std::string s = out.str();
    return QByteArray(s.data(), qsizetype(s.size()));
}

}  // namespace entail
