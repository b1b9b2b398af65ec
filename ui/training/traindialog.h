#pragma once
// Asks how to retrain: loss, epochs, learning rate, which parts train, modality dropout, and says which
// data it will use (the current labels of the training split, snapshotted when training starts) and how long
// the run is expected to take, from the project's earlier runs on this computer (TrainingDuration).
#include "model/training/trainer.h"
#include "model/training/trainingduration.h"
#include "ui/common/trainingmetatypes.h"

#include <QDialog>
#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace entail {

class TrainDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TrainDialog(QWidget *parent = nullptr);

    void setConfig(const TrainConfig &config);
    // Without any image found on disk "Use the images" is off and disabled, and says why.
    void setImagesAvailable(bool available);
    TrainConfig config() const;

    // Labeled pairs per split in the project now; `activeModelFile` empty when no version is active.
    void setData(const std::array<int, 3> &labeledPerSplit, const QString &activeModelFile);
    // The project's versions (ProjectStore::models()): the expected duration is estimated from them and
    // follows the options as they change.
    void setPastRuns(std::vector<ModelVersion> versions);
    DurationEstimate durationEstimate() const;
    QString durationText() const;
    static QString formatEstimate(const DurationEstimate &estimate);
    bool activateWhenFinished() const;
    void setActivateWhenFinished(bool on);

    // Named children, for tests and accessibility.
    QComboBox *lossBox() const { return m_loss; }
    QSpinBox *epochsBox() const { return m_epochs; }

private:
    void createNumberFields();
    void createChoices();
    void buildLayout();
    void updateDuration();

    QComboBox *m_loss;
    QSpinBox *m_epochs;
    QDoubleSpinBox *m_learningRate;
    QSpinBox *m_batchSize;
    QRadioButton *m_headsOnly;
    QRadioButton *m_encodersToo;
    QDoubleSpinBox *m_dropout;
    QDoubleSpinBox *m_priorCorrection;
    QCheckBox *m_useImages;
    QCheckBox *m_fineTune;
    QCheckBox *m_activate;
    QLabel *m_dataSummary;
    QLabel *m_duration;
    std::vector<ModelVersion> m_pastRuns;
    int m_trainPairs = 0;
    QString m_activeModelFile;
    TrainConfig m_base;  // fields the dialog does not show are kept as given
};

}  // namespace entail
