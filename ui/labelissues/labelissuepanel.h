#pragma once
// The label-issue part of the Metrics dock: what the scores are and how fresh (a visible notice once labels
// changed since they were computed), the Find button with progress and Cancel, and the noise matrix.
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace entail {

class LabelIssueJob;
class NoiseMatrixView;
class PairTableModel;

class LabelIssuePanel final : public QWidget {
    Q_OBJECT

public:
    LabelIssuePanel(const PairTableModel *pairs, LabelIssueJob *job, QAction *findAction, QWidget *parent = nullptr);
    NoiseMatrixView *matrix() const { return m_matrix; }
    QString statusText() const;
    QString staleText() const;  // empty while the scores match the labels
    // Scored pairs whose label changed since, plus pairs labeled since (not scored); `inCell` (when given)
    // receives the pairs of each noise-matrix cell (PairTableModel::inNoiseCell). One pass over the pairs.
    static int changedSince(const PairTableModel &pairs, int (*inCell)[3] = nullptr);

public Q_SLOTS:
    void setStaleAtLoad(bool stale) { m_staleAtLoad = stale; }  // shown at the next refresh
    void refresh();

private:
    void onProgress(int done, int total);

    const PairTableModel *m_pairs;
    LabelIssueJob *m_job;
    QLabel *m_status;
    QLabel *m_stale;
    QPushButton *m_find;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    NoiseMatrixView *m_matrix;
    bool m_staleAtLoad = false;
};

}  // namespace entail
