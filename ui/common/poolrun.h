#pragma once
// The one way the window runs work off the GUI thread: `work()` runs on `pool` (a pool of the window's own,
// never QThreadPool::globalInstance(), which Qt's painting uses) below the GUI thread's priority
// (runInBackground); with runOnPool `done(result)` then runs on the thread of `context` (the GUI thread).
// Nothing is handed over when `context` was deleted first.
#include "model/runtime/backgroundpriority.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>
#include <type_traits>
#include <utility>

namespace entail {

// `work()` on `pool`, below the GUI thread: on two cores an equal-priority worker took the GUI thread turns of
// 8-16 ms while the window laid out and painted (measured when a 100,000-pair project opened).
template <typename Work>
auto runInBackground(QThreadPool *pool, Work work)
{
    return QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        BackgroundPriority::applyToCurrentThread();
        return work();
    });
}

template <typename Work, typename Done>
void runOnPool(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::decay_t<std::invoke_result_t<Work &>>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        // Moved out, not copied: a loaded project's pairs would otherwise be copied (and the future's copy
        // freed) on the GUI thread, tens of milliseconds at 100,000 pairs.
        Result result = watcher->future().takeResult();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(runInBackground(pool, std::move(work)));
}

}  // namespace entail
