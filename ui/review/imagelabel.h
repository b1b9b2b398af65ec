#pragma once
// An image scaled to fit (aspect kept) that reports clicks; or a framed placeholder text saying why
// there is no image.
#include <QImage>
#include <QWidget>

namespace entail {

class ImageLabel final : public QWidget {
    Q_OBJECT

public:
    explicit ImageLabel(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    void setPlaceholder(const QString &text);  // clears the image
    const QImage &image() const { return m_image; }
    QString placeholder() const { return m_placeholder; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect imageRect() const;

    QImage m_image;
    QString m_placeholder;
};

}  // namespace entail
