#pragma once
// View > Language: the embedded translations and "System language". The choice is saved in
// AppSettings and applies at the next start; the menu says so after a change.
#include <QMenu>
#include <memory>

class QActionGroup;

namespace entail {

class AppSettings;

class LanguageMenu final : public QMenu {
    Q_OBJECT
public:
    // `settings` (not owned) defaults to the application's settings.
    explicit LanguageMenu(QWidget *parent = nullptr, AppSettings *settings = nullptr);
    ~LanguageMenu() override;

    QString chosenLanguage() const;  // "" = system language

Q_SIGNALS:
    void languageChosen(const QString &code);

private:
    void choose(const QString &code);

    std::unique_ptr<AppSettings> m_ownSettings;  // when none was given
    AppSettings *m_settings;
    QActionGroup *m_group;
    QAction *m_restartNote;
    QString m_running;  // the setting this process started with
};

}  // namespace entail
