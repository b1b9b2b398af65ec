#pragma once
// Adjudicate: the pairs in disagreement (no majority, or a majority with dissent; those decided already stay
// listed so that a decision can be taken back), each annotator's label side by side with the pair's texts.
// The reviewer picks the final label with 1 / 2 / 3 and moves on to the next pair; 0 or Backspace takes the
// adjudication back. Each decision is one row written at once (ProjectStore::adjudicate); a refusal (on a
// server, only reviewers may adjudicate) shows in the dialog and nothing moves on.
#include "ui/team/teamsnapshot.h"

#include <QDialog>
#include <memory>

class QLabel;
class QTableWidget;

namespace entail {

class ProjectSession;

class AdjudicationDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AdjudicationDialog(ProjectSession *session, QWidget *parent = nullptr);

    // Keeps the pair shown when it is still listed.
    void setSnapshot(std::shared_ptr<const TeamSnapshot> snapshot);
    QTableWidget *list() const { return m_list; }
    QTableWidget *votes() const { return m_votes; }
    QLabel *status() const { return m_status; }
    qint64 currentKey() const;

public Q_SLOTS:
    // The final label of the pair shown (kNoLabel: takes the adjudication back). False when refused.
    bool decide(int label);

Q_SIGNALS:
    void adjudicated(qint64 key, int label);

private:
    void addShortcut(const QKeySequence &key, int label);
    void fillRow(int row);
    void showCurrent();

    ProjectSession *m_session;
    std::shared_ptr<const TeamSnapshot> m_snapshot;
    std::vector<DisputedPair> m_rows;  // the snapshot's disputed pairs, with this dialog's decisions applied
    QTableWidget *m_list;
    QLabel *m_texts;
    QTableWidget *m_votes;
    QLabel *m_status;
};

}  // namespace entail
