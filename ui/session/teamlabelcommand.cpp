#include "ui/session/teamlabelcommand.h"

#include "model/core/types.h"
#include "ui/common/labeltext.h"

namespace entail {

TeamLabelCommand::TeamLabelCommand(Record record, qint64 key, int label)
    : m_record(std::move(record)), m_key(key), m_from(kNoLabel), m_to(label)
{
    setText(isValidLabel(label) ? tr("my label of pair %1: %2").arg(key).arg(LabelText::name(label))
                                : tr("take back my label of pair %1").arg(key));
}

void TeamLabelCommand::redo()
{
    int previous = m_from;
    // A failed write leaves nothing to undo; so does a first write that found my label stored already.
    if (!m_record(m_key, m_to, &previous) || (!m_done && previous == m_to))
        setObsolete(true);
    else if (!m_done)
        m_from = previous;
    m_done = true;
}

void TeamLabelCommand::undo()
{
    int previous = m_to;
    if (!m_record(m_key, m_from, &previous))
        setObsolete(true);
}

}  // namespace entail
