#pragma once
// "Set label of selected pairs": the pair table allows extended selection, and one menu (Label menu and the
// table's context menu) sets every selected pair's label as one undo step (BulkLabelCommand), in one store
// transaction, logged per pair like a correction by hand.
#include <QObject>
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
    void labelsWritten();  // after each write (the command's redo or undo)

private:
    bool write(const std::vector<qint64> &keys, const std::vector<int> &labels, std::vector<int> *previous);

    ProjectSession *m_session;
    QTableView *m_table;
    PairFilterProxy *m_proxy;
    QMenu *m_menu;
};

}  // namespace entail
