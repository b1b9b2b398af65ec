#pragma once
// Keeps the pair view, the prediction panel and the history panel on the table's current pair, and
// turns label keys/buttons into undoable corrections of that pair. After an undo or redo of another
// pair, it moves the table to that pair so the change is visible.
#include <QList>
#include <QObject>

namespace entail {

class HistoryPanel;
class PairBrowser;
class PairView;
class PredictionPanel;
class ProjectSession;

class CurrentPairController final : public QObject {
    Q_OBJECT

public:
    CurrentPairController(ProjectSession *session, PairBrowser *browser, PairView *view, PredictionPanel *prediction,
                          HistoryPanel *history, QObject *parent = nullptr);
    int currentRow() const { return m_row; }

public Q_SLOTS:
    void setLabel(int label);  // corrects the current pair
    void refresh();            // shows the current pair again (e.g. after a label or image change)

Q_SIGNALS:
    void currentRowChanged(int row);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void show(int row);
    void showPrediction();
    void onLabelApplied(qint64 key);
    void onLabelsChangedElsewhere(const QList<qint64> &keys);

    ProjectSession *m_session;
    PairBrowser *m_browser;
    PairView *m_view;
    PredictionPanel *m_prediction;
    HistoryPanel *m_history;
    int m_row = -1;
    bool m_correcting = false;  // a correction made here (not an undo/redo) is being applied
};

}  // namespace entail
