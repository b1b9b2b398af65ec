#include "ui/review/imagelabel.h"

#include <QMouseEvent>
#include <QPainter>

namespace entail {

namespace {
constexpr int kMaxHeight = 260;  // keeps both cards' texts visible on a laptop screen
constexpr int kMinHeight = 90;
}  // namespace

ImageLabel::ImageLabel(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ImageLabel::setImage(const QImage &image)
{
    m_image = image;
    m_placeholder.clear();
    setCursor(image.isNull() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setToolTip(image.isNull() ? QString() : tr("Click to zoom"));
    updateGeometry();
    update();
}

void ImageLabel::setPlaceholder(const QString &text)
{
    m_image = QImage();
    m_placeholder = text;
    setCursor(Qt::ArrowCursor);
    setToolTip(QString());
    updateGeometry();
    update();
}

QSize ImageLabel::sizeHint() const { return {320, heightForWidth(320)}; }

QSize ImageLabel::minimumSizeHint() const { return {120, kMinHeight}; }

int ImageLabel::heightForWidth(int width) const
{
    if (m_image.isNull() || m_image.width() == 0)
        return kMinHeight + 20;
    return std::clamp(width * m_image.height() / m_image.width(), kMinHeight, kMaxHeight);
}

QRect ImageLabel::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
}

void ImageLabel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(imageRect(), m_image);
        return;
    }
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(palette().color(QPalette::AlternateBase));
    QPen pen(palette().color(QPalette::Mid), 1.2, Qt::DashLine);
    p.setPen(pen);
    p.drawRoundedRect(box, 6, 6);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(box.adjusted(10, 6, -10, -6), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

void ImageLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && imageRect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

}  // namespace entail
