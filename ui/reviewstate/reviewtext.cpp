#include "ui/reviewstate/reviewtext.h"

namespace entail {

QString ReviewText::name(ReviewState state)
{
    switch (state) {
    case ReviewState::Skipped: return tr("skipped");
    case ReviewState::Unsure: return tr("unsure");
    case ReviewState::Confirmed: return tr("label is right");
    case ReviewState::None: break;
    }
    return tr("not reviewed");
}

QString ReviewText::describe(ReviewState state, const ReviewEntry *latest)
{
    if (!latest)
        return {};
    const QString comment = latest->comment.simplified();
    if (state == ReviewState::None)
        return comment.isEmpty() ? QString() : tr("Comment by %1: %2").arg(latest->annotator, comment);
    QString what = tr("%1 by %2").arg(name(state), latest->annotator);
    what[0] = what[0].toUpper();  // the note starts a line
    return comment.isEmpty() ? what : tr("%1: %2").arg(what, comment);
}

}  // namespace entail
