#pragma once
// The keyboard cheat sheet (key `?`, Help > Keyboard shortcuts).
#include <QDialog>
#include <QList>

class QAction;
class QKeySequence;

namespace entail {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    // Lists, in the given order, every action of `actions` that has a shortcut with its primary key; plus
    // the table's own keys.
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    static QString html(const QList<QAction *> &actions);
    static QString keyText(const QKeySequence &key);  // as the sheet shows it
};

}  // namespace entail
