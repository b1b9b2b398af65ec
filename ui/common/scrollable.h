#pragma once
// Dock contents on small screens: a panel keeps the size it needs and its dock scrolls, instead of the
// panel's minimum size (which grows with the longest translation) forcing the window past the screen.
#include <QScrollArea>

namespace entail {

// Wraps `content` in a frameless scroll area that gives it all the room there is and shows scroll bars
// only when there is less room than it needs. Scrolling only vertically, the area is never narrower than
// the content needs (for text that wraps: a horizontal scroll bar would hide the ends of its lines).
QScrollArea *makeScrollable(QWidget *content, QWidget *parent = nullptr,
                            Qt::Orientations scrolling = Qt::Horizontal | Qt::Vertical);

}  // namespace entail
