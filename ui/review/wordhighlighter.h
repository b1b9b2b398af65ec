#pragma once
// Marks the words one tweet has and the other lacks, so that "E05" against "E06" jumps out.
#include <QString>
#include <QStringList>

namespace entail {

class WordHighlighter final {
public:
    // Characters of each text taken into account: rich text is laid out at once, so the cost must not grow
    // with a megabyte tweet. Words beyond this in `other` are not seen (a rare extra highlight).
    static constexpr qsizetype kMaxChars = 1000;

    // Words (letters/digits, with a leading # or @ kept) of `text` that `other` does not contain,
    // compared case-insensitively, in order of appearance (of the first kMaxChars characters of each).
    static QStringList differingWords(const QString &text, const QString &other);
    // Rich text of `text`'s first kMaxChars characters (HTML-escaped, newlines kept) with those words on a
    // highlight background, and the words that contain one of `searchTerms` (case-insensitive) in blue bold:
    // what the table's search found.
    static QString html(const QString &text, const QString &other, const QStringList &searchTerms = {});
};

}  // namespace entail
