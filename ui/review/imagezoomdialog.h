#pragma once
// A tweet's image as large as the screen allows (never more than twice its size, so that small images do
// not turn into blur).
#include <QDialog>

namespace entail {

class ImageZoomDialog final : public QDialog {
    Q_OBJECT

public:
    ImageZoomDialog(const QImage &image, const QString &title, QWidget *parent = nullptr);

    // The image's size on screen: `image` scaled to fit `room`, keeping its aspect ratio, at most 2x.
    static QSize displaySize(const QSize &image, const QSize &room);
    // The room for the image on a screen of `available` size (the dialog's frame and button take the rest).
    static QSize roomOn(const QSize &available);
};

}  // namespace entail
