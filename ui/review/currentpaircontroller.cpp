#include "ui/review/currentpaircontroller.h"

#include "ui/prediction/backgroundprediction.h"
#include "ui/review/historypanel.h"
#include "ui/common/labeltext.h"
#include "ui/prediction/livepredictor.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/pairview.h"
#include "ui/prediction/predictionpanel.h"
#include "ui/session/projectsession.h"

namespace entail {

namespace {
bool noImages(const Pair &pair) { return pair.first.imageMissing && pair.second.imageMissing; }
}  // namespace

CurrentPairController::CurrentPairController(ProjectSession *session, PairBrowser *browser, PairView *view,
                                             PredictionPanel *prediction, HistoryPanel *history, QObject *parent)
    : QObject(parent), m_session(session), m_browser(browser), m_view(view), m_prediction(prediction),
      m_history(history)
{
    connect(browser, &PairBrowser::currentPairChanged, this, &CurrentPairController::show);
    connect(session, &ProjectSession::labelApplied, this, &CurrentPairController::onLabelApplied);
    connect(session, &ProjectSession::imagesChanged, this, &CurrentPairController::refresh);
    connect(session, &ProjectSession::labelsChangedElsewhere, this, &CurrentPairController::onLabelsChangedElsewhere);
    connect(session, &ProjectSession::modelChanged, this, &CurrentPairController::showPrediction);
    connect(session->pairs(), &PairTableModel::predictionsChanged, this, &CurrentPairController::showPrediction);
    connect(session->live(), &LivePredictor::ready, this, [this](qint64 key, const Prediction &prediction) {
        if (m_row < 0)
            return;
        const Pair &pair = m_session->pairs()->pair(m_row);
        if (pair.key == key && !m_session->pairs()->isBlind(m_row))
            m_prediction->setPrediction(m_session->pairs()->boost().apply(prediction), pair.currentLabel, noImages(pair));
    });
    connect(session->batch(), &BackgroundPrediction::started, prediction, [prediction] { prediction->setBatchRunning(true); });
    connect(session->batch(), &BackgroundPrediction::progress, prediction, &PredictionPanel::setBatchProgress);
    connect(session, &ProjectSession::batchFinished, this,
            [this] { m_prediction->setBatchRunning(m_session->batch()->isRunning()); });
}

void CurrentPairController::refresh() { show(m_row); }

void CurrentPairController::show(int row)
{
    m_row = row;
    // With its texts: a large project's table reads them from the store.
    const std::optional<Pair> shown = row >= 0 ? std::optional<Pair>(m_session->pairs()->pairWithTexts(row)) : std::nullopt;
    const Pair *pair = shown ? &*shown : nullptr;
    m_view->setImagesDir(m_session->imagesDir());
    const bool blind = pair && m_session->pairs()->isBlind(row);
    m_view->setPair(pair, blind);
    if (blind)
        m_history->setHidden(pair->key);
    else
        m_history->setEntries(pair ? pair->key : 0, pair ? m_session->log(pair->key) : std::vector<LogEntry>{});
    showPrediction();
    Q_EMIT currentRowChanged(row);
}

void CurrentPairController::showPrediction()
{
    const PairTableModel *pairs = m_session->pairs();
    if (m_row < 0 || !m_session->predictor()) {
        m_prediction->setPrediction(std::nullopt, kNoLabel);
        return;
    }
    const Pair &pair = pairs->pair(m_row);
    if (pairs->isBlind(m_row)) {
        m_prediction->setBlind();
        return;
    }
    if (pairs->hasPrediction(m_row)) {
        m_prediction->setPrediction(pairs->boost().apply(pairs->prediction(m_row)), pair.currentLabel, noImages(pair));
        return;
    }
    if (!pairs->textsReadable(m_row)) {  // no prediction from the line that says the text is missing
        m_prediction->setPrediction(std::nullopt, kNoLabel);
        return;
    }
    m_prediction->setPending();
    m_session->live()->request(pairs->pairWithTexts(m_row));
}

void CurrentPairController::setLabel(int label)
{
    if (m_row < 0)
        return;
    const Pair before = m_session->pairs()->pair(m_row);
    m_correcting = true;
    m_session->setLabel(m_row, label);
    m_correcting = false;
    if (m_session->teamMode())
        Q_EMIT statusMessage(isValidLabel(label) ? tr("Pair %1: your label %2 (saved)").arg(before.key).arg(LabelText::name(label))
                                                 : tr("Pair %1: your label taken back (saved)").arg(before.key),
                             4000);
    else if (before.currentLabel != label)
        Q_EMIT statusMessage(tr("Pair %1: %2 \u2192 %3 (saved)")
                                 .arg(before.key)
                                 .arg(LabelText::name(before.currentLabel), LabelText::name(label)),
                             4000);
}

void CurrentPairController::onLabelsChangedElsewhere(const QList<qint64> &keys)
{
    // The table and the metrics follow the model; the card and its history are redrawn here.
    if (m_row >= 0 && keys.contains(m_session->pairs()->pair(m_row).key))
        refresh();
    Q_EMIT statusMessage(tr("%n label(s) changed by another window or process", nullptr, int(keys.size())), 8000);
}

void CurrentPairController::onLabelApplied(qint64 key)
{
    const int row = m_session->pairs()->rowOfKey(key);
    if (row == m_row)
        refresh();
    else if (!m_correcting && !m_browser->selectSourceRow(row))
        Q_EMIT statusMessage(tr("Changed the label of pair %1, which the filter hides").arg(key), 5000);
}

}  // namespace entail
