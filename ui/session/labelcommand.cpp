#include "ui/session/labelcommand.h"

#include "ui/common/labeltext.h"

namespace entail {

LabelCommand::LabelCommand(Apply apply, qint64 key, int from, int to)
    : m_apply(std::move(apply)), m_key(key), m_from(from), m_to(to)
{
    setText(tr("label pair %1 as %2").arg(key).arg(LabelText::name(to)));
}

void LabelCommand::redo()
{
    // A failed write leaves nothing to undo: the stack drops an obsolete command.
    if (!m_apply(m_key, m_to))
        setObsolete(true);
}

void LabelCommand::undo()
{
    if (!m_apply(m_key, m_from))
        setObsolete(true);
}

}  // namespace entail
