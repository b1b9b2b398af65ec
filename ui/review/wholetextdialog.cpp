#include "ui/review/wholetextdialog.h"

#include "model/core/displaytext.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

namespace entail {

namespace {
// How far past kMaxLineChars a line may run while looking for a space to break at.
constexpr qsizetype kBreakSearchChars = 200;
}  // namespace

WholeTextDialog::WholeTextDialog(const QString &text, const QString &title, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_source(text)
{
    setObjectName(QStringLiteral("wholeTextDialog"));
    setWindowTitle(title);
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(60 * em, 40 * fontMetrics().height());
    m_pieces.setInterval(0);
    connect(&m_pieces, &QTimer::timeout, this, &WholeTextDialog::addPiece);
    addPiece();  // the start is there when the dialog appears
    if (!isComplete())
        m_pieces.start();
}

void WholeTextDialog::addPiece()
{
    const qsizetype end = DisplayText::pieceEnd(m_source, m_done, kPieceChars);
    const QString piece = DisplayText::decodeEntities(QStringView(m_source).mid(m_done, end - m_done));
    m_done = end;
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(withLinesBroken(piece));
    if (isComplete())
        m_pieces.stop();
}

QString WholeTextDialog::withLinesBroken(QString piece)
{
    qsizetype lineStart = -m_lineLength;  // where the current line starts, relative to the piece
    for (qsizetype i = 0; i < piece.size(); ++i) {
        if (piece[i] == QLatin1Char('\n')) {
            lineStart = i + 1;
        } else if (i - lineStart >= kMaxLineChars && piece[i] == QLatin1Char(' ')) {
            piece[i] = QLatin1Char('\n');
            lineStart = i + 1;
        } else if (i - lineStart >= kMaxLineChars + kBreakSearchChars) {
            piece.insert(i, QLatin1Char('\n'));
            lineStart = i + 1;
        }
    }
    m_lineLength = piece.size() - lineStart;
    return piece;
}

QString WholeTextDialog::shownText() const { return m_edit->toPlainText(); }

}  // namespace entail
