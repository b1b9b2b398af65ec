#pragma once
// The application's persistent settings, typed, over QSettings (one key name per setting, here only).
#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace entail {

class AppSettings final {
public:
    static constexpr int kMaxRecentProjects = 8;

    AppSettings();                           // the application's QSettings
    explicit AppSettings(QSettings *settings);  // not owned; for tests
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);

    QStringList recentProjects() const;        // most recent first
    void addRecentProject(const QString &path);  // moves it to the front, keeps kMaxRecentProjects
    void removeRecentProject(const QString &path);
    void clearRecentProjects();

    QString annotator() const;  // the login name until the user sets one
    void setAnnotator(const QString &name);

    QString lastFolder(const QString &purpose) const;  // where a file dialog last was, per purpose
    bool hasLastFolder(const QString &purpose) const;  // false: lastFolder() is only the home folder
    void setLastFolder(const QString &purpose, const QString &folder);

    // "" follows the system locale, otherwise a code such as "de"; read once at start (installTranslators).
    QString language() const;
    void setLanguage(const QString &code);

    bool firstRunGuideDismissed() const;  // "Don't show this again" was ticked
    void setFirstRunGuideDismissed(bool dismissed);

    bool autoAdvance() const;  // move to the next pair after labelling (default: on, as annotators work)
    void setAutoAdvance(bool on);

    // Team mode's blind mode: others' labels, the original label and the model's prediction stay hidden until
    // this annotator labelled the pair (default: off).
    bool blindMode() const;
    void setBlindMode(bool on);

private:
    QSettings *m_settings;
    bool m_owned;
};

}  // namespace entail
