#pragma once
// One review-state change (skip, unsure, label is right, comment) on the undo stack. Redo and undo each write
// a new review entry through `apply` (the history is append-only): undo writes the state and comment that
// were open before.
#include "model/store/reviewstore.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace entail {

class ReviewCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)

public:
    struct Step {
        ReviewState state = ReviewState::None;
        QString comment;
    };
    using Apply = std::function<bool(qint64 key, const Step &step)>;  // false when the write failed
    ReviewCommand(Apply apply, qint64 key, Step from, Step to);
    void redo() override;
    void undo() override;

private:
    Apply m_apply;
    qint64 m_key;
    Step m_from;
    Step m_to;
};

}  // namespace entail
