#pragma once
// What a screenshot would show, as assertions: every control on screen lies inside its window, uncut,
// with the room its text needs. Header-only: the GUI tests link Qt Widgets through entail_ui.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

namespace entail::test {

inline bool isControl(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w); label && label->text().isEmpty())
        return false;  // an empty label shows nothing that could be cut
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLabel *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QLineEdit *>(w);
}

// Inside a scroll area a control may lie beyond the visible part: that is what scrolling is for.
inline bool insideScrollArea(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    return false;
}

inline QString describe(const QWidget *w)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text().left(40);
    return QStringLiteral("%1 '%2' \"%3\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

// The room a control's text needs: buttons may be smaller than the style's minimum (e.g. a square "?"
// button) as long as the text fits; other controls need their minimum size hint.
inline QSize roomNeeded(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
        const QString text = QString(button->text()).remove(QLatin1Char('&'));
        const int iconWidth = button->icon().isNull() ? 0 : button->iconSize().width();
        return {button->fontMetrics().horizontalAdvance(text) + iconWidth, button->fontMetrics().height()};
    }
    return w->minimumSizeHint();
}

// One line per control of `top` that is on screen but has no size, is cut by the window or a parent, or
// has less room than its text needs. Empty when everything shows. Controls with nothing on screen (a dock
// behind another dock's tab, a hidden page) and Qt's own ("qt_..." like dock title buttons) are skipped.
inline QStringList layoutProblems(const QWidget *top)
{
    QStringList problems;
    for (const QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || !isControl(w) || insideScrollArea(w, top)
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
        const QRegion shown = w->visibleRegion();
        const QSize need = roomNeeded(w);
        if (r.isEmpty())
            problems << describe(w) + QStringLiteral(": no size");
        else if (shown.isEmpty())
            continue;
        else if (!top->rect().contains(r) || shown != QRegion(w->rect()))
            problems << describe(w) + QStringLiteral(": at %1,%2 %3x%4, cut off (window %5x%6)")
                                          .arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                          .arg(top->width()).arg(top->height());
        else if (w->width() < need.width() || w->height() < need.height())
            problems << describe(w) + QStringLiteral(": %1x%2, needs %3x%4")
                                          .arg(w->width()).arg(w->height()).arg(need.width()).arg(need.height());
    }
    return problems;
}

}  // namespace entail::test
