#pragma once
// Calibration of the active model in the metrics dock: expected calibration error per split (15 bins), a
// reliability diagram (accuracy against confidence per bin, with the diagonal) for the dock's split, the
// temperature and its before/after NLL and ECE on the validation split, and "Calibrate" for a version
// trained before calibration existed (VersionCalibration on a worker thread, then the version is reloaded).
#include "model/metrics/calibration.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>
#include <optional>

class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;

namespace entail {

class MetricsTracker;
class ProjectSession;

struct CalibrationOutcome {
    qint64 versionId = 0;
    std::optional<TemperatureFit> fit;
    QString error;
};

class CalibrationPanel final : public QWidget {
    Q_OBJECT

public:
    CalibrationPanel(ProjectSession *session, MetricsTracker *tracker, QWidget *parent = nullptr);
    ~CalibrationPanel() override;
    QString summaryText() const;
    const CalibrationReport &shownReport() const { return m_shown; }  // the diagram's split
    QPushButton *calibrateButton() const { return m_calibrate; }

public Q_SLOTS:
    void calibrate();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    void buildChart();
    void refresh();
    void readRecordedFit();
    void onCalibrated();
    QString fitText() const;

    ProjectSession *m_session;
    MetricsTracker *m_tracker;
    QLabel *m_summary;
    QChartView *m_chart;
    QLineSeries *m_reliability = nullptr;
    QPushButton *m_calibrate;
    CalibrationReport m_shown;
    TemperatureFit m_recorded;  // read from the active model's file
    QThreadPool m_pool;
    QFutureWatcher<TemperatureFit> m_fitReader;
    QFutureWatcher<CalibrationOutcome> m_calibrator;
};

}  // namespace entail
