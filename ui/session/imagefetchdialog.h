#pragma once
// File > Get images...: fetches the project's missing images from their URLs or from an archive (file or URL)
// in the background (ImageFetchJob) with a progress bar and Cancel; the window stays usable. At the end the
// session finds the images again, so that they appear in the pair view, the dialog says what became of every
// image, and the images that did not arrive can be saved as a CSV.
#include <QDialog>
#include <QElapsedTimer>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace entail {

class ImageFetchJob;
class ImageSourceChooser;
class ProjectSession;
struct ProjectFetchResult;

class ImageFetchDialog final : public QDialog {
    Q_OBJECT
public:
    ImageFetchDialog(ProjectSession *session, QWidget *parent);

    void start();
    bool isRunning() const;
    ImageSourceChooser *source() const { return m_source; }
    // The project's images that are not ok as CSV (FetchFailureList); false with a message naming the file.
    bool saveFailures(const QString &path, QString *error) const;
    // "3 image(s) fetched, 1 already present, 2 not found, ..." (translated).
    static QString summary(const ProjectFetchResult &result);
    static QString remaining(double seconds);  // "about ... left", rounded for people

private:
    void onProgress(int done, int total, qint64 bytes);
    void onFinished(const std::shared_ptr<const ProjectFetchResult> &result, const QString &error);
    void onButton();
    void onSaveFailures();
    void updateFailuresButton();

    ProjectSession *m_session;
    ImageFetchJob *m_job;
    QLabel *m_text;
    QProgressBar *m_bar;
    QCheckBox *m_retry;
    ImageSourceChooser *m_source;
    QPushButton *m_failures;
    QPushButton *m_button;
    QElapsedTimer m_clock;  // since start(): the time left is estimated from the rate so far
};

}  // namespace entail
