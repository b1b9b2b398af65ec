#include "ui/metrics/metricstracker.h"

#include "ui/metrics/classmetricsmodel.h"
#include "ui/metrics/confusionmatrixmodel.h"
#include "ui/pairs/pairtablemodel.h"

namespace entail {

MetricsTracker::MetricsTracker(PairTableModel *pairs, QObject *parent)
    : QObject(parent), m_pairs(pairs), m_confusion(new ConfusionMatrixModel(this)),
      m_classes(new ClassMetricsModel(this))
{
    setObjectName(QStringLiteral("metricsTracker"));
    // Validation is the honest split to judge a model on; the user can switch.
    m_split = int(Split::Validation);
    // Predictions announce themselves through predictionsChanged; here only label edits matter.
    connect(pairs, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= PairTableModel::CurrentLabel && to.column() >= PairTableModel::CurrentLabel)
            recompute();
    });
    connect(pairs, &PairTableModel::labelsChanged, this, &MetricsTracker::recompute);
    connect(pairs, &QAbstractItemModel::modelReset, this, &MetricsTracker::recompute);
    connect(pairs, &PairTableModel::predictionsChanged, this, &MetricsTracker::recompute);
    recompute();
}

bool MetricsTracker::hasPredictions() const { return m_pairs->hasPredictions(); }

double MetricsTracker::boost() const { return m_pairs->boost().alpha(); }

void MetricsTracker::setSplit(int split)
{
    if (split == m_split)
        return;
    m_split = split;
    recompute();
}

void MetricsTracker::recompute()
{
    std::vector<int> truth, predicted;
    std::vector<Probs> probs;
    const int n = m_pairs->rowCount();
    truth.reserve(size_t(n));
    predicted.reserve(size_t(n));
    probs.reserve(size_t(n));
    for (int row = 0; row < n; ++row) {
        const Pair &p = m_pairs->pair(row);
        if (!m_pairs->hasPrediction(row) || !isValidLabel(p.currentLabel))
            continue;
        if (m_split != kAllSplits && int(p.split) != m_split)
            continue;
        truth.push_back(p.currentLabel);
        predicted.push_back(m_pairs->predictedLabel(row));
        probs.push_back(m_pairs->prediction(row).both);
    }
    m_metrics = computeMetrics(truth, predicted, &probs);
    m_confusion->setMetrics(m_metrics);
    m_classes->setMetrics(m_metrics);
    Q_EMIT metricsChanged();
}

}  // namespace entail
