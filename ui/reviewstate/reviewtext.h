#pragma once
// Review states in words for people (translated), for the Flags column, the filter, the note and undo.
#include "model/store/reviewstore.h"

#include <QCoreApplication>

namespace entail {

class ReviewText final {
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    static QString name(ReviewState state);  // "skipped", "unsure", "label is right", "not reviewed"
    // "Skipped by anna: <comment>" in plain text; empty for a pair with neither a state nor a comment.
    static QString describe(ReviewState state, const ReviewEntry *latest);
};

}  // namespace entail
