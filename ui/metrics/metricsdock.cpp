#include "ui/metrics/metricsdock.h"

#include "model/metrics/metrics.h"
#include "ui/common/labeltext.h"
#include "ui/common/scrollable.h"

#include "ui/metrics/classmetricsmodel.h"
#include "ui/metrics/confusionmatrixview.h"
#include "ui/metrics/metricstracker.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace entail {

MetricsDock::MetricsDock(MetricsTracker *tracker, QWidget *parent)
    : QDockWidget(tr("Metrics"), parent), m_tracker(tracker)
{
    setObjectName(QStringLiteral("metricsDock"));
    auto *body = new QWidget(this);
    auto *layout = m_layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 4, 8, 8);
    m_matrix = new ConfusionMatrixView(tracker, body);
    layout->addWidget(m_matrix);
    m_summary = new QLabel(body);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);  // the pair count goes below rather than widen the dock (German, Spanish)
    layout->addWidget(m_summary);
    m_context = new QLabel(body);
    m_context->setObjectName(QStringLiteral("metricsContext"));
    m_context->setTextFormat(Qt::RichText);
    m_context->setWordWrap(true);
    layout->addWidget(m_context);
    m_classes = new QTableView(body);
    m_classes->setModel(tracker->classModel());
    m_classes->setSelectionMode(QAbstractItemView::NoSelection);
    m_classes->setFocusPolicy(Qt::NoFocus);
    m_classes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_classes->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_classes->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0.000")) + 12);
    m_classes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_classes->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_classes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_classes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_classes->setFixedHeight(m_classes->horizontalHeader()->sizeHint().height()
                              + 3 * m_classes->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_classes);
    layout->addStretch();
    setWidget(makeScrollable(body, this, Qt::Vertical));
    connect(tracker, &MetricsTracker::metricsChanged, this, &MetricsDock::refresh);
    refresh();
}

void MetricsDock::addSection(QWidget *section)
{
    section->setParent(m_layout->parentWidget());
    m_layout->insertWidget(m_layout->count() - 1, section);  // before the stretch
}

QString MetricsDock::summaryText() const { return m_summary->text(); }
QString MetricsDock::contextText() const { return m_context->text(); }

void MetricsDock::refresh()
{
    const Metrics &m = m_tracker->metrics();
    m_context->setText(describeContext(m));
    if (m.count == 0) {
        m_summary->setText(tr("Accuracy \u2013 &nbsp;&nbsp; Macro-F1 \u2013"));
        return;
    }
    const QString boost = m_tracker->boost() > 0.0
        ? QStringLiteral(" &nbsp;&nbsp; <span style=\"color:#a04000\">%1</span>")
              .arg(tr("boost %1").arg(m_tracker->boost()).toHtmlEscaped())
        : QString();
    m_summary->setText(tr("Accuracy <b>%1</b> &nbsp;&nbsp; Macro-F1 <b>%2</b> &nbsp;&nbsp; "
                          "<span style=\"color:gray\">%n labeled pair(s)</span>", nullptr, m.count)
                           .arg(LabelText::score(m.accuracy), LabelText::score(m.macroF1)) + boost);
}

QStringList MetricsDock::notes(const Metrics &m)
{
    const Baseline b = majorityBaseline(m);
    if (b.label < 0)
        return {};
    QStringList out{tr("Always answering %1 scores accuracy %2, macro-F1 %3.")
                        .arg(LabelText::name(b.label), LabelText::score(b.accuracy), LabelText::score(b.macroF1))};
    for (int label : neverPredicted(m))
        out << tr("The model never predicts %1: it misses every such pair, and its disagreement "
                  "there says nothing about the label.")
                   .arg(LabelText::name(label));
    return out;
}

QString MetricsDock::describeContext(const Metrics &m)
{
    const QStringList sentences = notes(m);
    QString html;
    for (int i = 0; i < sentences.size(); ++i)
        html += i == 0 ? QStringLiteral("<span style=\"color:gray\">%1</span>").arg(sentences[i].toHtmlEscaped())
                       : QStringLiteral("<br><span style=\"color:#a04000\">\u26a0 %1</span>").arg(sentences[i].toHtmlEscaped());
    return html;
}

}  // namespace entail
