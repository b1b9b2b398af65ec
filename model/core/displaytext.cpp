#include "model/core/displaytext.h"

#include <algorithm>

namespace entail {

namespace {
constexpr qsizetype kMaxEntityLength = 10;  // "&#x10FFFF;"
// Raw characters read for a snippet of n characters: entities and runs of spaces shrink when decoded.
constexpr qsizetype kSnippetWindowFactor = 8;
constexpr QChar kEllipsis(0x2026);

// "&#39;" / "&#x27;": the body after '#'; 0 unless all digits and a Unicode scalar value.
char32_t numericValue(QStringView digits)
{
    const bool hex = digits.startsWith(QLatin1Char('x')) || digits.startsWith(QLatin1Char('X'));
    if (hex)
        digits = digits.mid(1);
    if (digits.isEmpty())
        return 0;
    for (const QChar c : digits)
        if (!(c.isDigit() && c.unicode() < 0x80) && !(hex && QStringLiteral("abcdefABCDEF").contains(c)))
            return 0;
    bool ok = false;
    const uint value = digits.toUInt(&ok, hex ? 16 : 10);
    const bool surrogate = value >= 0xD800 && value <= 0xDFFF;
    return ok && value > 0 && value <= 0x10FFFF && !surrogate ? char32_t(value) : 0;
}

// The character an entity body (between '&' and ';') stands for; 0 when it is not one we decode.
char32_t entityValue(QStringView body)
{
    if (body.startsWith(QLatin1Char('#')))
        return numericValue(body.mid(1));
    static const struct {
        const char *name;
        char32_t value;
    } named[] = {{"amp", U'&'}, {"lt", U'<'}, {"gt", U'>'}, {"quot", U'"'}, {"apos", U'\''}, {"nbsp", 0xA0}};
    for (const auto &n : named)
        if (body == QLatin1String(n.name))
            return n.value;
    return 0;
}
}  // namespace

QString DisplayText::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;  // text before this is in `out`
    for (qsizetype amp = text.indexOf(QLatin1Char('&')); amp >= 0; amp = text.indexOf(QLatin1Char('&'), amp + 1)) {
        const qsizetype semi = text.mid(amp + 1, kMaxEntityLength).indexOf(QLatin1Char(';'));
        if (semi <= 0)
            continue;
        const char32_t value = entityValue(text.mid(amp + 1, semi));
        if (value == 0)
            continue;
        out += text.mid(done, amp - done);
        out += QString::fromUcs4(&value, 1);
        done = amp + semi + 2;
        amp = done - 1;
    }
    out += text.mid(done);
    return out;
}

QString DisplayText::head(const QString &text, qsizetype maxChars, bool *cut)
{
    // Entities only shrink: decoding maxChars raw characters gives at most maxChars.
    const bool longer = text.size() > maxChars;
    if (cut)
        *cut = longer;
    return decodeEntities(QStringView(text).left(maxChars));
}

qsizetype DisplayText::pieceEnd(const QString &text, qsizetype from, qsizetype maxChars)
{
    const qsizetype end = std::min(text.size(), from + maxChars);
    if (end == text.size())
        return end;
    // An '&' close before the end may start an entity that the end would cut.
    const qsizetype amp = text.lastIndexOf(QLatin1Char('&'), end - 1);
    return amp > from && amp >= end - kMaxEntityLength - 1 ? amp : end;
}

QString DisplayText::snippet(const QString &text, qsizetype maxChars)
{
    bool cut = false;
    QString s = head(text, maxChars * kSnippetWindowFactor, &cut).simplified();  // newlines would make rows uneven
    if (s.size() > maxChars)
        return s.left(maxChars - 1) + kEllipsis;
    return cut ? s + kEllipsis : s;
}

}  // namespace entail
