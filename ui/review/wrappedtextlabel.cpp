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
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
        ++m_measured;
    }
    return m_sizeHint;
}

QSize WrappedTextLabel::minimumSizeHint() const
{
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
        ++m_measured;
    }
    return m_minimumSizeHint;
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
