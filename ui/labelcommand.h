#pragma once
// One label correction on the undo stack. Undo and redo go through ProjectSession::applyLabel, so each
// is written to the store (with its annotation log entry) at once, whichever pair is on screen.
#include <QCoreApplication>
#include <QUndoCommand>

namespace entail {

class ProjectSession;

class LabelCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(LabelCommand)

public:
    LabelCommand(ProjectSession *session, qint64 key, int from, int to);
    void redo() override;
    void undo() override;
    qint64 key() const { return m_key; }

private:
    ProjectSession *m_session;
    qint64 m_key;
    int m_from;
    int m_to;
};

}  // namespace entail
