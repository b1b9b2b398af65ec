#pragma once
// Issue 12's honesty in the window, assembled in one place so that MainWindow only adds it: the rare-label
// boost and calibration sections of the metrics dock, and "Next uncertain" in the Label menu.
#include <QObject>

class QMenu;

namespace entail {

class BoostControl;
class CalibrationPanel;
class MetricsDock;
class MetricsTracker;
class PairBrowser;
class PairFilterProxy;
class ProjectSession;
class UncertaintyWalk;

class HonestyFeature final : public QObject {
    Q_OBJECT

public:
    HonestyFeature(ProjectSession *session, MetricsTracker *tracker, MetricsDock *dock, PairBrowser *browser,
                   PairFilterProxy *proxy, QObject *parent);
    void addTo(QMenu *labelMenu);
    BoostControl *boost() const { return m_boost; }
    CalibrationPanel *calibration() const { return m_calibration; }
    UncertaintyWalk *uncertainty() const { return m_uncertainty; }

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    BoostControl *m_boost;
    CalibrationPanel *m_calibration;
    UncertaintyWalk *m_uncertainty;
};

}  // namespace entail
