#pragma once
// How labels and splits are shown to people: translated names, keys and colours, in one place.
#include "model/core/labels.h"
#include "model/core/types.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace entail {

class LabelText final {
    Q_DECLARE_TR_FUNCTIONS(LabelText)

public:
    static QString name(int label);        // "unlabeled" for kNoLabel
    static QString shortName(int label);   // for narrow column headers: "Contrad.", "Implies", "NoEnt."
    static QString shortcutKey(int label); // "1", "2", "3"
    static QColor colour(int label);       // a mid-dark colour, readable with white text
    static QString splitName(Split split);
    static QString splitName(int split);   // -1 = all splits
    // A score (accuracy, F1, precision...) as every panel shows it: three decimals in the user's locale.
    static QString score(double value);
};

}  // namespace entail
