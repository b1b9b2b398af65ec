#include "ui/common/durationtext.h"

#include <QtGlobal>

namespace entail {

QString durationText(double seconds)
{
    const qint64 s = qMax<qint64>(0, qRound64(seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace entail
