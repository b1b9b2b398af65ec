#pragma once
// Keeps the project's image fetch records where the user looks: the pair view's placeholder says why an
// image is missing, and the "Image missing" filter's tooltip counts the missing images by fetch status.
// Reloaded when a project opens and when its images change (after Get images): the records are read and the
// missing images counted on the session's pool with the worker's own store connection (at 100,000 pairs the
// count alone is tens of milliseconds); the GUI thread only takes a list of the missing images' tweets and
// applies the result. Only the newest reload's result is applied.
#include <QObject>
#include <QString>

class QCheckBox;

namespace entail {

class CurrentPairController;
class PairBrowser;
class PairView;
class ProjectSession;

class FetchStatusFeature final : public QObject {
    Q_OBJECT
public:
    FetchStatusFeature(ProjectSession *session, PairView *view, PairBrowser *browser, CurrentPairController *current,
                       QObject *parent);

Q_SIGNALS:
    void loaded();  // a reload's result is shown (tests wait for it)

private:
    void reload();

    ProjectSession *m_session;
    PairView *m_view;
    QCheckBox *m_missingFilter;
    CurrentPairController *m_current;
    QString m_baseToolTip;
    quint64 m_reloads = 0;
};

}  // namespace entail
