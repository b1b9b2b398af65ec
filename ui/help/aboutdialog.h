#pragma once
// Help > About: the version, what the program is for, and the licences of the libraries it ships with.
#include <QDialog>

class QAction;

namespace entail {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "About Entail Studio" for the Help menu (owned by `window`): opens the dialog window-modal.
    static QAction *createAction(QWidget *window);

    // The libraries table (rich text), separate so that tests can read it.
    static QString creditsHtml();
};

}  // namespace entail
