#include "ui/training/traindialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace entail {

namespace {
constexpr int kMaxEpochs = 500;
constexpr double kMaxLearningRate = 0.1;
constexpr int kLearningRateDecimals = 6;
constexpr int kTextChars = 64;  // width of the Data box's texts, in average characters

void setWrappedText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setMinimumHeight(label->heightForWidth(label->width()));
}
}  // namespace

TrainDialog::TrainDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Train a new model version"));
    createNumberFields();
    createChoices();
    buildLayout();
    setConfig(TrainConfig{});
    setData({0, 0, 0}, QString());
}

void TrainDialog::createNumberFields()
{
    m_loss = new QComboBox(this);
    m_loss->setObjectName(QStringLiteral("loss"));
    m_loss->addItem(tr("Cross-entropy"), QStringLiteral("ce"));
    m_loss->addItem(tr("Class-weighted cross-entropy"), QStringLiteral("weighted"));
    m_loss->addItem(tr("Focal loss"), QStringLiteral("focal"));

    m_epochs = new QSpinBox(this);
    m_epochs->setObjectName(QStringLiteral("epochs"));
    m_epochs->setRange(0, kMaxEpochs);
    m_epochs->setSpecialValueText(tr("Default"));

    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setObjectName(QStringLiteral("learningRate"));
    m_learningRate->setDecimals(kLearningRateDecimals);
    m_learningRate->setRange(0.0, kMaxLearningRate);
    m_learningRate->setSingleStep(0.0001);
    m_learningRate->setSpecialValueText(tr("Default"));

    m_batchSize = new QSpinBox(this);
    m_batchSize->setObjectName(QStringLiteral("batchSize"));
    m_batchSize->setRange(1, 1024);

    m_dropout = new QDoubleSpinBox(this);
    m_dropout->setObjectName(QStringLiteral("modalityDropout"));
    m_dropout->setRange(0.0, 0.9);
    m_dropout->setSingleStep(0.05);
    m_dropout->setToolTip(tr("Probability of hiding the text or the image of a training pair, so that the "
                             "model also copes with one modality."));

    m_priorCorrection = new QDoubleSpinBox(this);
    m_priorCorrection->setObjectName(QStringLiteral("priorCorrection"));
    m_priorCorrection->setRange(0.0, 1.0);
    m_priorCorrection->setSingleStep(0.25);
    m_priorCorrection->setSpecialValueText(tr("None"));
    m_priorCorrection->setToolTip(tr("Moves the decisions towards the rare labels: 0 keeps the learned "
                                     "probabilities, 1 divides them by each label's share of the training pairs. "
                                     "More recall for rare labels, less accuracy. Not used with the "
                                     "class-weighted loss, which has its own correction."));

    auto priorApplies = [this] { m_priorCorrection->setEnabled(m_loss->currentData().toString() != QLatin1String("weighted")); };
    connect(m_loss, &QComboBox::currentIndexChanged, this, priorApplies);
}

void TrainDialog::createChoices()
{
    m_headsOnly = new QRadioButton(tr("Heads only, on cached encoder embeddings (fast)"), this);
    m_headsOnly->setObjectName(QStringLiteral("headsOnly"));
    m_encodersToo = new QRadioButton(tr("Encoders and heads (slower, can learn more)"), this);
    m_encodersToo->setObjectName(QStringLiteral("encodersToo"));
    m_useImages = new QCheckBox(tr("Use the images (otherwise text only)"), this);
    m_fineTune = new QCheckBox(tr("Start from the active model (fine-tune)"), this);
    m_fineTune->setObjectName(QStringLiteral("fineTune"));
    m_activate = new QCheckBox(tr("Activate the new version when training finishes"), this);
    m_activate->setObjectName(QStringLiteral("activate"));
    m_activate->setChecked(true);
    m_dataSummary = new QLabel(this);
    m_duration = new QLabel(this);
    m_duration->setObjectName(QStringLiteral("expectedDuration"));
    // A word-wrapped label does not tell a top-level layout how tall it gets: fixed width, height from it
    // (setWrappedText).
    for (QLabel *label : {m_dataSummary, m_duration}) {
        label->setWordWrap(true);
        label->setFixedWidth(fontMetrics().averageCharWidth() * kTextChars);
    }
    connect(m_epochs, &QSpinBox::valueChanged, this, &TrainDialog::updateDuration);
    connect(m_batchSize, &QSpinBox::valueChanged, this, &TrainDialog::updateDuration);
    connect(m_encodersToo, &QRadioButton::toggled, this, &TrainDialog::updateDuration);
    connect(m_useImages, &QCheckBox::toggled, this, &TrainDialog::updateDuration);
}

void TrainDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Loss:"), m_loss);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("Learning &rate:"), m_learningRate);
    form->addRow(tr("&Batch size:"), m_batchSize);
    form->addRow(tr("&Modality dropout:"), m_dropout);
    form->addRow(tr("Rare-label &boost:"), m_priorCorrection);

    auto *parts = new QGroupBox(tr("What trains"), this);
    auto *partsLayout = new QVBoxLayout(parts);
    partsLayout->addWidget(m_headsOnly);
    partsLayout->addWidget(m_encodersToo);
    partsLayout->addWidget(m_useImages);
    partsLayout->addWidget(m_fineTune);

    auto *data = new QGroupBox(tr("Data"), this);
    auto *dataLayout = new QVBoxLayout(data);
    dataLayout->addWidget(m_dataSummary);
    dataLayout->addWidget(m_duration);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(parts);
    layout->addWidget(data);
    layout->addWidget(m_activate);
    layout->addWidget(buttons);
}

void TrainDialog::setConfig(const TrainConfig &config)
{
    m_base = config;
    const int loss = m_loss->findData(lossName(config.loss));
    m_loss->setCurrentIndex(loss >= 0 ? loss : 1);
    m_epochs->setValue(config.epochs);
    m_learningRate->setValue(config.learningRate);
    m_batchSize->setValue(config.batchSize);
    (config.trainEncoders ? m_encodersToo : m_headsOnly)->setChecked(true);
    m_dropout->setValue(config.modalityDropout);
    m_priorCorrection->setValue(config.priorCorrection);
    m_useImages->setChecked(config.useImages);
    m_fineTune->setChecked(!config.initFrom.isEmpty() && m_fineTune->isEnabled());
    updateDuration();
}

TrainConfig TrainDialog::config() const
{
    TrainConfig c = m_base;
    lossFromName(m_loss->currentData().toString(), &c.loss);
    c.epochs = m_epochs->value();
    c.learningRate = m_learningRate->value();
    c.batchSize = m_batchSize->value();
    c.trainEncoders = m_encodersToo->isChecked();
    c.modalityDropout = m_dropout->value();
    c.priorCorrection = m_priorCorrection->value();
    c.useImages = m_useImages->isChecked();
    c.initFrom = (m_fineTune->isEnabled() && m_fineTune->isChecked()) ? m_activeModelFile : QString();
    return c;
}

void TrainDialog::setData(const std::array<int, 3> &labeled, const QString &activeModelFile)
{
    m_activeModelFile = activeModelFile;
    m_fineTune->setEnabled(!activeModelFile.isEmpty());
    if (activeModelFile.isEmpty())
        m_fineTune->setChecked(false);
    setWrappedText(m_dataSummary,
        tr("Trains on the current labels of the training split: %n labeled pair(s). ", nullptr, labeled[0])
        + tr("Early stopping uses %n validation pair(s); ", nullptr, labeled[1])
        + tr("%n test pair(s) are reported. ", nullptr, labeled[2])
        + tr("The labels are copied when training starts: corrections made meanwhile count in the next run."));
    QPushButton *ok = findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->setEnabled(labeled[0] > 0);
    m_trainPairs = labeled[0];
    updateDuration();
}

void TrainDialog::setPastRuns(std::vector<ModelVersion> versions)
{
    m_pastRuns = std::move(versions);
    updateDuration();
}

DurationEstimate TrainDialog::durationEstimate() const
{
    return TrainingDuration::estimate(m_pastRuns, config(), m_trainPairs);
}

QString TrainDialog::durationText() const { return m_duration->text(); }

QString TrainDialog::formatEstimate(const DurationEstimate &e)
{
    if (!e.known)
        return tr("Expected duration: no estimate yet. Each run measures its time per batch on this computer; "
                  "the next run with these options is estimated from it.");
    auto duration = [](double seconds) {
        constexpr double kSecondsUpTo = 90.0;  // below this, seconds; above, whole minutes
        constexpr int kSecondStep = 5;
        if (seconds < kSecondStep)
            return tr("under %1 s").arg(kSecondStep);
        return seconds < kSecondsUpTo ? tr("about %1 s").arg(int(std::lround(seconds / kSecondStep)) * kSecondStep)
                                      : tr("about %1 min").arg(std::lround(seconds / 60.0));
    };
    const QString measured = tr("measured on this computer in run %1: %2 ms per batch of %3 pairs")
                                 .arg(e.fromVersion).arg(std::lround(e.measuredBatchSeconds * 1000.0))
                                 .arg(e.measuredBatchSize);
    if (e.likelyEpochs < e.epochs)
        return tr("Expected duration: %1 if training stops early after %n epoch(s) as run %2 did, at most "
                  "%3 (%4).", nullptr, e.likelyEpochs)
            .arg(duration(e.likelySeconds), e.fromVersion, duration(e.seconds), measured);
    return tr("Expected duration: %1 for %n epoch(s) (%2). Early stopping can end it sooner.", nullptr, e.epochs)
        .arg(duration(e.seconds), measured);
}

void TrainDialog::updateDuration()
{
    setWrappedText(m_duration, formatEstimate(durationEstimate()));
}

bool TrainDialog::activateWhenFinished() const { return m_activate->isChecked(); }
void TrainDialog::setActivateWhenFinished(bool on) { m_activate->setChecked(on); }

void TrainDialog::setImagesAvailable(bool available)
{
    m_useImages->setEnabled(available);
    if (!available)
        m_useImages->setChecked(false);
    m_useImages->setText(available ? tr("Use the images (otherwise text only)")
                                   : tr("Use the images: none of this project's images was found, so the text only"));
    m_useImages->setToolTip(available ? QString()
                                      : tr("File \u203a Locate images... points the project at its images folder."));
}

}  // namespace entail
