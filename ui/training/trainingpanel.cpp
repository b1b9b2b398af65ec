#include "ui/training/trainingpanel.h"

#include "ui/common/durationtext.h"
#include "ui/common/labeltext.h"
#include "ui/metrics/metricsdock.h"

#include "ui/training/trainingcontroller.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace entail {

namespace {
constexpr int kProgressScale = 1000;     // progress bar resolution
constexpr double kAxisHeadroom = 1.1;    // room above the highest loss so the line never touches the frame
constexpr int kMaxLogBlocks = 5000;      // the log keeps the last lines of a long session
constexpr int kMinimumHeight = 200;      // below this the charts' axes crowd out the lines
}  // namespace

TrainingPanel::TrainingPanel(QWidget *parent) : QWidget(parent)
{
    createStatusRow();
    QChart *lossChart = createLossChart();
    QChart *valChart = createValidationChart();
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kMaxLogBlocks);
    m_log->setPlaceholderText(tr("Log of the training runs"));
    buildLayout(lossChart, valChart);
    reset();
    setMinimumHeight(kMinimumHeight);
}

void TrainingPanel::reset()
{
    m_runName.clear();
    m_batchLoss->clear();
    m_valLoss->clear();
    m_valF1->clear();
    m_maxBatchLoss = m_maxValLoss = 0.0;
    m_epochs = 0;
    m_batchAxis->setRange(1, 10);
    m_lossAxis->setRange(0, 1.5);
    setEpochRange(2);
    m_valLossAxis->setRange(0, 1.5);
    m_log->clear();
    m_progress->setValue(0);
    setRunning(false);
    m_status->setText(tr("No training run yet. Use Train to start one."));
}

void TrainingPanel::createStatusRow()
{
    m_status = new QLabel(this);  // reset() writes its first text
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("trainingProgress"));
    m_progress->setRange(0, kProgressScale);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    m_cancel = new QPushButton(tr("&Cancel training"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTraining"));
    m_cancel->setToolTip(tr("Stops the run after the current batch (Esc). No version is created."));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingPanel::cancelRequested);
}

QChart *TrainingPanel::createLossChart()
{
    QChart *chart = makeChart(tr("Training loss per batch"));
    m_batchLoss = addSeries(chart, tr("Training loss"));
    m_batchAxis = addAxis(chart, tr("Batch"), Qt::AlignBottom, QStringLiteral("%d"));
    m_lossAxis = addAxis(chart, tr("Loss"), Qt::AlignLeft);
    m_batchLoss->attachAxis(m_batchAxis);
    m_batchLoss->attachAxis(m_lossAxis);
    chart->legend()->hide();
    return chart;
}

QChart *TrainingPanel::createValidationChart()
{
    QChart *chart = makeChart(tr("Validation per epoch"));
    m_valLoss = addSeries(chart, tr("Validation loss"));
    m_valF1 = addSeries(chart, tr("Macro-F1"));
    m_valLoss->setPointsVisible(true);
    m_valF1->setPointsVisible(true);
    m_epochAxis = addAxis(chart, tr("Epoch"), Qt::AlignBottom, QStringLiteral("%d"));
    m_valLossAxis = addAxis(chart, tr("Loss"), Qt::AlignLeft);
    QValueAxis *f1Axis = addAxis(chart, tr("Macro-F1"), Qt::AlignRight, QStringLiteral("%.1f"));
    f1Axis->setRange(0.0, 1.0);
    m_valLoss->attachAxis(m_epochAxis);
    m_valLoss->attachAxis(m_valLossAxis);
    m_valF1->attachAxis(m_epochAxis);
    m_valF1->attachAxis(f1Axis);
    // The axes' titles, in their series' colours, name the lines: no legend taking the plot's height on
    // a short screen.
    for (auto [axis, series] : {std::pair{m_valLossAxis, m_valLoss}, std::pair{f1Axis, m_valF1}}) {
        axis->setLinePen(series->pen());
        axis->setTitleBrush(series->pen().color());
    }
    chart->legend()->hide();
    return chart;
}

void TrainingPanel::buildLayout(QChart *lossChart, QChart *valChart)
{
    auto *lossView = new QChartView(lossChart, this);
    auto *valView = new QChartView(valChart, this);
    for (QChartView *view : {lossView, valView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(200, 140);
    }
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(lossView);
    splitter->addWidget(valView);
    splitter->addWidget(m_log);
    splitter->setSizes({400, 400, 300});  // proportions: the charts get the room, the log the rest
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

QChart *TrainingPanel::makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QLineSeries *TrainingPanel::addSeries(QChart *chart, const QString &name)
{
    auto *series = new QLineSeries(this);
    series->setName(name);
    chart->addSeries(series);
    return series;
}

QValueAxis *TrainingPanel::addAxis(QChart *chart, const QString &title, Qt::Alignment side, const QString &format)
{
    auto *axis = new QValueAxis(this);
    axis->setTitleText(title);
    if (!format.isEmpty())
        axis->setLabelFormat(format);
    chart->addAxis(axis, side);
    return axis;
}

void TrainingPanel::attach(TrainingController *c)
{
    connect(c, &TrainingController::started, this, &TrainingPanel::onStarted);
    connect(c, &TrainingController::progress, this, &TrainingPanel::onProgress);
    connect(c, &TrainingController::epochFinished, this, &TrainingPanel::onEpoch);
    connect(c, &TrainingController::message, this, &TrainingPanel::appendLog);
    connect(c, &TrainingController::finished, this, &TrainingPanel::onFinished);
    connect(c, &TrainingController::failed, this,
            [this](const QString &error) { onStopped(tr("Training %1 failed: %2").arg(m_runName, error)); });
    connect(c, &TrainingController::cancelled, this,
            [this] { onStopped(tr("Training %1 cancelled: no version was created.").arg(m_runName)); });
    connect(this, &TrainingPanel::cancelRequested, c, [this, c] {
        if (!c->isRunning())
            return;
        c->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling %1 after the current batch…").arg(m_runName));
    });
    setRunning(c->isRunning());
}

QString TrainingPanel::statusText() const { return m_status->text(); }
QString TrainingPanel::logText() const { return m_log->toPlainText(); }

QString TrainingPanel::formatDuration(double seconds) { return durationText(seconds); }

void TrainingPanel::appendLog(const QString &line)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(time, line));
}

void TrainingPanel::setRunning(bool running)
{
    m_cancel->setEnabled(running);
    m_progress->setFormat(running ? QStringLiteral("%p%") : QString());
}

void TrainingPanel::onStarted(const QString &name, const TrainConfig &config, int trainPairs)
{
    m_runName = name;
    m_clock.start();
    m_batchLoss->clear();
    m_valLoss->clear();
    m_valF1->clear();
    m_maxBatchLoss = m_maxValLoss = 0.0;
    m_lossAxis->setRange(0.0, 0.1);
    m_valLossAxis->setRange(0.0, 0.1);
    m_epochs = qMax(1, config.epochs);
    setEpochRange(m_epochs);
    m_progress->setValue(0);
    setRunning(true);
    m_status->setText(tr("Training %1: preparing…").arg(name));
    appendLog(tr("Run %1 started: %2 loss, %3, %n labeled training pair(s) (label snapshot).", nullptr, trainPairs)
                  .arg(name, lossName(config.loss),
                       config.trainEncoders ? tr("encoders and heads") : tr("heads only")));
}

void TrainingPanel::setEpochRange(int epochs)
{
    // From 0, so that the first epoch's points stand clear of the axis; whole-epoch ticks, at most ~10.
    constexpr int kMaxIntervals = 10;
    m_epochAxis->setRange(0, epochs);
    m_epochAxis->setTickType(QValueAxis::TicksDynamic);
    m_epochAxis->setTickAnchor(0);
    m_epochAxis->setTickInterval(qMax(1, (epochs + kMaxIntervals - 1) / kMaxIntervals));
}

void TrainingPanel::onProgress(const TrainProgress &p)
{
    const int step = (p.epoch - 1) * p.batches + p.batch;
    const int total = qMax(1, p.epochs * p.batches);
    m_progress->setValue(int(qint64(kProgressScale) * step / total));
    const double elapsed = m_clock.isValid() ? m_clock.nsecsElapsed() / 1e9 : 0.0;
    m_status->setText(tr("Training %1: epoch %2/%3, batch %4/%5, loss %6, elapsed %7, about %8 left")
                          .arg(m_runName).arg(p.epoch).arg(p.epochs).arg(p.batch).arg(p.batches)
                          .arg(p.loss, 0, 'f', 4).arg(formatDuration(elapsed), formatDuration(p.etaSeconds)));
    m_batchLoss->append(step, p.loss);
    m_maxBatchLoss = std::max(m_maxBatchLoss, p.loss);
    m_batchAxis->setRange(1, qMax(2, total));
    if (p.loss * kAxisHeadroom > m_lossAxis->max()) {  // rescale only when a point would leave the chart
        m_lossAxis->setRange(0.0, m_maxBatchLoss * kAxisHeadroom);
        m_lossAxis->applyNiceNumbers();
    }
    if (p.epochs != m_epochs) {  // the trainer's default epoch count is known only now
        m_epochs = p.epochs;
        setEpochRange(m_epochs);
    }
}

void TrainingPanel::onEpoch(const EpochSummary &s)
{
    m_valLoss->append(s.epoch, s.validationLoss);
    m_valF1->append(s.epoch, s.validation.macroF1);
    m_maxValLoss = std::max(m_maxValLoss, s.validationLoss);
    if (s.validationLoss * kAxisHeadroom > m_valLossAxis->max() || m_valLoss->count() == 1) {
        m_valLossAxis->setRange(0.0, qMax(1e-3, m_maxValLoss * kAxisHeadroom));
        m_valLossAxis->applyNiceNumbers();
    }
    appendLog(tr("%1 epoch %2: training loss %3, validation loss %4, macro-F1 %5, accuracy %6; "
                 "epoch time %7, about %8 left")
                  .arg(m_runName).arg(s.epoch).arg(s.trainLoss, 0, 'f', 4).arg(s.validationLoss, 0, 'f', 4)
                  .arg(LabelText::score(s.validation.macroF1)).arg(LabelText::score(s.validation.accuracy))
                  .arg(formatDuration(s.seconds), formatDuration(s.etaSeconds)));
}

void TrainingPanel::onFinished(const ModelVersion &version, const TrainResult &result)
{
    m_progress->setValue(kProgressScale);
    setRunning(false);
    const QString line = tr("Version %1 saved in %2 (best epoch %3, validation macro-F1 %4).")
                             .arg(version.name, formatDuration(result.seconds)).arg(result.bestEpoch)
                             .arg(LabelText::score(result.validation.macroF1));
    m_status->setText(line);
    appendLog(line);
    for (const QString &note : MetricsDock::notes(result.validation))
        appendLog(note);
    const TemperatureFit &fit = result.calibration;
    if (fit.count > 0)
        appendLog(tr("Temperature %1 fitted on the validation split: NLL %2 \u2192 %3, ECE %4 \u2192 %5.")
                      .arg(QString::number(fit.temperature, 'f', 2), LabelText::score(fit.nllBefore),
                           LabelText::score(fit.nllAfter), LabelText::score(fit.eceBefore), LabelText::score(fit.eceAfter)));
}

void TrainingPanel::onStopped(const QString &status)
{
    setRunning(false);
    m_status->setText(status);
    appendLog(status);
}

}  // namespace entail
