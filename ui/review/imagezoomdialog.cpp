#include "ui/review/imagezoomdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace entail {

ImageZoomDialog::ImageZoomDialog(const QImage &image, const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *label = new QLabel(this);
    // Small images are enlarged (pixel art stays crisp); large ones shown 1:1 in a scroll area.
    const int factor = std::max(1, 480 / std::max(1, std::max(image.width(), image.height())));
    label->setPixmap(QPixmap::fromImage(factor > 1 ? image.scaled(image.size() * factor, Qt::KeepAspectRatio,
                                                                  Qt::FastTransformation)
                                                   : image));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(label);
    scroll->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    const QSize want = label->sizeHint() + QSize(40, 80);
    resize(want.boundedTo(QSize(1200, 900)));
}

}  // namespace entail
