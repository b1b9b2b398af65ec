#include "ui/review/fetchstatusfeature.h"

#include "model/store/store.h"
#include "ui/common/poolrun.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/currentpaircontroller.h"
#include "ui/review/fetchstatustext.h"
#include "ui/review/pairview.h"
#include "ui/session/projectsession.h"

#include <QCheckBox>

namespace entail {

FetchStatusFeature::FetchStatusFeature(ProjectSession *session, PairView *view, PairBrowser *browser,
                                       CurrentPairController *current, QObject *parent)
    : QObject(parent), m_session(session), m_view(view), m_missingFilter(browser->filterBar()->missingImagesBox()),
      m_current(current), m_baseToolTip(m_missingFilter->toolTip())
{
    // A project that opens announces its images too (imagesChanged follows opened): one read per open.
    connect(session, &ProjectSession::imagesChanged, this, &FetchStatusFeature::reload);
}

namespace {

struct FetchStatus {
    QHash<QString, ImageFetchRecord> records;
    QString summary;
};

FetchStatus readFetchStatus(const QString &project, const std::vector<FetchStatusText::MissingImage> &missing)
{
    FetchStatus status;
    ProjectStore store;
    QString error;
    if (!project.isEmpty() && store.open(project, &error))  // this thread's own connection
        for (ImageFetchRecord &r : store.fetchRecords())
            status.records.insert(r.tweetId, std::move(r));
    status.summary = FetchStatusText::summary(missing, status.records);
    return status;
}

}  // namespace

void FetchStatusFeature::reload()
{
    const quint64 reload = ++m_reloads;
    const QString project = m_session->projectPath();
    auto read = [project, missing = m_session->missingImages()] {
        static const std::vector<FetchStatusText::MissingImage> none;
        return readFetchStatus(project, missing ? *missing : none);  // the session's list, not a copy
    };
    runOnPool(m_session->pool(), this, std::move(read), [this, reload, project](FetchStatus &status) {
        if (reload != m_reloads || project != m_session->projectPath())
            return;  // a newer reload runs, or another project opened since
        m_missingFilter->setToolTip(status.summary.isEmpty() ? m_baseToolTip
                                                             : m_baseToolTip + QLatin1Char('\n') + status.summary);
        m_view->setFetchRecords(std::move(status.records));
        m_current->refresh();  // the pair on screen may have been shown before the records were read
        Q_EMIT loaded();
    });
}

}  // namespace entail
