#pragma once
// The application's languages: our translations are embedded under ":/i18n/" (translations/CMakeLists.txt),
// Qt's own come from QLibraryInfo::TranslationsPath (Debian package qt6-translations-l10n).
#include <QString>
#include <QStringList>
#include <vector>

class QCoreApplication;

namespace entail {

// The language choice (AppSettings::language: "" follows the system locale, otherwise a code such as "de")
// applies at the next start: installTranslators() runs once, before any widget exists.

struct Language {
    QString code;  // "" = system language, "en" = the source strings, "de", "es", ...
    QString name;  // in its own language ("Deutsch"), or "System language" translated
};

// The choices for a settings combo box: the system language first, then English and every embedded
// translation, sorted by code.
std::vector<Language> availableLanguages();

// The language the application shows for `languageSetting`: the setting itself if it is available,
// otherwise the system locale's language if it is available, otherwise "en".
QString resolveLanguage(const QString &languageSetting);
// The same with the system's preferred languages given ("de-DE", "es", ... as QLocale::uiLanguages()).
QString resolveLanguage(const QString &languageSetting, const QStringList &systemUiLanguages);

// Installs the translators for `languageSetting` (replacing any installed earlier by this function) and
// makes that language's locale the default one, so that numbers and dates match the texts. Returns the
// language used (see resolveLanguage()).
QString installTranslators(QCoreApplication &app, const QString &languageSetting);

}  // namespace entail
