#include "model/training/losskind.h"

namespace entail {

QString lossName(LossKind kind)
{
    switch (kind) {
    case LossKind::CrossEntropy: return QStringLiteral("ce");
    case LossKind::Weighted: return QStringLiteral("weighted");
    case LossKind::Focal: return QStringLiteral("focal");
    }
    return QString();
}

bool lossFromName(const QString &name, LossKind *kind)
{
    for (LossKind k : {LossKind::CrossEntropy, LossKind::Weighted, LossKind::Focal}) {
        if (name == lossName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

}  // namespace entail
