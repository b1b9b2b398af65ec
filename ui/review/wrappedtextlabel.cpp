#include "ui/review/wrappedtextlabel.h"

#include <QEvent>

namespace entail {

WrappedTextLabel::WrappedTextLabel(QWidget *parent) : QLabel(parent) { setWordWrap(true); }

void WrappedTextLabel::setText(const QString &text)
{
    forget();
    QLabel::setText(text);
}

void WrappedTextLabel::clear()
{
    forget();
    QLabel::clear();
}

void WrappedTextLabel::forget()
{
    m_heights.clear();
    m_sizeHint = m_minimumSizeHint = QSize();
}

int WrappedTextLabel::heightForWidth(int width) const
{
    for (const auto &[w, h] : m_heights)
        if (w == width)
            return h;
    const int height = QLabel::heightForWidth(width);
    ++m_measured;
    if (m_heights.size() == kWidths)
        m_heights.erase(m_heights.begin());
    m_heights.emplace_back(width, height);
    return height;
}

QSize WrappedTextLabel::sizeHint() const
{
    // QLabel's own hints lay the whole text out at several widths (QTextDocument::adjustSize) to find the
    // narrowest and the widest; a wrapped text's height follows its width anyway (heightForWidth), so the
    // hint is a comfortable reading width and the height there: one layout, kept.
    if (!m_sizeHint.isValid()) {
        const int width = fontMetrics().averageCharWidth() * kPreferredChars + frameAndMargins().width();
        m_sizeHint = QSize(width, heightForWidth(width));
    }
    return m_sizeHint;
}

QSize WrappedTextLabel::minimumSizeHint() const
{
    // A few characters wide and a line high: the layouts give the height for the width they choose.
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QSize(fontMetrics().averageCharWidth() * kMinimumChars, fontMetrics().lineSpacing())
            + frameAndMargins();
    return m_minimumSizeHint;
}

QSize WrappedTextLabel::frameAndMargins() const
{
    const QMargins m = contentsMargins();
    return QSize(m.left() + m.right() + 2 * margin(), m.top() + m.bottom() + 2 * margin());
}

void WrappedTextLabel::changeEvent(QEvent *event)
{
    // What the text's measures depend on besides the text: fonts, style, margins and indent (contents rect).
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ContentsRectChange || event->type() == QEvent::LanguageChange)
        forget();
    QLabel::changeEvent(event);
}

}  // namespace entail
