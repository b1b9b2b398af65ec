#pragma once
// A copy of a network's weights (parameters, buffers, script encoders) on its device: early stopping
// keeps the best epoch's. Torch in the header: only model/training .cpp files include it.
#include "model/net/entailmentnet.h"

#include <map>
#include <string>

namespace entail {

class NetworkSnapshot final {
public:
    static NetworkSnapshot of(const EntailmentNet &net);
    void restoreInto(EntailmentNet &net) const;

private:
    std::map<std::string, torch::Tensor> m_tensors;
};

}  // namespace entail
