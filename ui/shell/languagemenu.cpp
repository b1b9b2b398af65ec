#include "ui/shell/languagemenu.h"

#include "model/runtime/translations.h"
#include "ui/common/appsettings.h"

#include <QActionGroup>

namespace entail {

LanguageMenu::LanguageMenu(QWidget *parent, AppSettings *settings)
    : QMenu(tr("&Language"), parent)
    , m_ownSettings(settings ? nullptr : std::make_unique<AppSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_running = m_settings->language();
    for (const Language &language : availableLanguages()) {
        QAction *action = addAction(language.name);
        action->setCheckable(true);
        action->setData(language.code);
        action->setChecked(language.code == m_running);
        m_group->addAction(action);
        if (language.code.isEmpty())
            addSeparator();
    }
    addSeparator();
    m_restartNote = addAction(tr("Applies when Entail Studio starts again"));
    m_restartNote->setEnabled(false);
    m_restartNote->setVisible(false);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) { choose(action->data().toString()); });
}

LanguageMenu::~LanguageMenu() = default;

QString LanguageMenu::chosenLanguage() const { return m_settings->language(); }

void LanguageMenu::choose(const QString &code)
{
    m_settings->setLanguage(code);
    m_restartNote->setVisible(code != m_running);
    Q_EMIT languageChosen(code);
}

}  // namespace entail
