#include "ui/metrics/boostcontrol.h"

#include "model/metrics/rarelabelboost.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>
#include <cmath>

namespace entail {

QString BoostControl::metaKey() { return QStringLiteral("rare_label_boost"); }

BoostControl::BoostControl(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_slider(new QSlider(Qt::Horizontal, this)), m_value(new QLabel(this)),
      m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("boostControl"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Rare-label &boost:"), this);
    caption->setBuddy(m_slider);
    m_slider->setObjectName(QStringLiteral("boostSlider"));
    m_slider->setRange(0, kSteps);
    m_slider->setPageStep(kSteps / 4);
    setToolTip(tr("Re-decides every prediction from the stored probabilities: each class's probability is "
                  "divided by its share of the training split raised to this power, then renormalised. "
                  "0 = off (the model's own decisions); 1 = every label equally likely a priori. Moves "
                  "decisions towards the rare labels: more recall for them, less accuracy. No retraining; the "
                  "matrix, the Predicted column and the suspects follow at once."));
    m_value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 4);
    layout->addWidget(caption);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_value);
    // Writing the project on every slider step would be a store write per pixel dragged.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &BoostControl::save);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        apply();
        m_saveTimer->start();
    });
    connect(session, &ProjectSession::opened, this, &BoostControl::restore);
    apply();
}

double BoostControl::alpha() const { return RareLabelBoost::kMaxAlpha * m_slider->value() / kSteps; }

void BoostControl::setAlpha(double alpha)
{
    m_slider->setValue(int(std::lround(alpha / RareLabelBoost::kMaxAlpha * kSteps)));
}

void BoostControl::apply()
{
    m_value->setText(QString::number(alpha(), 'f', 2));
    PairTableModel *pairs = m_session->pairs();
    std::vector<int> trainLabels;
    trainLabels.reserve(pairs->pairs().size());
    for (const Pair &p : pairs->pairs())
        if (p.split == Split::Train)
            trainLabels.push_back(p.currentLabel);
    pairs->setBoost(RareLabelBoost(RareLabelBoost::priorsOf(trainLabels), alpha()));
}

void BoostControl::save()
{
    if (ProjectStore *store = m_session->store(); store && !store->isReadOnly())
        store->setMeta(metaKey(), alpha());
}

void BoostControl::restore()
{
    const ProjectStore *store = m_session->store();
    const double value = store ? store->meta(metaKey(), 0.0).toDouble() : 0.0;
    const QSignalBlocker block(m_slider);
    setAlpha(std::isfinite(value) ? std::clamp(value, 0.0, RareLabelBoost::kMaxAlpha) : 0.0);
    apply();
}

}  // namespace entail
