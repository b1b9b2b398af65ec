#include "ui/session/imagesourcechooser.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace entail {

ImageSourceChooser::ImageSourceChooser(QWidget *parent)
    : QWidget(parent), m_links(new QRadioButton(tr("From the links in the data"), this)),
      m_archive(new QRadioButton(tr("From an archive file or URL (.tar.gz, .tar, .zip):"), this)),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("Choose..."), this))
{
    m_links->setChecked(true);
    m_path->setPlaceholderText(tr("tweet_images.tar.gz or https://..."));
    m_path->setToolTip(
        tr("Entries named after a tweet id (1234.jpg, 1234.png, ...) in any folder become the tweets' images"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_links, 0, 0, 1, 2);
    layout->addWidget(m_archive, 1, 0, 1, 2);
    layout->addWidget(m_path, 2, 0);
    layout->addWidget(m_browse, 2, 1);
    connect(m_links, &QRadioButton::toggled, this, &ImageSourceChooser::update);
    connect(m_path, &QLineEdit::textChanged, this, &ImageSourceChooser::changed);
    connect(m_browse, &QPushButton::clicked, this, &ImageSourceChooser::choose);
    update();
}

bool ImageSourceChooser::fromArchive() const { return m_archive->isChecked(); }

QString ImageSourceChooser::archive() const { return fromArchive() ? m_path->text().trimmed() : QString(); }

void ImageSourceChooser::setArchive(const QString &fileOrUrl)
{
    m_archive->setChecked(true);
    m_path->setText(fileOrUrl);
}

void ImageSourceChooser::choose()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose an image archive"), m_path->text(),
                                                      tr("Archives (*.tar.gz *.tgz *.tar *.zip);;All files (*)"));
    if (!file.isEmpty())
        setArchive(file);
}

void ImageSourceChooser::update()
{
    m_path->setEnabled(fromArchive());
    m_browse->setEnabled(fromArchive());
    Q_EMIT changed();
}

}  // namespace entail
