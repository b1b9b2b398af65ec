#include "ui/versions/versioncomparer.h"

#include "model/runtime/backgroundpriority.h"
#include "model/store/store.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace entail {

namespace {
ComparisonOutcome compareStored(const QString &projectPath, const ModelVersion &before, const ModelVersion &after,
                                FlippedPairsModel::Scope scope)
{
    BackgroundPriority::applyToCurrentThread();
    ComparisonOutcome out;
    ProjectStore store;  // this thread's own connection, closed when it goes
    if (!store.open(projectPath, &out.error))
        return out;
    PairKeys beforeKeys, afterKeys;
    Predictions beforePredictions, afterPredictions;
    if (!store.loadPredictions(before.id, &beforeKeys, &beforePredictions))
        out.missingVersion = before.id;
    else if (!store.loadPredictions(after.id, &afterKeys, &afterPredictions))
        out.missingVersion = after.id;
    if (out.missingVersion)
        return out;
    out.comparison = FlippedPairsModel::compute(store.dataset(), before.name, beforeKeys, beforePredictions,
                                                after.name, afterKeys, afterPredictions, scope);
    return out;
}
}  // namespace

VersionComparer::VersionComparer(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

VersionComparer::~VersionComparer() { m_pool.waitForDone(); }

void VersionComparer::compare(const QString &projectPath, const ModelVersion &before, const ModelVersion &after,
                              FlippedPairsModel::Scope scope)
{
    const quint64 request = ++m_request;
    auto *watcher = new QFutureWatcher<ComparisonOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        const ComparisonOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (request == m_request)
            Q_EMIT finished(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, compareStored, projectPath, before, after, scope));
}

}  // namespace entail
