#include "ui/common/scrollable.h"

#include <QScrollBar>

namespace entail {

namespace {
// Asks for the room its content wants (QScrollArea's own hint is capped at a few dozen characters), so
// that a dock opens as wide as its panel where the screen allows it.
class ContentSizedScrollArea final : public QScrollArea {
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const int frame = 2 * frameWidth();
        return widget()->sizeHint().expandedTo(widget()->minimumSizeHint()) + QSize(frame, frame);
    }

};
}  // namespace

QScrollArea *makeScrollable(QWidget *content, QWidget *parent, Qt::Orientations scrolling)
{
    auto *scroll = new ContentSizedScrollArea(parent);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setMinimumSize(120, 80);
    if (!(scrolling & Qt::Horizontal)) {
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        // Wrapped text needs more lines as the area narrows: QScrollArea then sizes the content by its
        // height for the width, instead of squeezing fixed-height parts onto each other.
        QSizePolicy policy = content->sizePolicy();
        policy.setHeightForWidth(true);
        content->setSizePolicy(policy);
        scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    }
    return scroll;
}

}  // namespace entail
