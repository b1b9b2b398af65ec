#pragma once
// Get images' choice of where the images come from: the links in the data, or an archive (.tar.gz, .tar,
// .zip) given as a file or a URL.
#include <QWidget>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace entail {

class ImageSourceChooser final : public QWidget {
    Q_OBJECT
public:
    explicit ImageSourceChooser(QWidget *parent = nullptr);

    bool fromArchive() const;
    QString archive() const;  // the file or URL typed or chosen (trimmed); empty when from the links
    void setArchive(const QString &fileOrUrl);  // and chooses "from an archive"

Q_SIGNALS:
    void changed();

private:
    void choose();
    void update();

    QRadioButton *m_links;
    QRadioButton *m_archive;
    QLineEdit *m_path;
    QPushButton *m_browse;
};

}  // namespace entail
