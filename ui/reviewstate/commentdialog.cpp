#include "ui/reviewstate/commentdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace entail {

CommentDialog::CommentDialog(qint64 pairKey, const QString &comment, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(comment, this))
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(tr("Comment on pair %1").arg(pairKey));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("A note for this pair, kept in the project with its review state "
                               "(an empty text removes the comment)."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_edit->setTabChangesFocus(true);
    layout->addWidget(m_edit, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 220);
}

QString CommentDialog::comment() const { return m_edit->toPlainText().trimmed(); }

}  // namespace entail
