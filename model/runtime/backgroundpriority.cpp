#include "model/runtime/backgroundpriority.h"

#include <QtGlobal>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace entail {

void BackgroundPriority::applyToCurrentThread()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsSet("ENTAIL_NO_BACKGROUND_PRIORITY"))
        return;
    // With a thread id, PRIO_PROCESS changes only that thread on Linux.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, tid, std::max(kNice, getpriority(PRIO_PROCESS, tid)));
#endif
}

}  // namespace entail
