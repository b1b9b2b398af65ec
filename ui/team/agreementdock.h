#pragma once
// The Agreement dock: how far the team's annotators agree. Annotators, pairs labelled by two or more,
// Fleiss' kappa, Krippendorff's alpha, agreement per class, Cohen's kappa per annotator pair (with n), and an
// annotator-vs-annotator confusion matrix with two pickers: a click on a cell asks for exactly those pairs.
// It only shows a TeamSnapshot (TeamFeature reads it off the GUI thread); with fewer than two annotators it
// says why it is empty.
#include "ui/team/teamsnapshot.h"

#include <QDockWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace entail {

class AgreementDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit AgreementDock(QWidget *parent = nullptr);

    void setSnapshot(std::shared_ptr<const TeamSnapshot> snapshot);
    void showError(const QString &message);
    QTableWidget *cohenTable() const { return m_cohen; }
    QTableWidget *classTable() const { return m_classes; }
    QTableWidget *matrix() const { return m_matrix; }
    QComboBox *annotatorA() const { return m_pickA; }
    QComboBox *annotatorB() const { return m_pickB; }
    QLabel *summary() const { return m_summary; }
    QPushButton *adjudicateButton() const { return m_adjudicate; }
    bool isEmptyState() const;

    static QString number(double value);  // "0.412" in the locale's form; an em dash when undefined (NaN)

Q_SIGNALS:
    // The pairs of the clicked confusion cell: `a` gave labelA, `b` gave labelB.
    void pairsRequested(const QList<qint64> &keys, const QString &description);

private:
    QWidget *buildPage();
    void fillSummary();
    void fillPickers();
    void fillMatrix();
    void onCellClicked(int row, int column);

    std::shared_ptr<const TeamSnapshot> m_snapshot;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QTableWidget *m_classes;
    QTableWidget *m_cohen;
    QComboBox *m_pickA;
    QComboBox *m_pickB;
    QTableWidget *m_matrix;
    QPushButton *m_adjudicate;
};

}  // namespace entail
