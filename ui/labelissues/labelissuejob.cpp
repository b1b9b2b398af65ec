#include "ui/labelissues/labelissuejob.h"

#include "model/labelissues/labelissuefinder.h"
#include "model/labelissues/labelissuestore.h"
#include "model/runtime/backgroundpriority.h"
#include "model/store/store.h"
#include "ui/pairs/pairtablemodel.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace entail {

namespace {

LabelIssueOutcome loadStored(const QString &project, const std::vector<qint64> &keysOfRows)
{
    LabelIssueOutcome out;
    ProjectStore store;
    if (!store.open(project, &out.error))
        return out;
    LabelIssueResult result;
    if (LabelIssueStore::load(store, &result, &out.error)) {
        out.stale = LabelIssueStore::isStale(result, store.datasetWithoutTexts().pairs);  // keys, ids, labels
        if (!keysOfRows.empty())
            out.rankOfRow = PairTableModel::rankOfRows(result, keysOfRows);
        out.result = std::make_shared<const LabelIssueResult>(std::move(result));
    }
    return out;
}

LabelIssueOutcome findAndStore(const QString &project, const LabelIssueOptions &options,
                               const OutOfFold::Progress &progress, const std::atomic_bool &cancel)
{
    LabelIssueOutcome out;
    ProjectStore store;
    if (!store.open(project, &out.error))
        return out;
    const Dataset data = store.dataset();
    LabelIssueResult result;
    if (!LabelIssueFinder::find(data.pairs, options, &result, progress)) {
        out.cancelled = cancel;
        if (!cancel)
            out.error = LabelIssueJob::tr("%1: at least %n labeled pair(s) are needed to find label issues", nullptr,
                                          options.folds)
                            .arg(project);
        return out;
    }
    // A result that cannot be stored is still shown; the error says it was not saved.
    LabelIssueStore::save(store, result, &out.error);
    out.result = std::make_shared<const LabelIssueResult>(std::move(result));
    return out;
}

}  // namespace

LabelIssueJob::LabelIssueJob(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

LabelIssueJob::~LabelIssueJob()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();
}

template <typename Work>
void LabelIssueJob::run(Work work, Done done)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<LabelIssueOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done, generation] {
        const LabelIssueOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // a newer job asked for: this one's project may be closed
        setFinding(false);
        (this->*done)(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, std::move(work)));
}

void LabelIssueJob::load(const QString &project, std::vector<qint64> keysOfRows)
{
    cancel();
    setFinding(false);
    run([project, keys = std::move(keysOfRows)] { return loadStored(project, keys); }, &LabelIssueJob::loaded);
}

void LabelIssueJob::find(const QString &project, const LabelIssueOptions &options)
{
    cancel();
    auto flag = std::make_shared<std::atomic_bool>(false);
    m_cancel = flag;
    // The destructor waits for the pool, so `this` outlives every call; a queued call to a deleted object is dropped.
    const OutOfFold::Progress progress = [this, flag](int done, int total) {
        QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT this->progress(done, total); }, Qt::QueuedConnection);
        return !*flag;
    };
    setFinding(true);
    run([project, options, progress, flag] {
        BackgroundPriority::applyToCurrentThread();
        return findAndStore(project, options, progress, *flag);
    }, &LabelIssueJob::found);
}

void LabelIssueJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void LabelIssueJob::setFinding(bool finding)
{
    if (m_finding == finding)
        return;
    m_finding = finding;
    Q_EMIT findingChanged(finding);
}

}  // namespace entail
