#pragma once
// Tweet ids: digits only. An id also names the tweet's image file, so the fetchers take only ids short enough
// to be a file name (a real id has at most 19 digits).
#include <QString>

namespace entail {

class TweetId final {
public:
    static constexpr qsizetype kMaxFileNameDigits = 40;

    static bool isDigits(const QString &id);      // non-empty, 0-9 only
    static bool isFileSafe(const QString &id);    // isDigits and at most kMaxFileNameDigits long
};

}  // namespace entail
