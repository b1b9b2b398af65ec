#pragma once
// The training loss as a value, and its names. No Torch here: the UI and the project records use it.
#include <QString>

namespace entail {

enum class LossKind { CrossEntropy, Weighted, Focal };

// "ce" | "weighted" | "focal": the names model files, projects and the command line have always used.
QString lossName(LossKind kind);
// False (and `kind` untouched) for any other name.
bool lossFromName(const QString &name, LossKind *kind);

}  // namespace entail
