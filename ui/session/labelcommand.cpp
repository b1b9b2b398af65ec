#include "ui/session/labelcommand.h"

#include "model/core/types.h"
#include "ui/common/labeltext.h"

namespace entail {

LabelCommand::LabelCommand(Apply apply, qint64 key, int from, int to)
    : m_apply(std::move(apply)), m_key(key), m_from(from), m_to(to)
{
    setText(tr("label pair %1 as %2").arg(key).arg(LabelText::name(to)));
}

LabelCommand *LabelCommand::ownLabel(Apply record, qint64 key, int to)
{
    auto *command = new LabelCommand(std::move(record), key, kNoLabel, to);
    command->setText(isValidLabel(to) ? tr("my label of pair %1: %2").arg(key).arg(LabelText::name(to))
                                      : tr("take back my label of pair %1").arg(key));
    return command;
}

void LabelCommand::redo()
{
    int previous = m_from;
    // A failed write leaves nothing to undo: the stack drops an obsolete command. So does a first write that
    // found the label stored already (set by another window): there is nothing of ours to undo.
    if (!m_apply(m_key, m_to, &previous) || (!m_done && previous == m_to))
        setObsolete(true);
    else if (!m_done)
        m_from = previous;  // undo restores what was stored, not what a stale view showed
    m_done = true;
}

void LabelCommand::undo()
{
    int previous = m_to;
    if (!m_apply(m_key, m_from, &previous))
        setObsolete(true);
}

}  // namespace entail
