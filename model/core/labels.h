#pragma once
// Label names as files write them. The ids themselves are in model/core/types.h.
#include "model/core/types.h"

namespace entail {

// Canonical (file-format) names; never translated. Empty for kNoLabel.
QString labelName(int label);
// Maps a canonical name to its id; "" maps to kNoLabel. Returns false for anything else.
bool labelFromName(const QString &name, int *label);

}  // namespace entail
