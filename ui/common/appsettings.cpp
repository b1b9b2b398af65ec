#include "ui/common/appsettings.h"

#include "model/team/projectlocator.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace entail {

AppSettings::AppSettings() : m_settings(new QSettings), m_owned(true) {}

AppSettings::AppSettings(QSettings *settings) : m_settings(settings), m_owned(false) {}

AppSettings::~AppSettings()
{
    if (m_owned)
        delete m_settings;
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const { return m_settings->value(QStringLiteral("window/state")).toByteArray(); }

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(QStringLiteral("splitters/") + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("splitters/") + name, state);
}

QByteArray AppSettings::headerState(const QString &name) const
{
    return m_settings->value(QStringLiteral("headers/") + name).toByteArray();
}

void AppSettings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(QStringLiteral("headers/") + name, state);
}

QStringList AppSettings::recentProjects() const
{
    return m_settings->value(QStringLiteral("recent/projects")).toStringList();
}

void AppSettings::addRecentProject(const QString &path)
{
    // A server locator is kept as it is (it never holds a password: ServerLocation::url()).
    const QString absolute = ProjectLocator::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList list = recentProjects();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentProjects)
        list.removeLast();
    m_settings->setValue(QStringLiteral("recent/projects"), list);
}

void AppSettings::removeRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    list.removeAll(ProjectLocator::isServerUrl(path) ? path : QFileInfo(path).absoluteFilePath());
    m_settings->setValue(QStringLiteral("recent/projects"), list);
}

void AppSettings::clearRecentProjects() { m_settings->remove(QStringLiteral("recent/projects")); }

QString AppSettings::annotator() const
{
    const QString name = m_settings->value(QStringLiteral("annotator/name")).toString();
    if (!name.isEmpty())
        return name;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("annotator") : login;
}

void AppSettings::setAnnotator(const QString &name)
{
    m_settings->setValue(QStringLiteral("annotator/name"), name.trimmed());
}

QString AppSettings::lastFolder(const QString &purpose) const
{
    return m_settings->value(QStringLiteral("folders/") + purpose, QDir::homePath()).toString();
}

bool AppSettings::hasLastFolder(const QString &purpose) const
{
    return m_settings->contains(QStringLiteral("folders/") + purpose);
}

void AppSettings::setLastFolder(const QString &purpose, const QString &folder)
{
    m_settings->setValue(QStringLiteral("folders/") + purpose, folder);
}

QString AppSettings::language() const { return m_settings->value(QStringLiteral("ui/language")).toString(); }

void AppSettings::setLanguage(const QString &code) { m_settings->setValue(QStringLiteral("ui/language"), code); }

bool AppSettings::firstRunGuideDismissed() const
{
    return m_settings->value(QStringLiteral("ui/firstRunGuideDismissed"), false).toBool();
}

void AppSettings::setFirstRunGuideDismissed(bool dismissed)
{
    m_settings->setValue(QStringLiteral("ui/firstRunGuideDismissed"), dismissed);
}

bool AppSettings::autoAdvance() const { return m_settings->value(QStringLiteral("ui/autoAdvance"), true).toBool(); }

void AppSettings::setAutoAdvance(bool on) { m_settings->setValue(QStringLiteral("ui/autoAdvance"), on); }

bool AppSettings::blindMode() const { return m_settings->value(QStringLiteral("team/blindMode"), false).toBool(); }

void AppSettings::setBlindMode(bool on) { m_settings->setValue(QStringLiteral("team/blindMode"), on); }

}  // namespace entail
