#pragma once
// A tweet's image at full size (scrollable when larger than the screen).
#include <QDialog>

namespace entail {

class ImageZoomDialog final : public QDialog {
    Q_OBJECT

public:
    ImageZoomDialog(const QImage &image, const QString &title, QWidget *parent = nullptr);
};

}  // namespace entail
