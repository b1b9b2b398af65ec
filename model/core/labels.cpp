#include "model/core/labels.h"

#include <QStringList>

namespace entail {

QString labelName(int label)
{
    switch (label) {
    case Contradictory: return QStringLiteral("Contradictory");
    case Implies: return QStringLiteral("Implies");
    case NoEntailment: return QStringLiteral("NoEntailment");
    default: return QString();
    }
}

bool labelFromName(const QString &name, int *label)
{
    if (name.isEmpty()) {
        *label = kNoLabel;
        return true;
    }
    for (int i = 0; i < kNumClasses; ++i) {
        if (name == labelName(i)) {
            *label = i;
            return true;
        }
    }
    return false;
}

}  // namespace entail
