#pragma once
// The annotation log of the pair on screen.
#include "model/store/store.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace entail {

class AnnotationLogModel;

class HistoryPanel final : public QWidget {
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    void setEntries(qint64 pairKey, std::vector<LogEntry> entries);  // pairKey 0: no pair
    void setHidden(qint64 pairKey);  // blind mode: the history would show others' labels
    AnnotationLogModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();

    AnnotationLogModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
};

}  // namespace entail
