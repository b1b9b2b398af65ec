#include "ui/prediction/predictionpanel.h"

#include <algorithm>

#include "ui/common/durationtext.h"
#include "ui/common/labeltext.h"
#include "ui/prediction/probabilitybars.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace entail {

namespace {
QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}
}  // namespace

PredictionPanel::PredictionPanel(QWidget *parent) : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("predictionPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    auto *title = new QLabel(tr("Model prediction"), this);
    title->setFont(titleFont);
    // Word wrap makes the layout report a height for width, which QScrollArea needs to ask heightForWidth().
    title->setWordWrap(true);
    outer->addWidget(title);
    outer->addWidget(m_stack);
    m_stack->addWidget(createNoModelPage());
    m_stack->addWidget(createModelPage());
    setModelName(QString());
}

QWidget *PredictionPanel::createNoModelPage()
{
    auto *empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("No model is loaded, so there are no predictions yet.\n"
                               "Train one on this project's labels (it runs in the background, you can keep "
                               "working) or load a trained model file."), empty);
    hint->setWordWrap(true);
    auto *train = m_train = new QPushButton(tr("Train a model..."), empty);
    train->setObjectName(QStringLiteral("trainButton"));
    train->setFocusPolicy(Qt::NoFocus);
    connect(train, &QPushButton::clicked, this, &PredictionPanel::trainRequested);
    auto *load = new QPushButton(tr("Load model..."), empty);
    load->setObjectName(QStringLiteral("loadModelButton"));
    load->setFocusPolicy(Qt::NoFocus);
    connect(load, &QPushButton::clicked, this, &PredictionPanel::loadModelRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(train);
    buttons->addWidget(load);
    buttons->addStretch();
    emptyLayout->addWidget(hint);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch();
    return empty;
}

QWidget *PredictionPanel::createModelPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_modelName = new QLabel(page);
    m_modelName->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_modelName);
    layout->addWidget(caption(tr("Text and image"), page));
    m_both = new ProbabilityBars(page);
    layout->addWidget(m_both);
    layout->addSpacing(6);
    layout->addWidget(caption(tr("Text only (image masked)"), page));
    m_textOnly = new ProbabilityBars(page);
    m_textOnly->setCompact(true);
    layout->addWidget(m_textOnly);
    m_imageOnlyCaption = caption(tr("Image only (text masked)"), page);
    layout->addWidget(m_imageOnlyCaption);
    m_imageOnly = new ProbabilityBars(page);
    m_imageOnly->setCompact(true);
    layout->addWidget(m_imageOnly);
    m_explanation = new QLabel(page);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    layout->addStretch();
    layout->addLayout(createBatchRow(page));
    return page;
}

QHBoxLayout *PredictionPanel::createBatchRow(QWidget *page)
{
    auto *batchRow = new QHBoxLayout;
    m_predictAll = new QPushButton(tr("Predict all pairs"), page);
    m_predictAll->setToolTip(tr("Run the model on every pair of the project, in the background"));
    m_predictAll->setFocusPolicy(Qt::NoFocus);
    m_progress = new QProgressBar(page);
    m_progress->setFormat(tr("%v of %m pairs"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setFocusPolicy(Qt::NoFocus);
    m_cancel->setVisible(false);
    connect(m_predictAll, &QPushButton::clicked, this, &PredictionPanel::predictAllRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PredictionPanel::cancelRequested);
    batchRow->addWidget(m_predictAll);
    batchRow->addWidget(m_progress, 1);
    batchRow->addWidget(m_cancel);
    return batchRow;
}

void PredictionPanel::setModelName(const QString &name)
{
    m_stack->setCurrentIndex(name.isEmpty() ? 0 : 1);
    updateGeometry();  // the other page needs another height
    m_modelName->setText(tr("Model: %1").arg(name));
    setPrediction(std::nullopt, kNoLabel);
}

void PredictionPanel::setPrediction(const std::optional<Prediction> &prediction, int currentLabel, bool noImages)
{
    m_both->setProbabilities(prediction ? std::optional<Probs>(prediction->both) : std::nullopt);
    m_textOnly->setProbabilities(prediction ? std::optional<Probs>(prediction->textOnly) : std::nullopt);
    m_imageOnly->setProbabilities(prediction ? std::optional<Probs>(prediction->imageOnly) : std::nullopt);
    // Without images, "image only" would show the model's answer to nothing at all.
    m_imageOnlyCaption->setVisible(!noImages);
    m_imageOnly->setVisible(!noImages);
    m_explanation->setText(prediction ? explanation(*prediction, currentLabel, noImages) : QString());
}

void PredictionPanel::setPending()
{
    setPrediction(std::nullopt, kNoLabel);
    m_explanation->setText(tr("Predicting..."));
}

void PredictionPanel::setBlind()
{
    setPrediction(std::nullopt, kNoLabel);
    m_explanation->setText(tr("Blind mode: the model's prediction is hidden until you label this pair."));
}

QString PredictionPanel::explanation(const Prediction &p, int currentLabel, bool noImages) const
{
    const int call = p.label();
    const bool text = argmax(p.textOnly) == call;
    const bool image = argmax(p.imageOnly) == call;
    QString why;
    if (noImages)
        why = tr("Both images are missing: the call rests on the text alone.");
    else if (text && image)
        why = tr("Text alone and image alone lead to the same call.");
    else if (text)
        why = tr("The text alone leads to this call; the image alone does not.");
    else if (image)
        why = tr("The image alone leads to this call; the text alone does not.");
    else
        why = tr("Only text and image together lead to this call.");
    if (isValidLabel(currentLabel) && currentLabel != call)
        why = tr("<b>The model disagrees with the label (%1).</b> ").arg(LabelText::name(currentLabel)) + why;
    return why;
}

QString PredictionPanel::explanationText() const { return m_explanation->text(); }

bool PredictionPanel::isShowingModel() const { return m_stack->currentIndex() == 1; }

void PredictionPanel::setBatchRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_predictAll->setVisible(!running);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("%v of %m pairs"));
        m_progress->setToolTip(QString());
    }
}

void PredictionPanel::setBatchProgress(int done, int total, double pairsPerSecond, double secondsLeft)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    // '%' would be read as a QProgressBar placeholder: the figures have none.
    const QString text = secondsLeft < 0
        ? tr("%1 of %2 pairs").arg(done).arg(total)
        : tr("%1 of %2 pairs, %3 pairs/s, %4 left").arg(done).arg(total).arg(qRound(pairsPerSecond))
              .arg(durationText(secondsLeft));
    m_progress->setFormat(text);
    m_progress->setToolTip(text);
}

QString PredictionPanel::batchProgressText() const { return m_progress->text(); }

void PredictionPanel::setTrainEnabled(bool enabled) { m_train->setEnabled(enabled); }

int PredictionPanel::heightForWidth(int width) const
{
    const QWidget *page = m_stack->currentWidget();
    if (!page || !page->layout() || !layout())
        return QWidget::heightForWidth(width);
    const QMargins m = layout()->contentsMargins();
    const int pageHeight = page->layout()->totalHeightForWidth(width - m.left() - m.right());
    return std::max(minimumSizeHint().height(),
                    minimumSizeHint().height() - m_stack->minimumSizeHint().height() + pageHeight);
}

}  // namespace entail
