#pragma once
// A duration as the window shows it: "0:42", "12:05", "1:02:03" (training, batch prediction).
#include <QString>

namespace entail {

QString durationText(double seconds);

}  // namespace entail
