#pragma once
// The "Rare-label boost" slider of the metrics dock: re-decides every prediction from the stored
// probabilities (RareLabelBoost, with the training split's class priors) at once, so the matrix, the
// per-class metrics, the table's Predicted column and the suspects follow without retraining. The value is
// remembered per project (project meta "rare_label_boost").
#include <QWidget>

class QLabel;
class QSlider;
class QTimer;

namespace entail {

class ProjectSession;

class BoostControl final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSteps = 20;  // slider steps from 0 to RareLabelBoost::kMaxAlpha
    static QString metaKey();

    explicit BoostControl(ProjectSession *session, QWidget *parent = nullptr);
    double alpha() const;
    void setAlpha(double alpha);  // as if the user moved the slider there

private:
    void apply();
    void save();
    void restore();

    ProjectSession *m_session;
    QSlider *m_slider;
    QLabel *m_value;
    QTimer *m_saveTimer;
};

}  // namespace entail
