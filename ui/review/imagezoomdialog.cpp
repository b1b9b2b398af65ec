#include "ui/review/imagezoomdialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace entail {

namespace {
constexpr int kMaxEnlargement = 2;
const QSize kChrome(60, 120);  // window frame, margins and the Close button
}  // namespace

QSize ImageZoomDialog::displaySize(const QSize &image, const QSize &room)
{
    if (image.isEmpty() || room.isEmpty())
        return image;
    const QSize fit = image.scaled(room, Qt::KeepAspectRatio);
    return fit.width() > kMaxEnlargement * image.width() ? image * kMaxEnlargement : fit;
}

QSize ImageZoomDialog::roomOn(const QSize &available) { return (available - kChrome).expandedTo(QSize(1, 1)); }

ImageZoomDialog::ImageZoomDialog(const QImage &image, const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1280, 720);
    const QSize shown = displaySize(image.size(), roomOn(available));
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("zoomedImage"));
    label->setAlignment(Qt::AlignCenter);
    label->setPixmap(QPixmap::fromImage(shown == image.size() ? image
                                        : image.scaled(shown, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label, 1);
    layout->addWidget(buttons);
    resize(sizeHint().boundedTo(available));
}

}  // namespace entail
