#pragma once
// A tweet's whole text when the card shows only its start: plain text in a QPlainTextEdit, which lays out
// only the lines on screen. The text goes in piece by piece from the event loop and over-long lines are
// broken (a paragraph is laid out at once), so megabytes open without freezing the window.
#include <QDialog>
#include <QTimer>

class QPlainTextEdit;

namespace entail {

class WholeTextDialog final : public QDialog {
    Q_OBJECT

public:
    // Characters added per turn of the event loop, and the longest line shown unbroken.
    static constexpr qsizetype kPieceChars = 64 * 1024;
    static constexpr qsizetype kMaxLineChars = 10000;

    // `text` as stored; entities are decoded for display.
    WholeTextDialog(const QString &text, const QString &title, QWidget *parent = nullptr);
    bool isComplete() const { return m_done >= m_source.size(); }
    QString shownText() const;

private:
    void addPiece();
    QString withLinesBroken(QString piece);

    QPlainTextEdit *m_edit;
    QString m_source;
    qsizetype m_done = 0;        // characters of m_source already shown
    qsizetype m_lineLength = 0;  // characters shown since the last line break
    QTimer m_pieces;
};

}  // namespace entail
