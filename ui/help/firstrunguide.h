#pragma once
// A short guide shown over the main window once per user: on the first start without a file on the
// command line (someone who names a project knows where they are going). Showing it ticks "Don't show
// this again"; unticking it brings the guide back at the next start. Help > Getting started shows it any time.
#include <QDialog>

class QAction;
class QCheckBox;

namespace entail {

class FirstRunGuide final : public QDialog {
    Q_OBJECT
public:
    // How the guide came up: its first paragraph says what the window shows.
    enum class Occasion { StartWithoutFile, HelpMenu };

    explicit FirstRunGuide(Occasion occasion = Occasion::HelpMenu, QWidget *parent = nullptr);

    // Whether a start shows the guide: not once dismissed (or shown), not when a file was given.
    static bool wantedAtStart(bool dismissed, bool fileGiven);
    // At start-up: shows the guide (non-modal, deleted on close) when wantedAtStart, and records that it
    // was shown; returns it, or nullptr when it is not shown.
    static FirstRunGuide *showAtStart(QWidget *parent, bool fileGiven);
    static bool isDismissed();
    // "Getting started" for the Help menu (owned by `window`): shows the guide again, whatever was chosen.
    static QAction *createAction(QWidget *window);

    // The guide's text (rich text), separate so that tests can read it.
    static QString guideHtml(Occasion occasion = Occasion::HelpMenu);

protected:
    void done(int result) override;

private:
    QCheckBox *m_dontShowAgain = nullptr;
};

}  // namespace entail
