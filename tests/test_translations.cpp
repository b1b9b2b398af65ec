// Translations: the committed .ts files are complete and sensible, lupdate finds no string they lack, the
// embedded .qm files say what the .ts files say, and the language setting picks the right catalogue.
#include "ui/common/appsettings.h"
#include "ui/shell/languagemenu.h"
#include "model/runtime/translations.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;            // "" (finished), "unfinished", "vanished", "obsolete"
    QStringList translation; // one entry, or one per numerus form
    bool numerus = false;
    qint64 line = 0;         // in the .ts file

    bool isCurrent() const { return type != QLatin1String("vanished") && type != QLatin1String("obsolete"); }
    QString where() const { return QStringLiteral("line %1 [%2] \"%3\"").arg(line).arg(context, source); }
};

std::vector<TsMessage> readTs(const QString &path, QString *error)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus)
                        m.translation << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    m.translation << xml.readElementText();
                }
            }
            messages.push_back(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// A menu mnemonic ("&File"), not "&&" nor an entity ("&amp;").
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&(?!&)(?![a-zA-Z]+;)\\w"),
                                       QRegularExpression::UseUnicodePropertiesOption);  // "&Über"
    return re.match(text).hasMatch();
}

// Every current message must be translated, keep the source's placeholders and keep a mnemonic.
QStringList problems(const std::vector<TsMessage> &messages)
{
    QStringList found;
    for (const TsMessage &m : messages) {
        if (!m.isCurrent())
            continue;
        if (m.type == QLatin1String("unfinished")) {
            found << QStringLiteral("unfinished: ") + m.where();
            continue;
        }
        if (m.translation.isEmpty() || m.translation.contains(QString())) {
            found << QStringLiteral("empty translation: ") + m.where();
            continue;
        }
        for (const QString &t : m.translation) {
            QSet<QString> expected = placeholders(m.source);
            if (m.numerus && m.translation.size() > 1)
                expected.remove(QStringLiteral("%n"));  // a singular form may spell the number out
            if (!placeholders(t).contains(expected))
                found << QStringLiteral("placeholders differ in \"%1\": ").arg(t) + m.where();
        }
        if (hasMnemonic(m.source) && !hasMnemonic(m.translation.constFirst()))
            found << QStringLiteral("mnemonic (&) lost in \"%1\": ").arg(m.translation.constFirst()) + m.where();
    }
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ENTAIL_SOURCE_DIR "/translations/entail_%1.ts").arg(language);
}

QString findLupdate()
{
    const QString qtBin = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFile::exists(qtBin))
        return qtBin;
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

// Runs lupdate over ui/, app/ and model/ into a copy of the committed .ts file for `language` in `dir`.
// Sets *ts to the copy's path (empty after a QSKIP) and *warnings to what lupdate printed on stderr.
void runLupdate(const QString &language, const QTemporaryDir &dir, QString *ts, QString *warnings)
{
    ts->clear();
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found (Debian package qt6-l10n-tools); the sources are not checked");
    const QString copy = dir.filePath(QStringLiteral("entail_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString src = QStringLiteral(ENTAIL_SOURCE_DIR);
    QProcess process;
    process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("relative"),
                            QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"), src,
                            src + QStringLiteral("/ui"), src + QStringLiteral("/app"),
                            src + QStringLiteral("/model"), QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(120000), "lupdate did not finish");
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(stderrText));
    if (warnings)
        *warnings = stderrText;
    *ts = copy;
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { entail::installTranslators(*qApp, QStringLiteral("en")); }

    void committedTranslationsComplete_data() { addLanguageRows(); }
    void committedTranslationsComplete()
    {
        QFETCH(QString, language);
        QString error;
        const std::vector<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() >= 10, "the .ts file holds (almost) no messages");
        const QStringList found = problems(messages);
        // One warning a problem: QVERIFY2 would cut a long list.
        for (const QString &problem : found)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 (listed above)").arg(found.size()).arg(tsPath(language))));
    }

    // Strings added to the sources since the last lupdate: lupdate into a copy of the committed file and
    // look for messages it had to leave unfinished.
    void sourceStringsAllTranslated_data() { addLanguageRows(); }
    void sourceStringsAllTranslated()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString ts;
        runLupdate(language, dir, &ts, nullptr);
        if (QTest::currentTestFailed() || ts.isEmpty())
            return;
        QString error;
        const std::vector<TsMessage> messages = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage &m : messages) {
            if (m.isCurrent() && m.type == QLatin1String("unfinished"))
                missing << m.where();
        }
        for (const QString &m : missing)
            qWarning("no translation yet: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 source string(s) (listed above) lack a translation in %2; run "
                                           "`cmake --build BUILD --target update_translations` and translate them")
                                .arg(missing.size())
                                .arg(tsPath(language))));
    }

    // The embedded catalogue says what the committed .ts file says, message for message.
    void embeddedCatalogueMatchesTs_data() { addLanguageRows(); }
    void embeddedCatalogueMatchesTs()
    {
        QFETCH(QString, language);
        QCOMPARE(entail::installTranslators(*qApp, language), language);
        QString error;
        const std::vector<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int checked = 0;
        for (const TsMessage &m : messages) {
            if (!m.isCurrent() || m.type == QLatin1String("unfinished") || m.translation.isEmpty())
                continue;
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QString shown = m.numerus
                ? QCoreApplication::translate(context, source, comment.isEmpty() ? nullptr : comment.constData(), 1)
                : QCoreApplication::translate(context, source, comment.isEmpty() ? nullptr : comment.constData());
            QString expected = m.translation.constFirst();
            if (m.numerus)
                expected.replace(QStringLiteral("%n"), QLocale().toString(1));
            QVERIFY2(shown == expected, qPrintable(m.where() + QStringLiteral(" shows \"%1\"").arg(shown)));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

    void resolveLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit German on an English system") << "de" << QStringList{"en-US"} << "de";
        QTest::newRow("explicit English on a German system") << "en" << QStringList{"de-DE"} << "en";
        QTest::newRow("system Spanish") << "" << QStringList{"es-ES", "en"} << "es";
        QTest::newRow("system Mexican Spanish, underscore form") << "" << QStringList{"es_MX"} << "es";
        QTest::newRow("system French falls back to English") << "" << QStringList{"fr-FR"} << "en";
        QTest::newRow("system French, then Austrian German") << "" << QStringList{"fr-FR", "de-AT"} << "de";
        QTest::newRow("unknown setting follows the system") << "xx" << QStringList{"de"} << "de";
        QTest::newRow("nothing known") << "" << QStringList{} << "en";
    }
    void resolveLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(entail::resolveLanguage(setting, system), expected);
    }

    void availableLanguages()
    {
        const std::vector<entail::Language> languages = entail::availableLanguages();
        QStringList codes, names;
        for (const entail::Language &l : languages) {
            codes << l.code;
            names << l.name;
        }
        QCOMPARE(codes, (QStringList{QString(), "de", "en", "es"}));
        QCOMPARE(names.mid(1), (QStringList{"Deutsch", "English", "Español"}));
        QVERIFY(!names.constFirst().isEmpty());
    }

    void languageMenu_data()
    {
        QTest::addColumn<QString>("initial");  // the setting the process started with
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<bool>("restartNote");
        QTest::newRow("system, then German") << "" << "de" << true;
        QTest::newRow("German, then German again") << "de" << "de" << false;
        QTest::newRow("German, then system") << "de" << "" << true;
        QTest::newRow("Spanish, then English") << "es" << "en" << true;
    }
    void languageMenu()
    {
        QFETCH(QString, initial);
        QFETCH(QString, chosen);
        QFETCH(bool, restartNote);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        if (!initial.isEmpty())
            settings.setValue(QStringLiteral("ui/language"), initial);  // the key earlier releases wrote

        entail::AppSettings appSettings(&settings);
        entail::LanguageMenu menu(nullptr, &appSettings);
        QStringList names;
        QAction *checked = nullptr, *target = nullptr, *note = nullptr;
        for (QAction *a : menu.actions()) {
            if (a->isSeparator())
                continue;
            if (!a->isCheckable()) {
                note = a;
                continue;
            }
            names << a->text();
            if (a->isChecked())
                checked = a;
            if (a->data().toString() == chosen)
                target = a;
        }
        QCOMPARE(names, (QStringList{"System language", "Deutsch", "English", "Español"}));
        QVERIFY(checked);
        QCOMPARE(checked->data().toString(), initial);
        QVERIFY(target);
        QVERIFY(note);
        QVERIFY(!note->isVisible());

        QSignalSpy spy(&menu, &entail::LanguageMenu::languageChosen);
        target->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), chosen);
        QVERIFY(target->isChecked());
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), chosen);
        QCOMPARE(menu.chosenLanguage(), chosen);
        QCOMPARE(note->isVisible(), restartNote);
    }

    void installTranslatorsSwitchesLanguageAndLocale()
    {
        const char *context = "entail::FirstRunGuide";
        const char *source = "Welcome to Entail Studio";
        QCOMPARE(entail::installTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("Willkommen bei Entail Studio"));
        // Qt's own catalogue comes along where qt6-translations-l10n is installed.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        QCOMPARE(entail::installTranslators(*qApp, QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QCoreApplication::translate(context, source), QStringLiteral("Bienvenido a Entail Studio"));

        QCOMPARE(entail::installTranslators(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
