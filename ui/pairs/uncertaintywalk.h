#pragma once
// "Next uncertain" (Ctrl+U): walks the shown unlabeled pairs (no current label) from the one the active
// model is least sure of, so that annotators label first where the model learns most. Margin
// (p(first) - p(second), smallest first) by default; entropy as an option. Order by the model's own
// probabilities (the rare-label boost changes decisions, not how sure the model is).
#include "model/metrics/uncertainty.h"

#include <QObject>

class QAction;
class QMenu;

namespace entail {

class PairBrowser;
class PairFilterProxy;
class PairTableModel;

class UncertaintyWalk final : public QObject {
    Q_OBJECT

public:
    struct Step {
        int row = -1;   // -1: no unlabeled predicted pair is shown
        int rank = 0;   // 1-based position of `row` in the order
        int total = 0;  // unlabeled predicted pairs shown
    };

    UncertaintyWalk(PairTableModel *pairs, PairFilterProxy *proxy, PairBrowser *browser, QObject *parent = nullptr);
    QAction *nextAction() const { return m_next; }
    QAction *entropyAction() const { return m_entropy; }
    void addTo(QMenu *menu);
    Uncertainty::Measure measure() const;

    // The pair after `afterRow` in the order (the first when `afterRow` is -1 or past the last), among the
    // unlabeled predicted rows `accept` lets through. One linear pass: no sorted copy of 100,000 rows.
    static Step next(const PairTableModel &pairs, int afterRow, Uncertainty::Measure measure,
                     const std::function<bool(int)> &accept = {});

public Q_SLOTS:
    bool selectNext();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    PairTableModel *m_pairs;
    PairFilterProxy *m_proxy;
    PairBrowser *m_browser;
    QAction *m_next;
    QAction *m_entropy;
    int m_cursor = -1;  // the row last shown by the walk
};

}  // namespace entail
