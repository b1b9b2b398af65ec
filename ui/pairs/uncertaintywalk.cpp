#include "ui/pairs/uncertaintywalk.h"

#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"

#include <QAction>
#include <QMenu>

namespace entail {

namespace {
bool before(double ka, int ra, double kb, int rb) { return ka < kb || (ka == kb && ra < rb); }
}  // namespace

UncertaintyWalk::UncertaintyWalk(PairTableModel *pairs, PairFilterProxy *proxy, PairBrowser *browser, QObject *parent)
    : QObject(parent), m_pairs(pairs), m_proxy(proxy), m_browser(browser)
{
    m_next = new QAction(tr("Next &uncertain"), this);
    m_next->setObjectName(QStringLiteral("nextUncertain"));
    m_next->setShortcut(QKeySequence(tr("Ctrl+U")));
    m_next->setToolTip(tr("The unlabeled pair the model is least sure of (after the one on screen): label those "
                          "first, the model learns most from them"));
    connect(m_next, &QAction::triggered, this, &UncertaintyWalk::selectNext);
    m_entropy = new QAction(tr("Order uncertain pairs by &entropy"), this);
    m_entropy->setObjectName(QStringLiteral("uncertainByEntropy"));
    m_entropy->setCheckable(true);
    m_entropy->setToolTip(tr("Next uncertain: by the entropy of the three probabilities instead of the margin "
                             "between the two most probable labels"));
    connect(m_pairs, &QAbstractItemModel::modelReset, this, [this] { m_cursor = -1; });
    connect(m_pairs, &PairTableModel::predictionsChanged, this, [this] { m_cursor = -1; });
}

void UncertaintyWalk::addTo(QMenu *menu)
{
    menu->addAction(m_next);
    menu->addAction(m_entropy);
}

Uncertainty::Measure UncertaintyWalk::measure() const
{
    return m_entropy->isChecked() ? Uncertainty::Measure::Entropy : Uncertainty::Measure::Margin;
}

UncertaintyWalk::Step UncertaintyWalk::next(const PairTableModel &pairs, int afterRow, Uncertainty::Measure measure,
                                            const std::function<bool(int)> &accept)
{
    const bool fromCursor = afterRow >= 0 && afterRow < pairs.rowCount() && pairs.hasPrediction(afterRow);
    const double afterKey = fromCursor ? Uncertainty::rankKey(pairs.prediction(afterRow).both, measure) : 0.0;
    Step best, first;
    double bestKey = 0.0, firstKey = 0.0;
    std::vector<double> keys;
    std::vector<int> rows;
    for (int row = 0; row < pairs.rowCount(); ++row) {
        if (!pairs.hasPrediction(row) || isValidLabel(pairs.pair(row).currentLabel) || (accept && !accept(row)))
            continue;
        const double key = Uncertainty::rankKey(pairs.prediction(row).both, measure);
        keys.push_back(key);
        rows.push_back(row);
        if (first.row < 0 || before(key, row, firstKey, first.row))
            first.row = row, firstKey = key;
        if ((!fromCursor || before(afterKey, afterRow, key, row)) && (best.row < 0 || before(key, row, bestKey, best.row)))
            best.row = row, bestKey = key;
    }
    Step out = best.row >= 0 ? best : first;
    const double outKey = best.row >= 0 ? bestKey : firstKey;
    out.total = int(rows.size());
    for (size_t i = 0; i < rows.size() && out.row >= 0; ++i)
        out.rank += !before(outKey, out.row, keys[i], rows[i]) ? 1 : 0;
    return out;
}

bool UncertaintyWalk::selectNext()
{
    if (!m_pairs->hasPredictions()) {
        Q_EMIT statusMessage(tr("Uncertain pairs need predictions: load a model first."), 8000);
        return false;
    }
    const int current = m_browser->currentSourceRow();
    const int after = current >= 0 && (current == m_cursor || !isValidLabel(m_pairs->pair(current).currentLabel))
        ? current : m_cursor;
    const Step step = next(*m_pairs, after, measure(), [this](int r) { return m_proxy->proxyRow(r) >= 0; });
    if (step.row < 0) {
        Q_EMIT statusMessage(tr("No shown unlabeled pair has a prediction."), 8000);
        return false;
    }
    m_cursor = step.row;
    m_browser->selectSourceRow(step.row);
    Q_EMIT statusMessage(tr("Uncertain %1 of %2").arg(step.rank).arg(step.total), 8000);
    return true;
}

}  // namespace entail
