#pragma once
// ProjectSession::runAsync's definition, for the rooms that run their own background reads through the
// session's pool (not in projectsession.h: it would bring QtConcurrent into every file that names the session).
// Include it after ui/session/projectsession.h (it does not include it: projectsession.cpp includes this file,
// and a .cpp counts as its header for tests/check_code_shape.py's include cycles).
#include <QFutureWatcher>
#include <QtConcurrent>

namespace entail {

template <typename T, typename Work, typename Done>
void ProjectSession::runAsync(const QString &what, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(this);
    setBusy(+1, what);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        T result = watcher->result();
        watcher->deleteLater();
        setBusy(-1, QString());
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

}  // namespace entail
