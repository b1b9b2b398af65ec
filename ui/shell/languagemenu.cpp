#include "ui/shell/languagemenu.h"

#include "model/runtime/translations.h"

#include <QActionGroup>
#include <QSettings>

namespace entail {

LanguageMenu::LanguageMenu(QWidget *parent, QSettings *settings)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings ? settings : new QSettings(this))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_running = m_settings->value(QLatin1String(kLanguageSettingKey)).toString();
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

QString LanguageMenu::chosenLanguage() const
{
    return m_settings->value(QLatin1String(kLanguageSettingKey)).toString();
}

void LanguageMenu::choose(const QString &code)
{
    m_settings->setValue(QLatin1String(kLanguageSettingKey), code);
    m_restartNote->setVisible(code != m_running);
    Q_EMIT languageChosen(code);
}

}  // namespace entail
