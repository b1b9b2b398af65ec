#pragma once
// One undo step that sets the label of several pairs. Redo and undo each write every pair in one store
// transaction (ProjectStore::setLabels, a log entry per changed pair); undo restores the labels the first
// write found stored, which may differ from what the window showed.
#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>
#include <vector>

namespace entail {

class BulkLabelCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(BulkLabelCommand)

public:
    // Writes labels[i] for keys[i]; false when nothing was written. `previous` receives the stored labels.
    using Apply = std::function<bool(const std::vector<qint64> &keys, const std::vector<int> &labels,
                                     std::vector<int> *previous)>;
    BulkLabelCommand(Apply apply, std::vector<qint64> keys, int label);
    void redo() override;
    void undo() override;
    const std::vector<qint64> &keys() const { return m_keys; }

private:
    Apply m_apply;
    std::vector<qint64> m_keys;
    int m_label;
    std::vector<int> m_previous;  // set by the first redo()
    bool m_done = false;
};

}  // namespace entail
