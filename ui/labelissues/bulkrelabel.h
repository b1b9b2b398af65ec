#pragma once
// "Set label of selected pairs": the pair table allows extended selection, and one menu (Label menu and the
// table's context menu) sets every selected pair's label as one undo step (BulkLabelCommand), in one store
// transaction, logged per pair like a correction by hand. The transaction runs on the session's pool with
// its own store connection (100,000 pairs take seconds); the table then follows in one update
// (PairTableModel::setLabels). Writes run one at a time, in the order asked (a redo, then its undo).
#include "ui/session/bulklabelcommand.h"

#include <QObject>
#include <deque>
#include <vector>

class QMenu;
class QTableView;

namespace entail {

class PairFilterProxy;
class ProjectSession;

class BulkRelabel final : public QObject {
    Q_OBJECT

public:
    BulkRelabel(ProjectSession *session, QTableView *table, PairFilterProxy *proxy, QObject *parent = nullptr);
    QMenu *menu() const { return m_menu; }
    std::vector<int> selectedSourceRows() const;  // in the table's order

public Q_SLOTS:
    void setSelectedLabels(int label);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void labelsWritten();  // after each write (the command's redo or undo) reached the store and the table

private:
    struct Write {
        std::vector<qint64> keys;
        std::function<std::vector<int>()> labels;
        BulkLabelCommand::Done done;
    };
    struct Written;
    void startNextWrite();
    void finishWrite(const Write &write, const std::vector<int> &labels, Written &written);

    std::deque<Write> m_writes;  // the front one is running when m_writing
    bool m_writing = false;

    ProjectSession *m_session;
    QTableView *m_table;
    PairFilterProxy *m_proxy;
    QMenu *m_menu;
};

}  // namespace entail
