#pragma once
// Putting a finished file in place so that its name never shows a partial file: sync it, rename it without
// replacing anything another process put there meanwhile, sync the folder.
#include <QString>

namespace entail {

class FileMove final {
public:
    // False with errno set; `to` is never replaced.
    static bool syncAndRename(const QString &from, const QString &to);
};

}  // namespace entail
