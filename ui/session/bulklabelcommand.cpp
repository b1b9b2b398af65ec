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
    std::vector<int> previous;
    const std::vector<int> labels(m_keys.size(), m_label);
    const bool ok = m_apply(m_keys, labels, &previous);
    if (!m_done) {
        // As LabelCommand: nothing of ours to undo when the write failed or found every label stored already.
        const bool changed = ok && std::any_of(previous.begin(), previous.end(), [this](int l) { return l != m_label; });
        if (changed)
            m_previous = std::move(previous);
        else
            setObsolete(true);
    } else if (!ok) {
        setObsolete(true);
    }
    m_done = true;
}

void BulkLabelCommand::undo()
{
    if (!m_apply(m_keys, m_previous, nullptr))
        setObsolete(true);
}

}  // namespace entail
