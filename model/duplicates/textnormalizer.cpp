#include "model/duplicates/textnormalizer.h"

#include "model/core/displaytext.h"

namespace entail {

namespace {
bool startsWithNoCase(const char16_t *s, qsizetype n, const char *prefix)
{
    for (qsizetype i = 0; prefix[i]; ++i) {
        if (i >= n)
            return false;
        const char16_t c = s[i] >= u'A' && s[i] <= u'Z' ? char16_t(s[i] + 32) : s[i];
        if (c != char16_t(prefix[i]))
            return false;
    }
    return true;
}

bool startsLink(const char16_t *s, qsizetype n)
{
    return (s[0] == u'h' || s[0] == u'H' || s[0] == u'w' || s[0] == u'W')
        && (startsWithNoCase(s, n, "http://") || startsWithNoCase(s, n, "https://") || startsWithNoCase(s, n, "www."));
}

bool isSpace(char16_t c) { return c < 0x80 ? (c == u' ' || (c >= u'\t' && c <= u'\r')) : QChar::isSpace(c); }

bool isMentionChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    return QChar::isLetterOrNumber(c);
}

char16_t fold(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return QChar::isSurrogate(c) ? c : char16_t(QChar::toCaseFolded(char32_t(c)));  // simple folding stays in the BMP
}
}  // namespace

QString TextNormalizer::normalize(QStringView text)
{
    // One pass over the characters by hand: a regular expression or QString helpers per text cost several
    // times as much on 100,000 pairs.
    const QString decoded = text.contains(u'&') ? DisplayText::decodeEntities(text) : QString();
    const char16_t *s = decoded.isNull() ? text.utf16() : reinterpret_cast<const char16_t *>(decoded.utf16());
    const qsizetype n = decoded.isNull() ? text.size() : decoded.size();
    QString out(n, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = o;
    bool space = false;  // a space is owed before the next kept character
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i];
        if (isSpace(c)) {
            space = true;
            ++i;
        } else if ((i == 0 || isSpace(s[i - 1])) && startsLink(s + i, n - i)) {
            while (i < n && !isSpace(s[i]))
                ++i;
        } else if (c == u'@' && (i == 0 || !isMentionChar(s[i - 1])) && i + 1 < n && isMentionChar(s[i + 1])) {
            for (++i; i < n && isMentionChar(s[i]);)
                ++i;
        } else {
            if (space && o != begin)
                *o++ = u' ';
            space = false;
            *o++ = fold(c);
            ++i;
        }
    }
    out.truncate(o - begin);
    return out;
}

}  // namespace entail
