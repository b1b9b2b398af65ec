#pragma once
// File > New project from CSV: the CSV file, an optional images folder and where to save the project.
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace entail {

class NewProjectDialog final : public QDialog {
    Q_OBJECT

public:
    explicit NewProjectDialog(const QString &startFolder, QWidget *parent = nullptr);
    QString csvFile() const;
    QString imagesFolder() const;
    QString projectFile() const;

private:
    void updateState();

    QLineEdit *m_csv;
    QLineEdit *m_images;
    QLineEdit *m_project;
    QDialogButtonBox *m_buttons;
    QString m_startFolder;
};

}  // namespace entail
