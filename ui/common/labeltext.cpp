#include "ui/common/labeltext.h"

#include <QLocale>

namespace entail {

QString LabelText::name(int label)
{
    switch (label) {
    case Contradictory: return tr("Contradictory");
    case Implies: return tr("Implies");
    case NoEntailment: return tr("NoEntailment");
    default: return tr("unlabeled");
    }
}

QString LabelText::shortName(int label)
{
    switch (label) {
    case Contradictory: return tr("Contrad.", "short for Contradictory");
    case Implies: return tr("Implies", "short for Implies");
    case NoEntailment: return tr("NoEnt.", "short for NoEntailment");
    default: return name(label);
    }
}

QString LabelText::shortcutKey(int label)
{
    return isValidLabel(label) ? QString::number(label + 1) : QString();
}

QColor LabelText::colour(int label)
{
    switch (label) {
    case Contradictory: return QColor(0xc0, 0x39, 0x2b);
    case Implies: return QColor(0x1e, 0x84, 0x49);
    case NoEntailment: return QColor(0x5d, 0x6d, 0x7e);
    default: return QColor(0x95, 0xa5, 0xa6);
    }
}

QString LabelText::splitName(Split split) { return splitName(int(split)); }

QString LabelText::splitName(int split)
{
    switch (split) {
    case int(Split::Train): return tr("train");
    case int(Split::Validation): return tr("validation");
    case int(Split::Test): return tr("test");
    default: return tr("all splits");
    }
}

QString LabelText::score(double value) { return QLocale().toString(value, 'f', 3); }

}  // namespace entail
