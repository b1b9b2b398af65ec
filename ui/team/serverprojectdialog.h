#pragma once
// File > Open server project...: the parts of a postgresql:// locator (user, host, port, database, project,
// sslmode), never a password (the window asks for one only when the server wants it, and keeps it in memory).
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace entail {

class ServerProjectDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ServerProjectDialog(QWidget *parent = nullptr);
    void setLocator(const QString &locator);  // fills the fields from a remembered one
    QString locator() const;                  // the canonical URL, or empty while a field is missing

    // The server wants a password: asks for it (hidden input). False when cancelled.
    static bool askPassword(QWidget *parent, const QString &locator, const QString &reason, QString *password);
    // Whether an error message is the server refusing for want of the right password.
    static bool needsPassword(const QString &error);

private:
    void validate();

    QLineEdit *m_user, *m_host, *m_database, *m_project;
    QSpinBox *m_port;
    QComboBox *m_sslmode;
    QLabel *m_preview;
};

}  // namespace entail
