#include "ui/labelcommand.h"

#include "ui/labeltext.h"
#include "ui/projectsession.h"

namespace entail {

LabelCommand::LabelCommand(ProjectSession *session, qint64 key, int from, int to)
    : m_session(session), m_key(key), m_from(from), m_to(to)
{
    setText(tr("label pair %1 as %2").arg(key).arg(LabelText::name(to)));
}

void LabelCommand::redo()
{
    // A failed write leaves nothing to undo: the stack drops an obsolete command.
    if (!m_session->applyLabel(m_key, m_to))
        setObsolete(true);
}

void LabelCommand::undo()
{
    if (!m_session->applyLabel(m_key, m_from))
        setObsolete(true);
}

}  // namespace entail
