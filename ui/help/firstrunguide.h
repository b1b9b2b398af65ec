#pragma once
// A short, dismissible guide shown over the main window on first start: what the panels are, the keys.
// "Don't show again" is remembered in AppSettings.
#include <QDialog>

class QAction;
class QCheckBox;

namespace entail {

class FirstRunGuide final : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunGuide(QWidget *parent = nullptr);

    // Shows the guide (non-modal, deleted on close) unless the user dismissed it for good; returns it,
    // or nullptr when it is not shown.
    static FirstRunGuide *showIfWanted(QWidget *parent);
    static bool isDismissed();
    // "Getting started" for the Help menu (owned by `window`): shows the guide again, whatever was chosen.
    static QAction *createAction(QWidget *window);

    // The guide's text (rich text), separate so that tests can read it.
    static QString guideHtml();

protected:
    void done(int result) override;

private:
    QCheckBox *m_dontShowAgain = nullptr;
};

}  // namespace entail
