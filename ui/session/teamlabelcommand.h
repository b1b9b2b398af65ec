#pragma once
// One annotator label on the undo stack in team mode (ProjectSession::teamMode): the redo records this
// window's annotator's label of the pair (ProjectStore::recordAnnotatorLabel), the undo gives back the
// annotator's own earlier label, or takes the label back when there was none. Other annotators' labels are
// never touched; the pair's current label follows by the project's rule (ConsensusRule).
#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace entail {

class TeamLabelCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TeamLabelCommand)

public:
    // Records `label` (kNoLabel: withdraws) as the annotator's label of `key`; false when the write failed.
    // `previous` receives the annotator's own label it replaced (kNoLabel: none).
    using Record = std::function<bool(qint64 key, int label, int *previous)>;
    TeamLabelCommand(Record record, qint64 key, int label);
    void redo() override;
    void undo() override;
    qint64 key() const { return m_key; }

private:
    Record m_record;
    qint64 m_key;
    int m_from;  // the annotator's own label before the first redo (kNoLabel: none)
    int m_to;
    bool m_done = false;
};

}  // namespace entail
