#include "ui/review/fetchstatusfeature.h"

#include "model/store/store.h"
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
    connect(session, &ProjectSession::opened, this, &FetchStatusFeature::reload);
    connect(session, &ProjectSession::imagesChanged, this, &FetchStatusFeature::reload);
}

void FetchStatusFeature::reload()
{
    QHash<QString, ImageFetchRecord> records;
    if (const ProjectStore *store = m_session->store())
        for (ImageFetchRecord &r : store->fetchRecords())
            records.insert(r.tweetId, std::move(r));
    const QString counts = FetchStatusText::summary(m_session->pairs()->pairs(), records);
    m_missingFilter->setToolTip(counts.isEmpty() ? m_baseToolTip : m_baseToolTip + QLatin1Char('\n') + counts);
    m_view->setFetchRecords(std::move(records));
    m_current->refresh();  // the pair on screen may have been shown before the records were read
}

}  // namespace entail
