#pragma once
// Keeps the project's image fetch records where the user looks: the pair view's placeholder says why an
// image is missing, and the "Image missing" filter's tooltip counts the missing images by fetch status.
// Reloaded when a project opens and when its images change (after Get images).
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

private:
    void reload();

    ProjectSession *m_session;
    PairView *m_view;
    QCheckBox *m_missingFilter;
    CurrentPairController *m_current;
    QString m_baseToolTip;
};

}  // namespace entail
