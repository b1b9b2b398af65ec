#include "ui/review/wordhighlighter.h"

#include <QSet>

#include <algorithm>

namespace entail {

namespace {

struct Token {
    QString text;
    bool word = false;
};

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// Alternating runs of word and non-word characters; concatenated they give back the text.
QList<Token> tokenize(const QString &whole)
{
    const QString text = whole.left(WordHighlighter::kMaxChars);
    const int n = int(text.size());
    auto startsWord = [&](int k) {
        const bool marker = text[k] == QLatin1Char('#') || text[k] == QLatin1Char('@');
        return isWordChar(text[k]) || (marker && k + 1 < n && isWordChar(text[k + 1]));
    };
    QList<Token> out;
    int i = 0;
    while (i < n) {
        int j = i + 1;
        const bool word = startsWord(i);
        if (word) {
            while (j < n && isWordChar(text[j]))
                ++j;
        } else {
            while (j < n && !startsWord(j))
                ++j;
        }
        out.push_back({text.mid(i, j - i), word});
        i = j;
    }
    return out;
}

QSet<QString> wordSet(const QString &text)
{
    QSet<QString> set;
    for (const Token &t : tokenize(text))
        if (t.word)
            set.insert(t.text.toCaseFolded());
    return set;
}

}  // namespace

QStringList WordHighlighter::differingWords(const QString &text, const QString &other)
{
    const QSet<QString> theirs = wordSet(other);
    QStringList out;
    for (const Token &t : tokenize(text))
        if (t.word && !theirs.contains(t.text.toCaseFolded()))
            out << t.text;
    return out;
}

QString WordHighlighter::html(const QString &text, const QString &other, const QStringList &searchTerms)
{
    const QSet<QString> theirs = wordSet(other);
    QStringList terms;
    for (const QString &term : searchTerms)
        if (!term.trimmed().isEmpty())
            terms << term.trimmed().toCaseFolded();
    const auto found = [&terms](const QString &word) {
        const QString folded = word.toCaseFolded();
        return std::any_of(terms.begin(), terms.end(), [&](const QString &t) { return folded.contains(t); });
    };
    QString out;
    out.reserve(std::min(text.size(), kMaxChars) * 2);
    for (const Token &t : tokenize(text)) {
        const QString escaped = t.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        if (t.word && !terms.isEmpty() && found(t.text))
            out += QStringLiteral("<span style=\"background-color:#bfe0ff; font-weight:bold;\">") + escaped
                + QStringLiteral("</span>");
        else if (t.word && !theirs.contains(t.text.toCaseFolded()))
            out += QStringLiteral("<span style=\"background-color:#fff0a8;\">") + escaped + QStringLiteral("</span>");
        else
            out += escaped;
    }
    return out;
}

}  // namespace entail
