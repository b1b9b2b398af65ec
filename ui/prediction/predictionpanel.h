#pragma once
// The loaded model's call for the pair on screen: three bars for the full model, and the same model
// with the image masked (text only) and with the text masked (image only), to show what drives it.
// Also the batch prediction's progress. Shows a "Load model..." button while no model is loaded.
#include "model/inference/predictor.h"

#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace entail {

class ProbabilityBars;

class PredictionPanel final : public QWidget {
    Q_OBJECT

public:
    // The stacked pages do not pass on the height their wrapped text needs at a width; the panel does, so
    // that a narrow scroll area gives it that height rather than squeezing the bars onto each other.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    explicit PredictionPanel(QWidget *parent = nullptr);

    void setModelName(const QString &name);  // empty: no model loaded
    // `noImages`: both tweets lack their image, so the image-only view says nothing.
    void setPrediction(const std::optional<Prediction> &prediction, int currentLabel, bool noImages = false);
    void setPending();  // a prediction for the new pair is on its way
    void setBlind();    // blind mode: hidden until this annotator labelled the pair
    void setBatchRunning(bool running);
    // Pairs done, their pace and the time left (negative: not known yet), in the progress bar.
    void setBatchProgress(int done, int total, double pairsPerSecond = 0.0, double secondsLeft = -1.0);
    QString batchProgressText() const;  // as the progress bar shows it
    void setTrainEnabled(bool enabled);  // follows the Train action (off while a run is active)

    const ProbabilityBars *bothBars() const { return m_both; }
    const ProbabilityBars *textOnlyBars() const { return m_textOnly; }
    const ProbabilityBars *imageOnlyBars() const { return m_imageOnly; }
    QString explanationText() const;
    bool isShowingModel() const;  // false: the "no model" page with its Load model button

Q_SIGNALS:
    void loadModelRequested();
    void trainRequested();
    void predictAllRequested();
    void cancelRequested();

private:
    QWidget *createNoModelPage();
    QWidget *createModelPage();
    QHBoxLayout *createBatchRow(QWidget *page);
    QString explanation(const Prediction &p, int currentLabel, bool noImages) const;

    QStackedWidget *m_stack;
    QLabel *m_modelName;
    ProbabilityBars *m_both;
    ProbabilityBars *m_textOnly;
    ProbabilityBars *m_imageOnly;
    QWidget *m_imageOnlyCaption;
    QLabel *m_explanation;
    QPushButton *m_predictAll;
    QPushButton *m_train;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
};

}  // namespace entail
