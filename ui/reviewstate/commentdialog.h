#pragma once
// Label > Comment... (Ctrl+M): the pair's comment, free text, kept beside its review state.
#include <QDialog>

class QPlainTextEdit;

namespace entail {

class CommentDialog final : public QDialog {
    Q_OBJECT

public:
    CommentDialog(qint64 pairKey, const QString &comment, QWidget *parent = nullptr);
    QString comment() const;
    QPlainTextEdit *editor() const { return m_edit; }

private:
    QPlainTextEdit *m_edit;
};

}  // namespace entail
