#include "model/duplicates/textnormalizer.h"

#include "model/core/displaytext.h"

namespace entail {

namespace {
bool startsLink(QStringView s, qsizetype i)
{
    const QStringView rest = s.mid(i);
    return rest.startsWith(u"http://", Qt::CaseInsensitive) || rest.startsWith(u"https://", Qt::CaseInsensitive)
        || rest.startsWith(u"www.", Qt::CaseInsensitive);
}

bool isMentionChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }
}  // namespace

QString TextNormalizer::normalize(QStringView text)
{
    // One pass by hand: a regular expression per text costs several times as much on 100,000 pairs.
    const QString decoded = DisplayText::decodeEntities(text);
    const QStringView s(decoded);
    QString out;
    out.reserve(s.size());
    bool space = false;  // a space is owed before the next kept character
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        const bool wordStart = i == 0 || s[i - 1].isSpace();
        if (c.isSpace()) {
            space = true;
            ++i;
        } else if (wordStart && startsLink(s, i)) {
            while (i < s.size() && !s[i].isSpace())
                ++i;
        } else if (c == u'@' && (i == 0 || !isMentionChar(s[i - 1])) && i + 1 < s.size() && isMentionChar(s[i + 1])) {
            ++i;
            while (i < s.size() && isMentionChar(s[i]))
                ++i;
        } else {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.isSurrogate() ? c : c.toCaseFolded();
            ++i;
        }
    }
    return out;
}

}  // namespace entail
