#include "ui/team/serverprojectdialog.h"

#include "model/team/projectlocator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace entail {

ServerProjectDialog::ServerProjectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open server project"));
    setObjectName(QStringLiteral("serverProjectDialog"));
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_project = new QLineEdit(this);
    m_sslmode = new QComboBox(this);
    m_sslmode->addItem(tr("(the client's default)"), QString());
    for (const char *mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_preview = new QLabel(this);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("SSL mode:"), m_sslmode);
    form->addRow(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_user, m_host, m_database, m_project})
        connect(edit, &QLineEdit::textChanged, this, &ServerProjectDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerProjectDialog::validate);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &ServerProjectDialog::validate);
    validate();
}

void ServerProjectDialog::setLocator(const QString &locator)
{
    QString error;
    const auto where = ProjectLocator::parse(locator, &error);
    if (!where)
        return;
    m_user->setText(where->user);
    m_host->setText(where->host);
    m_port->setValue(where->port > 0 ? where->port : 5432);
    m_database->setText(where->database);
    m_project->setText(where->project);
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(where->sslmode)));
}

QString ServerProjectDialog::locator() const
{
    if (m_user->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()
        || m_project->text().trimmed().isEmpty())
        return QString();
    ServerLocation where;
    where.user = m_user->text().trimmed();
    where.host = m_host->text().trimmed();
    where.port = m_port->value();
    where.database = m_database->text().trimmed();
    where.project = m_project->text().trimmed();
    where.sslmode = m_sslmode->currentData().toString();
    return where.url();
}

void ServerProjectDialog::validate()
{
    const QString url = locator();
    m_preview->setText(url.isEmpty() ? tr("User, database and project are needed.") : url);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Open)->setEnabled(!url.isEmpty());
}

bool ServerProjectDialog::needsPassword(const QString &error)
{
    return error.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive)
           || error.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive);
}

bool ServerProjectDialog::askPassword(QWidget *parent, const QString &locator, const QString &reason,
                                      QString *password)
{
    bool ok = false;
    *password = QInputDialog::getText(parent, tr("Server password"),
                                      tr("%1\n\nPassword for %2 (kept only while the program runs):")
                                          .arg(reason, locator),
                                      QLineEdit::Password, QString(), &ok);
    return ok;
}

}  // namespace entail
