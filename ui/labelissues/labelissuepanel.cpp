#include "ui/labelissues/labelissuepanel.h"

#include "ui/labelissues/labelissuejob.h"
#include "ui/labelissues/noisematrixview.h"
#include "ui/pairs/pairtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace entail {

LabelIssuePanel::LabelIssuePanel(const PairTableModel *pairs, LabelIssueJob *job, QAction *findAction, QWidget *parent)
    : QWidget(parent), m_pairs(pairs), m_job(job), m_status(new QLabel(this)), m_stale(new QLabel(this)),
      m_find(new QPushButton(findAction->text().remove(QLatin1Char('&')), this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_matrix(new NoiseMatrixView(this))
{
    setObjectName(QStringLiteral("labelIssuePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Label issues").toHtmlEscaped()), this);
    layout->addWidget(title);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("labelIssueStatus"));
    layout->addWidget(m_status);
    m_stale->setWordWrap(true);
    m_stale->setObjectName(QStringLiteral("labelIssueStale"));
    m_stale->setStyleSheet(QStringLiteral("color: #a04000"));
    layout->addWidget(m_stale);
    auto *buttons = new QHBoxLayout;
    m_find->setToolTip(findAction->toolTip());
    m_progress->setTextVisible(false);
    buttons->addWidget(m_find);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_matrix);
    connect(m_find, &QPushButton::clicked, findAction, &QAction::trigger);
    connect(findAction, &QAction::changed, this, [this, findAction] { m_find->setEnabled(findAction->isEnabled()); });
    m_find->setEnabled(findAction->isEnabled());
    connect(m_cancel, &QPushButton::clicked, job, &LabelIssueJob::cancel);
    connect(job, &LabelIssueJob::progress, this, &LabelIssuePanel::onProgress);
    connect(job, &LabelIssueJob::findingChanged, this, &LabelIssuePanel::refresh);
    connect(pairs, &PairTableModel::labelIssuesChanged, this, &LabelIssuePanel::refresh);
    refresh();
}

int LabelIssuePanel::changedSince(const PairTableModel &pairs, int (*inCell)[3])
{
    int changed = 0;
    const int rows = pairs.rowCount();
    for (int row = 0; row < rows; ++row) {
        const PairScore *s = pairs.labelScore(row);
        const int label = pairs.pair(row).currentLabel;
        if (s ? label != s->given : isValidLabel(label))
            ++changed;
        else if (s && inCell && (s->given == s->suggested || s->isIssue))
            ++inCell[s->given][s->suggested];
    }
    return changed;
}

void LabelIssuePanel::onProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void LabelIssuePanel::refresh()
{
    const bool finding = m_job->isFinding();
    m_progress->setVisible(finding);
    m_cancel->setVisible(finding);
    if (finding)
        m_progress->setRange(0, 0);  // busy until the first round of folds is done
    const LabelIssueResult *r = m_pairs->labelIssues();
    m_matrix->setVisible(r != nullptr);
    int issues = 0;
    if (r)
        for (int n : r->issuesPerLabel)
            issues += n;
    if (finding)
        m_status->setText(tr("Scoring every labeled pair with models that did not train on it..."));
    else if (!r)
        m_status->setText(tr("Not computed yet: find the pairs whose label is probably wrong."));
    else
        m_status->setText(tr("%n likely label issue(s) among %1 labeled pairs (%2-fold, computed %3).", nullptr, issues)
                              .arg(r->ranking.size())
                              .arg(r->folds)
                              .arg(QDateTime::fromString(r->createdAt, Qt::ISODate).toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm"))));
    int inCell[kNumClasses][kNumClasses] = {};
    const int changed = r ? changedSince(*m_pairs, inCell) : 0;
    if (r && changed > 0)
        m_stale->setText(tr("Computed before the last %n correction(s): find again.", nullptr, changed));
    else if (r && m_staleAtLoad)
        m_stale->setText(tr("Computed from other labels than the current ones: find again."));
    else
        m_stale->clear();
    m_stale->setVisible(!m_stale->text().isEmpty());
    m_matrix->setResult(r, inCell);
}

QString LabelIssuePanel::statusText() const { return m_status->text(); }
QString LabelIssuePanel::staleText() const { return m_stale->text(); }

}  // namespace entail
