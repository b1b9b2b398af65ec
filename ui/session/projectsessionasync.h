#pragma once
// ProjectSession::runAsync's definition, for the rooms that run their own background reads through the
// session's pool (not in projectsession.h: it would bring QtConcurrent into every file that names the session).
// Include it after ui/session/projectsession.h (it does not include it: projectsession.cpp includes this file,
// and a .cpp counts as its header for tests/check_code_shape.py's include cycles).
#include "ui/common/poolrun.h"

namespace entail {

template <typename T, typename Work, typename Done>
void ProjectSession::runAsync(const QString &what, Work work, Done done)
{
    setBusy(+1, what);
    runOnPool(&m_pool, this, std::move(work), [this, done](T &result) {
        setBusy(-1, QString());
        done(result);
    });
}

}  // namespace entail
