#pragma once
// The keyboard cheat sheet (key `?`, Help > Keyboard shortcuts).
#include <QDialog>
#include <QList>

class QAction;

namespace entail {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    // Lists, in the given order, every action of `actions` that has a shortcut; plus the table's own keys.
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    static QString html(const QList<QAction *> &actions);
};

}  // namespace entail
