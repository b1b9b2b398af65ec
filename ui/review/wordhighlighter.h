#pragma once
// Marks the words one tweet has and the other lacks, so that "E05" against "E06" jumps out.
#include <QString>
#include <QStringList>

namespace entail {

class WordHighlighter final {
public:
    // Words (letters/digits, with a leading # or @ kept) of `text` that `other` does not contain,
    // compared case-insensitively, in order of appearance.
    static QStringList differingWords(const QString &text, const QString &other);
    // Rich text of `text` (HTML-escaped, newlines kept) with those words on a highlight background.
    static QString html(const QString &text, const QString &other);
};

}  // namespace entail
