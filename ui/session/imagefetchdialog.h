#pragma once
// File > Get images...: fetches the project's missing images from their URLs in the background (ImageFetchJob)
// with a progress bar and Cancel; the window stays usable. At the end the session finds the images again, so
// that they appear in the pair view, and the dialog says what became of every image.
#include <QDialog>
#include <QElapsedTimer>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace entail {

class ImageFetchJob;
class ProjectSession;
struct ProjectFetchResult;

class ImageFetchDialog final : public QDialog {
    Q_OBJECT
public:
    ImageFetchDialog(ProjectSession *session, QWidget *parent);

    void start();
    bool isRunning() const;
    // "3 image(s) fetched, 1 already present, 2 not found, ..." (translated).
    static QString summary(const ProjectFetchResult &result);
    static QString remaining(double seconds);  // "about ... left", rounded for people

private:
    void onProgress(int done, int total, qint64 bytes);
    void onFinished(const std::shared_ptr<const ProjectFetchResult> &result, const QString &error);
    void onButton();

    ProjectSession *m_session;
    ImageFetchJob *m_job;
    QLabel *m_text;
    QProgressBar *m_bar;
    QCheckBox *m_retry;
    QPushButton *m_button;
    QElapsedTimer m_clock;  // since start(): the time left is estimated from the rate so far
};

}  // namespace entail
