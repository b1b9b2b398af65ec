#pragma once
// One undo step that sets the label of several pairs. Redo and undo each hand every pair to one store write
// (ProjectStore::setLabels in one transaction, a log entry per changed pair), which may finish later, on a
// worker thread: writes run one after the other in the order asked. Undo restores the labels the first
// write found stored, which may differ from what the window showed; it is asked for when the undo's own
// write starts, so an undo pressed before the first write ended still restores them.
#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <memory>
#include <vector>

namespace entail {

class BulkLabelCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(BulkLabelCommand)

public:
    // Called once a write ended: ok false when nothing was written; `previous` holds the stored labels.
    using Done = std::function<void(bool ok, const std::vector<int> &previous)>;
    // Writes labels()[i] for keys[i] (labels() is called when the write starts, on the GUI thread), then
    // calls done. `labels()` may be empty: nothing to write.
    using Apply = std::function<void(const std::vector<qint64> &keys, std::function<std::vector<int>()> labels,
                                     Done done)>;
    BulkLabelCommand(Apply apply, std::vector<qint64> keys, int label);
    void redo() override;
    void undo() override;
    const std::vector<qint64> &keys() const { return m_keys; }

private:
    struct State {  // shared with writes that may end after this command is gone (a cleared undo stack)
        std::vector<int> previous;  // set by the first write that changed a label
        bool written = false;
    };
    Apply m_apply;
    std::vector<qint64> m_keys;
    int m_label;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

}  // namespace entail
