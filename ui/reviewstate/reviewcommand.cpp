#include "ui/reviewstate/reviewcommand.h"

#include "ui/reviewstate/reviewtext.h"

namespace entail {

ReviewCommand::ReviewCommand(Apply apply, qint64 key, Step from, Step to)
    : m_apply(std::move(apply)), m_key(key), m_from(std::move(from)), m_to(std::move(to))
{
    setText(m_to.state == m_from.state ? tr("comment on pair %1").arg(key)
                                       : tr("mark pair %1 as %2").arg(key).arg(ReviewText::name(m_to.state)));
}

void ReviewCommand::redo()
{
    if (!m_apply(m_key, m_to))
        setObsolete(true);  // nothing was written: nothing to undo
}

void ReviewCommand::undo()
{
    if (!m_apply(m_key, m_from))
        setObsolete(true);
}

}  // namespace entail
