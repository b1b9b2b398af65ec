#include "model/core/tweetid.h"

#include <algorithm>

namespace entail {

bool TweetId::isDigits(const QString &id)
{
    return !id.isEmpty()
        && std::all_of(id.begin(), id.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool TweetId::isFileSafe(const QString &id) { return id.size() <= kMaxFileNameDigits && isDigits(id); }

}  // namespace entail
