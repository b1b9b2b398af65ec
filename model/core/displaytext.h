#pragma once
// Tweet text as people read it. The source data holds HTML entities ("&amp;", "&lt;", "&#39;") left by
// Twitter's API; the store and every export keep them byte for byte, and every display path decodes them
// here. Texts may be megabytes long (a store written by another tool): what a widget lays out is bounded.
#include <QString>
#include <QStringView>

namespace entail {

class DisplayText final {
public:
    // Named entities amp, lt, gt, quot, apos, nbsp and numeric ones (&#39; &#x27;), one level deep
    // ("&amp;lt;" gives "&lt;"); anything else stays as written.
    static QString decodeEntities(QStringView text);
    // At most `maxChars` decoded characters from the start of `text`; `cut` says whether text was left out.
    static QString head(const QString &text, qsizetype maxChars, bool *cut = nullptr);
    // Where a piece of `text` that starts at `from` and holds at most maxChars characters may end without
    // cutting an entity in two (pieces decoded one by one then give the same as the whole).
    static qsizetype pieceEnd(const QString &text, qsizetype from, qsizetype maxChars);
    // One line for a table cell: decoded, whitespace collapsed, at most `maxChars` with an ellipsis when
    // something was left out. Reads a bounded prefix, so its cost does not grow with the text.
    static QString snippet(const QString &text, qsizetype maxChars);
};

}  // namespace entail
