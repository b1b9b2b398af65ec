#pragma once
// Lists the project's model versions. Selecting one shows its configuration, label snapshot and
// metrics; Compare (on a worker thread) shows how its predictions differ from the active version's (confusion-matrix change
// and the pairs whose prediction flipped; activating one asks to jump to that pair); Activate makes it
// the live model, re-predicting in the background.
#include "model/store/store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace entail {

class ConfusionDeltaModel;
class FlippedPairsModel;
class ModelVersionsModel;
class ProjectSession;
class VersionComparer;
struct ComparisonOutcome;

class ModelsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ModelsPanel(ProjectSession *session, QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    qint64 selectedVersionId() const;  // 0 when none
    void selectVersion(qint64 id);

    ModelVersionsModel *versionsModel() const { return m_versions; }
    FlippedPairsModel *comparison() const { return m_comparison; }
    ConfusionDeltaModel *confusionDelta() const { return m_delta; }
    QTableView *versionsView() const { return m_versionsView; }
    QTableView *flippedView() const { return m_flippedView; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *activateButton() const { return m_activate; }
    QString detailsText() const;
    QString comparisonSummary() const;

public Q_SLOTS:
    void reload();  // keeps the selection
    void compareSelected();
    void activateSelected();

Q_SIGNALS:
    void pairActivated(qint64 pairKey);
    void comparisonReady();

private:
    void createVersionsView();
    void createButtons();
    QWidget *createDetailsPage();
    QWidget *createComparisonPage();
    void buildLayout(QWidget *detailsPage, QWidget *comparisonPage);
    void connectSignals();
    void updateDetails();
    void updateButtons();
    void runPendingComparison();
    void showComparison(const ComparisonOutcome &outcome);
    void fitDeltaViewHeight();
    static QString metricsHtml(const QString &title, const Metrics &m);

    ProjectStore *m_store = nullptr;
    ProjectSession *m_session;
    VersionComparer *m_comparer;
    ModelVersionsModel *m_versions;
    FlippedPairsModel *m_comparison;
    ConfusionDeltaModel *m_delta;
    QTableView *m_versionsView;
    QTableView *m_deltaView;
    QTableView *m_flippedView;
    QLabel *m_details;
    QLabel *m_summary;
    QComboBox *m_scope;
    QPushButton *m_compare;
    QPushButton *m_activate;
    QTabWidget *m_tabs;
    qint64 m_pendingCompare = 0;  // selected version waiting for its (or the active one's) predictions
};

}  // namespace entail
