#pragma once
// A word-wrapped label that measures its text once per width, and whose size hints cost at most one layout.
// QLabel lays its whole text out again for every heightForWidth() the layouts ask, and several times for its
// size hints (QTextDocument::adjustSize tries widths); with colour emoji,
// whose glyphs Qt 6.4 decodes from PNG on every layout (its glyph cache is off for bitmap fonts), a tweet
// card's first layout cost 15-25 ms more than the same text without emoji. The answers are kept until the
// text, font or style changes.
#include <QLabel>
#include <QSize>
#include <QString>
#include <utility>
#include <vector>

namespace entail {

class WrappedTextLabel final : public QLabel {
    Q_OBJECT

public:
    explicit WrappedTextLabel(QWidget *parent = nullptr);

    void setText(const QString &text);  // hides QLabel::setText: the measures are dropped with the text
    void clear();
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int layoutsMeasured() const { return m_measured; }  // for tests: how many times the text was laid out

protected:
    void changeEvent(QEvent *event) override;

private:
    void forget();
    QSize frameAndMargins() const;

    static constexpr int kPreferredChars = 40, kMinimumChars = 12;
    static constexpr size_t kWidths = 8;  // a handful of widths per pass; older ones are dropped first
    mutable std::vector<std::pair<int, int>> m_heights;  // width, height
    mutable QSize m_sizeHint, m_minimumSizeHint;
    mutable int m_measured = 0;
};

}  // namespace entail
