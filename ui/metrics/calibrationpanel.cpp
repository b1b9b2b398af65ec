#include "ui/metrics/calibrationpanel.h"

#include "model/modelfile/versioncalibration.h"
#include "model/store/store.h"
#include "ui/common/labeltext.h"
#include "ui/common/poolrun.h"
#include "ui/metrics/metricstracker.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace entail {

CalibrationPanel::CalibrationPanel(ProjectSession *session, MetricsTracker *tracker, QWidget *parent)
    : QWidget(parent), m_session(session), m_tracker(tracker), m_summary(new QLabel(this)),
      m_chart(new QChartView(this)), m_calibrate(new QPushButton(tr("&Calibrate"), this))
{
    setObjectName(QStringLiteral("calibrationPanel"));
    m_pool.setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("calibrationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_calibrate->setObjectName(QStringLiteral("calibrateButton"));
    m_calibrate->setToolTip(tr("Fits a temperature on the validation split's stored predictions (current labels), "
                               "writes it into the model file and reloads the model. The decisions stay the same; "
                               "the probabilities shown become honest."));
    buildChart();
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addWidget(m_calibrate, 0, Qt::AlignLeft);
    connect(m_calibrate, &QPushButton::clicked, this, &CalibrationPanel::calibrate);
    connect(tracker, &MetricsTracker::metricsChanged, this, &CalibrationPanel::refresh);
    connect(session, &ProjectSession::modelChanged, this, &CalibrationPanel::readRecordedFit);
    connect(&m_fitReader, &QFutureWatcher<TemperatureFit>::finished, this, [this] {
        m_recorded = m_fitReader.result();
        refresh();
    });
    connect(&m_calibrator, &QFutureWatcher<CalibrationOutcome>::finished, this, &CalibrationPanel::onCalibrated);
    refresh();
}

CalibrationPanel::~CalibrationPanel()
{
    m_fitReader.waitForFinished();
    m_calibrator.waitForFinished();
}

void CalibrationPanel::buildChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *diagonal = new QLineSeries(chart);
    diagonal->append(0.0, 0.0);
    diagonal->append(1.0, 1.0);
    diagonal->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_reliability = new QLineSeries(chart);
    m_reliability->setPointsVisible(true);
    chart->addSeries(diagonal);
    chart->addSeries(m_reliability);
    const std::pair<Qt::Alignment, QString> axes[] = {{Qt::AlignBottom, tr("Confidence")}, {Qt::AlignLeft, tr("Accuracy")}};
    for (const auto &[align, title] : axes) {
        auto *axis = new QValueAxis(chart);
        axis->setRange(0.0, 1.0);
        axis->setTickCount(3);
        axis->setLabelFormat(QStringLiteral("%.1f"));
        axis->setTitleText(title);
        chart->addAxis(axis, align);
        diagonal->attachAxis(axis);
        m_reliability->attachAxis(axis);
    }
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(170);
    m_chart->setToolTip(tr("Reliability diagram: per confidence bin, how often the model was right. On the "
                           "dashed diagonal the confidence is honest; below it the model is overconfident."));
}

void CalibrationPanel::refresh()
{
    const PairTableModel *pairs = m_session->pairs();
    std::array<std::vector<int>, kNumSplits> truth;
    std::array<std::vector<Probs>, kNumSplits> probs;
    std::vector<int> shownTruth;
    std::vector<Probs> shownProbs;
    for (int row = 0; row < pairs->rowCount(); ++row) {
        const Pair &p = pairs->pair(row);
        if (!pairs->hasPrediction(row) || !isValidLabel(p.currentLabel))
            continue;
        truth[size_t(p.split)].push_back(p.currentLabel);
        probs[size_t(p.split)].push_back(pairs->prediction(row).both);
    }
    QStringList perSplit;
    for (int s = 0; s < kNumSplits; ++s) {
        const CalibrationReport r = Calibration::report(truth[size_t(s)], probs[size_t(s)]);
        if (r.count > 0)
            perSplit << QStringLiteral("%1 %2").arg(LabelText::splitName(s), LabelText::score(r.ece));
        if (m_tracker->split() == MetricsTracker::kAllSplits || m_tracker->split() == s) {
            shownTruth.insert(shownTruth.end(), truth[size_t(s)].begin(), truth[size_t(s)].end());
            shownProbs.insert(shownProbs.end(), probs[size_t(s)].begin(), probs[size_t(s)].end());
        }
    }
    m_shown = Calibration::report(shownTruth, shownProbs);
    QList<QPointF> points;
    for (const ReliabilityBin &b : m_shown.bins)
        if (b.count > 0)
            points << QPointF(b.confidence, b.accuracy);
    m_reliability->replace(points);
    const QString ece = perSplit.isEmpty() ? tr("Calibration error (ECE): \u2013")
                                           : tr("Calibration error (ECE): %1").arg(perSplit.join(QStringLiteral(" \u00b7 ")));
    m_summary->setText(ece.toHtmlEscaped() + QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(fitText().toHtmlEscaped()));
    m_calibrate->setEnabled(m_session->activeModel().has_value() && pairs->hasPredictions() && !m_calibrator.isRunning());
}

QString CalibrationPanel::fitText() const
{
    if (!m_session->activeModel())
        return tr("No model is active.");
    if (m_recorded.count == 0)
        return tr("Not calibrated (temperature 1).");
    return tr("Temperature %1 (fitted on %n validation pair(s)): NLL %2 \u2192 %3, ECE %4 \u2192 %5.", nullptr,
              m_recorded.count)
        .arg(QString::number(m_recorded.temperature, 'f', 2), LabelText::score(m_recorded.nllBefore),
             LabelText::score(m_recorded.nllAfter), LabelText::score(m_recorded.eceBefore),
             LabelText::score(m_recorded.eceAfter));
}

QString CalibrationPanel::summaryText() const { return m_summary->text(); }

void CalibrationPanel::readRecordedFit()
{
    m_recorded = {};
    refresh();
    const auto model = m_session->activeModel();
    if (!model)
        return;
    // The whole model file is read and its checksum checked: tens of MB, not on the GUI thread.
    const QString file = model->file;
    m_fitReader.setFuture(runInBackground(&m_pool, [file] {
        CheckpointData data;
        QString error;
        return Checkpoint::read(file, &data, &error) ? VersionCalibration::recordedFit(data) : TemperatureFit{};
    }));
}

void CalibrationPanel::calibrate()
{
    const auto model = m_session->activeModel();
    if (!model || m_calibrator.isRunning())
        return;
    m_calibrate->setEnabled(false);
    Q_EMIT statusMessage(tr("Calibrating %1...").arg(model->name), 0);
    const QString project = m_session->projectPath();
    const ModelVersion version = *model;
    m_calibrator.setFuture(runInBackground(&m_pool, [project, version] {
        CalibrationOutcome out;
        out.versionId = version.id;
        ProjectStore store;
        if (!store.open(project, &out.error))
            return out;
        out.fit = VersionCalibration::calibrate(store, version, &out.error);
        return out;
    }));
}

void CalibrationPanel::onCalibrated()
{
    const CalibrationOutcome out = m_calibrator.result();
    const auto model = m_session->activeModel();
    if (!out.fit) {
        Q_EMIT statusMessage(tr("Calibration failed: %1").arg(out.error), 8000);
    } else {
        Q_EMIT statusMessage(tr("Calibrated: temperature %1, validation NLL %2 \u2192 %3")
                                 .arg(QString::number(out.fit->temperature, 'f', 2), LabelText::score(out.fit->nllBefore),
                                      LabelText::score(out.fit->nllAfter)), 8000);
        // The loaded network still has the old temperature: reload it (and re-predict) from the file.
        if (model && model->id == out.versionId)
            m_session->activateVersion(*model);
    }
    refresh();
}

}  // namespace entail
