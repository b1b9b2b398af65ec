#pragma once
// Three horizontal bars, one per label, for a probability distribution; empty (grey) without one.
#include "model/core/labels.h"

#include <QWidget>
#include <optional>

namespace entail {

class ProbabilityBars final : public QWidget {
    Q_OBJECT

public:
    explicit ProbabilityBars(QWidget *parent = nullptr);
    void setProbabilities(const std::optional<Probs> &probs);
    std::optional<Probs> probabilities() const { return m_probs; }
    void setCompact(bool compact);  // thinner bars for the secondary (single-modality) rows

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    std::optional<Probs> m_probs;
    bool m_compact = false;
};

}  // namespace entail
