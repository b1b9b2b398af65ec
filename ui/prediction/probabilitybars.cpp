#include "ui/prediction/probabilitybars.h"

#include "ui/common/labeltext.h"

#include <QPainter>
#include <QPainterPath>

namespace entail {

ProbabilityBars::ProbabilityBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProbabilityBars::setProbabilities(const std::optional<Probs> &probs)
{
    m_probs = probs;
    QString tip;
    if (probs) {
        for (int i = 0; i < kNumClasses; ++i)
            tip += QStringLiteral("%1: %2%\n").arg(LabelText::name(i)).arg((*probs)[size_t(i)] * 100.0, 0, 'f', 1);
    }
    setToolTip(tip.trimmed());
    update();
}

void ProbabilityBars::setCompact(bool compact)
{
    m_compact = compact;
    updateGeometry();
    update();
}

int ProbabilityBars::rowHeight() const { return fontMetrics().height() + (m_compact ? 2 : 8); }

QSize ProbabilityBars::sizeHint() const { return {260, rowHeight() * kNumClasses + 2}; }

QSize ProbabilityBars::minimumSizeHint() const { return {160, rowHeight() * kNumClasses + 2}; }

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    QFont boldFont = font();
    boldFont.setBold(true);  // the winning label is bold: measure names that way
    const QFontMetrics bold(boldFont);
    int nameWidth = 0;
    for (int i = 0; i < kNumClasses; ++i)
        nameWidth = std::max(nameWidth, bold.horizontalAdvance(LabelText::name(i)));
    nameWidth += 8;
    const int percentWidth = fm.horizontalAdvance(QStringLiteral("100%")) + 6;
    const int barLeft = nameWidth;
    const int barWidth = std::max(10, width() - barLeft - percentWidth);
    const int h = rowHeight();
    const int winner = m_probs ? argmax(*m_probs) : -1;
    for (int i = 0; i < kNumClasses; ++i) {
        const QRect row(0, i * h, width(), h);
        QFont f = font();
        f.setBold(i == winner && !m_compact);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, row.top(), nameWidth - 6, h), Qt::AlignVCenter | Qt::AlignRight, LabelText::name(i));
        const QRectF track(barLeft, row.top() + 3, barWidth, h - 6);
        QPainterPath trackPath;
        trackPath.addRoundedRect(track, 3, 3);
        p.fillPath(trackPath, palette().color(QPalette::Midlight));
        if (!m_probs)
            continue;
        const double v = std::clamp(double((*m_probs)[size_t(i)]), 0.0, 1.0);
        QColor c = LabelText::colour(i);
        if (i != winner)
            c.setAlpha(150);
        QPainterPath bar;
        bar.addRoundedRect(QRectF(track.left(), track.top(), std::max(2.0, track.width() * v), track.height()), 3, 3);
        p.fillPath(bar, c);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(barLeft + barWidth + 4, row.top(), percentWidth - 4, h), Qt::AlignVCenter | Qt::AlignRight,
                   QStringLiteral("%1%").arg(qRound(v * 100.0)));
    }
}

}  // namespace entail
