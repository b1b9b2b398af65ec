#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace entail {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *label = new QLabel(html(actions), this);
    label->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(buttons);
}

QString ShortcutsDialog::keyText(const QKeySequence &key) { return key.toString(QKeySequence::NativeText); }

QString ShortcutsDialog::html(const QList<QAction *> &actions)
{
    QString rows;
    auto row = [&rows](const QString &keys, const QString &what) {
        rows += QStringLiteral("<tr><td style=\"padding:2px 16px 2px 0\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (const QAction *a : actions) {
        // One key per action, the primary one, written the platform's way (alternatives such as F14 for
        // Undo would only crowd the sheet). iconText: the undo/redo actions' text names the command.
        const QKeySequence key = a->shortcut();
        if (!key.isEmpty())
            row(keyText(key), a->iconText());
    }
    row(tr("Up / Down"), tr("Previous / next pair (in the table)"));
    row(tr("Esc / Enter / Down"), tr("Leave the search box for the table"));
    row(tr("Click a matrix cell"), tr("List the pairs of that cell"));
    return tr("<p>Keys work everywhere except while typing in the search box.</p>") + QStringLiteral("<table>")
        + rows + QStringLiteral("</table>");
}

}  // namespace entail
