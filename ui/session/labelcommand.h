#pragma once
// One label correction on the undo stack. Undo and redo go through the session's write function
// (ProjectSession::applyLabel), so each is written to the store (with its annotation log entry) at once,
// whichever pair is on screen.
#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace entail {

class LabelCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(LabelCommand)

public:
    // Writes `label` for the pair `key`; false when the write failed. `previous` receives the stored label
    // it replaced, which may differ from what the window showed when another window or process changed it.
    using Apply = std::function<bool(qint64 key, int label, int *previous)>;
    LabelCommand(Apply apply, qint64 key, int from, int to);
    // Team mode (ProjectSession::teamMode): `apply` records the annotator's own label of the pair (kNoLabel:
    // takes it back) and `previous` is the annotator's own earlier label, so the undo gives that back or,
    // when there was none, takes the label back; other annotators' labels are never touched.
    static LabelCommand *ownLabel(Apply record, qint64 key, int to);
    void redo() override;
    void undo() override;
    qint64 key() const { return m_key; }

private:
    Apply m_apply;
    qint64 m_key;
    int m_from;
    int m_to;
    bool m_done = false;  // redo() ran once
};

}  // namespace entail
