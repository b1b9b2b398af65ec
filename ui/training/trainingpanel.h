#pragma once
// The live view of a training run: progress bar with epoch, batch, elapsed and remaining time, a chart of the training loss
// per batch, a chart of validation loss and macro-F1 per epoch, and the log of all runs on the open project.
#include "model/store/store.h"
#include "model/training/trainer.h"
#include "ui/common/trainingmetatypes.h"

#include <QElapsedTimer>
#include <QWidget>

class QChart;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QValueAxis;

namespace entail {

class TrainingController;

class TrainingPanel final : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPanel(QWidget *parent = nullptr);

    void attach(TrainingController *controller);

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLineSeries *batchLossSeries() const { return m_batchLoss; }
    QLineSeries *validationLossSeries() const { return m_valLoss; }
    QLineSeries *validationF1Series() const { return m_valF1; }
    QString statusText() const;
    QString logText() const;

    static QString formatDuration(double seconds);  // "0:42", "12:05", "1:02:03"

public Q_SLOTS:
    void appendLog(const QString &line);
    void reset();  // as new: no run, empty charts and log (another project was opened)

Q_SIGNALS:
    void cancelRequested();

private:
    void onStarted(const QString &name, const TrainConfig &config, int trainPairs);
    void onProgress(const TrainProgress &p);
    void onEpoch(const EpochSummary &s);
    void onFinished(const ModelVersion &version, const TrainResult &result);
    void onStopped(const QString &status);
    void setRunning(bool running);
    void setEpochRange(int epochs);
    void createStatusRow();
    QChart *createLossChart();
    QChart *createValidationChart();
    void buildLayout(QChart *lossChart, QChart *valChart);
    QChart *makeChart(const QString &title);
    QLineSeries *addSeries(QChart *chart, const QString &name);
    QValueAxis *addAxis(QChart *chart, const QString &title, Qt::Alignment side, const QString &format = {});

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPlainTextEdit *m_log;
    QLineSeries *m_batchLoss;
    QLineSeries *m_valLoss;
    QLineSeries *m_valF1;
    QValueAxis *m_batchAxis;
    QValueAxis *m_lossAxis;
    QValueAxis *m_epochAxis;
    QValueAxis *m_valLossAxis;
    QString m_runName;
    double m_maxBatchLoss = 0.0;
    double m_maxValLoss = 0.0;
    int m_epochs = 0;
    QElapsedTimer m_clock;  // since the run started, preparation included
};

}  // namespace entail
