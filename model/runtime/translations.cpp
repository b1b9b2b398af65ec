#include "model/runtime/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>
#include <algorithm>

namespace entail {
namespace {

class LanguageText {
    Q_DECLARE_TR_FUNCTIONS(LanguageText)
};

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("entail_");
const QString kSourceLanguage = QStringLiteral("en");

// Codes of the translations embedded in the executable (entail_de.qm -> "de").
QStringList embeddedLanguages()
{
    QStringList codes;
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes << file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
    return codes;
}

bool isAvailable(const QString &code)
{
    return code == kSourceLanguage || embeddedLanguages().contains(code);
}

// "de-DE" -> "de"; "pt_BR" -> "pt".
QString languagePart(const QString &uiLanguage)
{
    return uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

// A language's name in that language, as its own catalogue spells it (Qt 6.4 calls Spanish "español de
// España" and English "American English").
QString nativeName(const QString &code)
{
    //: The name of the language of this translation, in that language ("Deutsch", "Español").
    static const char *const kNameSource = QT_TRANSLATE_NOOP("LanguageText", "English");
    QTranslator translator;
    if (code != kSourceLanguage && translator.load(kPrefix + code, kResourceDir)) {
        const QString name = translator.translate("LanguageText", kNameSource);
        if (!name.isEmpty())
            return name;
    }
    return code == kSourceLanguage ? QString::fromLatin1(kNameSource) : QLocale(code).nativeLanguageName();
}

}  // namespace

std::vector<Language> availableLanguages()
{
    std::vector<Language> languages;
    languages.push_back({QString(), LanguageText::tr("System language")});
    QStringList codes = embeddedLanguages();
    codes << kSourceLanguage;
    codes.sort();
    for (const QString &code : std::as_const(codes))
        languages.push_back({code, nativeName(code)});
    return languages;
}

QString resolveLanguage(const QString &languageSetting, const QStringList &systemUiLanguages)
{
    if (!languageSetting.isEmpty() && isAvailable(languageSetting))
        return languageSetting;
    for (const QString &uiLanguage : systemUiLanguages) {
        const QString code = languagePart(uiLanguage);
        if (isAvailable(code))
            return code;
    }
    return kSourceLanguage;
}

QString resolveLanguage(const QString &languageSetting)
{
    return resolveLanguage(languageSetting, QLocale::system().uiLanguages());
}

QString installTranslators(QCoreApplication &app, const QString &languageSetting)
{
    for (QPointer<QTranslator> &old : installed()) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    installed().clear();

    const QString language = resolveLanguage(languageSetting);
    // An explicit choice sets numbers and dates too; "system" keeps the system's own locale, which may be
    // a language we have no texts for (then the texts are English and the numbers local).
    QLocale::setDefault(languageSetting.isEmpty() ? QLocale::system() : QLocale(language));
    if (language == kSourceLanguage)
        return language;

    const std::pair<QString, QString> catalogs[] = {
        {QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {kPrefix + language, kResourceDir},
    };
    for (const auto &[name, dir] : catalogs) {
        auto *translator = new QTranslator(&app);
        // Qt's catalogue is optional (qt6-translations-l10n is only recommended); ours is embedded.
        if (translator->load(name, dir) && QCoreApplication::installTranslator(translator)) {
            installed().push_back(translator);
        } else {
            delete translator;
        }
    }
    return language;
}

}  // namespace entail
