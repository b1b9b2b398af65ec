#include "model/training/networksnapshot.h"

namespace entail {

NetworkSnapshot NetworkSnapshot::of(const EntailmentNet &net)
{
    torch::NoGradGuard noGrad;
    NetworkSnapshot s;
    for (const auto &p : net->named_parameters())
        s.m_tensors[p.key()] = p.value().detach().clone();
    for (const auto &b : net->named_buffers())
        s.m_tensors["buffer:" + b.key()] = b.value().detach().clone();
    int i = 0;
    for (const auto *script : {net->imageScript(), net->textScript()})
        if (script)
            for (const auto &p : script->parameters())
                s.m_tensors["script:" + std::to_string(i++)] = p.detach().clone();
    return s;
}

void NetworkSnapshot::restoreInto(EntailmentNet &net) const
{
    torch::NoGradGuard noGrad;
    for (auto &p : net->named_parameters())
        p.value().copy_(m_tensors.at(p.key()));
    for (auto &b : net->named_buffers())
        b.value().copy_(m_tensors.at("buffer:" + b.key()));
    int i = 0;
    for (const auto *script : {net->imageScript(), net->textScript()})
        if (script)
            for (auto p : script->parameters())
                p.copy_(m_tensors.at("script:" + std::to_string(i++)));
}

}  // namespace entail
