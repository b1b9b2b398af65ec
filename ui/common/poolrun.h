#pragma once
// The one way the window runs work off the GUI thread: `work()` runs on `pool` (the session's pool, never
// QThreadPool::globalInstance(), which Qt's painting uses) and `done(result)` then runs on the thread of
// `context` (the GUI thread), below the GUI thread's priority (BackgroundPriority). Nothing is handed over when `context` was deleted first.
#include "model/runtime/backgroundpriority.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>
#include <type_traits>
#include <utility>

namespace entail {

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
    // Below the GUI thread: on two cores an equal-priority worker would take it turns of 8-16 ms while the
    // window lays out and paints (measured when a 100,000-pair project opens).
    watcher->setFuture(QtConcurrent::run(pool, [work = std::move(work)]() mutable {
        BackgroundPriority::applyToCurrentThread();
        return work();
    }));
}

}  // namespace entail
