#include "ui/session/newprojectdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace entail {

namespace {
QWidget *withBrowse(QLineEdit *edit, const std::function<void()> &browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QPushButton(NewProjectDialog::tr("Browse..."), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}
}  // namespace

NewProjectDialog::NewProjectDialog(const QString &startFolder, QWidget *parent)
    : QDialog(parent), m_csv(new QLineEdit(this)), m_images(new QLineEdit(this)), m_project(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_startFolder(startFolder)
{
    setWindowTitle(tr("New project from CSV"));
    setMinimumWidth(560);
    auto *intro = new QLabel(tr("Import a CSV with the columns id_1, text_1, image_1, id_2, text_2, image_2, label. "
                                "Images are looked up as &lt;tweet id&gt;.&lt;extension&gt; in the images folder; "
                                "without one, the project opens with text only."), this);
    intro->setWordWrap(true);
    m_images->setPlaceholderText(tr("optional"));
    auto *form = new QFormLayout;
    form->addRow(tr("CSV file:"), withBrowse(m_csv, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose the CSV file"), m_startFolder,
                                                       tr("CSV files (*.csv);;All files (*)"));
        if (f.isEmpty())
            return;
        m_csv->setText(QDir::toNativeSeparators(f));
        if (m_project->text().isEmpty()) {
            const QFileInfo info(f);
            m_project->setText(QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + QStringLiteral(".entail"))));
        }
    }, this));
    form->addRow(tr("Images folder:"), withBrowse(m_images, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Choose the images folder"), m_startFolder);
        if (!d.isEmpty())
            m_images->setText(QDir::toNativeSeparators(d));
    }, this));
    form->addRow(tr("Save project as:"), withBrowse(m_project, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save the new project as"), m_startFolder,
                                                       tr("Entail Studio projects (*.entail)"));
        if (!f.isEmpty())
            m_project->setText(QDir::toNativeSeparators(f.endsWith(QLatin1String(".entail")) ? f : f + QStringLiteral(".entail")));
    }, this));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_csv, m_project})
        connect(e, &QLineEdit::textChanged, this, &NewProjectDialog::updateState);
    updateState();
}

QString NewProjectDialog::csvFile() const { return QDir::fromNativeSeparators(m_csv->text().trimmed()); }

QString NewProjectDialog::imagesFolder() const { return QDir::fromNativeSeparators(m_images->text().trimmed()); }

QString NewProjectDialog::projectFile() const { return QDir::fromNativeSeparators(m_project->text().trimmed()); }

void NewProjectDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!csvFile().isEmpty() && !projectFile().isEmpty());
}

}  // namespace entail
