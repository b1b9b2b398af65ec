#pragma once
// View > Language: the embedded translations and "System language". The choice is saved under
// kLanguageSettingKey and applies at the next start; the menu says so after a change.
#include <QMenu>

class QActionGroup;
class QSettings;

namespace entail {

class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    // `settings` (not owned) defaults to the application's QSettings.
    explicit LanguageMenu(QWidget *parent = nullptr, QSettings *settings = nullptr);

    QString chosenLanguage() const;  // "" = system language

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);

    QSettings *m_settings;
    QActionGroup *m_group;
    QAction *m_restartNote;
    QString m_running;  // the setting this process started with
};

}  // namespace entail
