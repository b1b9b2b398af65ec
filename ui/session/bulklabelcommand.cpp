#include "ui/session/bulklabelcommand.h"

#include "ui/common/labeltext.h"

#include <algorithm>

namespace entail {

BulkLabelCommand::BulkLabelCommand(Apply apply, std::vector<qint64> keys, int label)
    : m_apply(std::move(apply)), m_keys(std::move(keys)), m_label(label)
{
    setText(tr("label %n pair(s) as %1", nullptr, int(m_keys.size())).arg(LabelText::name(label)));
}

void BulkLabelCommand::redo()
{
    const std::shared_ptr<State> state = m_state;
    const int label = m_label;
    const size_t count = m_keys.size();
    m_apply(m_keys, [count, label] { return std::vector<int>(count, label); },
            [state, label](bool ok, const std::vector<int> &previous) {
                // Only the first write's labels are ours to restore; a later redo finds ours stored.
                if (!ok || state->written)
                    return;
                state->written = true;
                if (std::any_of(previous.begin(), previous.end(), [label](int l) { return l != label; }))
                    state->previous = previous;
            });
}

void BulkLabelCommand::undo()
{
    // Nothing of ours to undo when the write failed or found every label stored already: labels() is empty.
    const std::shared_ptr<State> state = m_state;
    m_apply(m_keys, [state] { return state->previous; }, [](bool, const std::vector<int> &) {});
}

}  // namespace entail
