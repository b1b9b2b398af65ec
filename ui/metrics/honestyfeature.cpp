#include "ui/metrics/honestyfeature.h"

#include "ui/metrics/boostcontrol.h"
#include "ui/metrics/calibrationpanel.h"
#include "ui/metrics/metricsdock.h"
#include "ui/pairs/uncertaintywalk.h"
#include "ui/session/projectsession.h"

#include <QMenu>

namespace entail {

HonestyFeature::HonestyFeature(ProjectSession *session, MetricsTracker *tracker, MetricsDock *dock,
                               PairBrowser *browser, PairFilterProxy *proxy, QObject *parent)
    : QObject(parent)
{
    m_boost = new BoostControl(session, dock);
    m_calibration = new CalibrationPanel(session, tracker, dock);
    dock->addSection(m_boost);
    dock->addSection(m_calibration);
    m_uncertainty = new UncertaintyWalk(session->pairs(), proxy, browser, this);
    connect(m_calibration, &CalibrationPanel::statusMessage, this, &HonestyFeature::statusMessage);
    connect(m_uncertainty, &UncertaintyWalk::statusMessage, this, &HonestyFeature::statusMessage);
}

void HonestyFeature::addTo(QMenu *labelMenu)
{
    labelMenu->addSeparator();
    m_uncertainty->addTo(labelMenu);
    if (auto *window = qobject_cast<QWidget *>(parent()))
        window->addAction(m_uncertainty->nextAction());  // the key works whichever menu is hidden
}

}  // namespace entail
