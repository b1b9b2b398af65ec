#pragma once
// One run of ProjectFetch on its own thread (with its own store connection and event loop), so that the
// window stays usable: progress and the end arrive as signals on the GUI thread; cancel() from there.
#include "model/fetch/projectfetch.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace entail {

class ImageFetchJob final : public QObject {
    Q_OBJECT
public:
    explicit ImageFetchJob(QObject *parent = nullptr);
    ~ImageFetchJob() override;  // cancels and waits for the thread (at most a moment: transfers are aborted)

    bool isRunning() const { return m_thread != nullptr; }
    // `archive`: a file or URL to take the images from instead of the tweets' links.
    void start(const QString &projectFile, bool retryFailed, const QString &archive = QString());
    void cancel() { m_cancel = true; }
    QString projectFile() const { return m_projectFile; }

Q_SIGNALS:
    void progressed(int done, int total, qint64 bytes);
    // `error`: the project could not be used (nothing was fetched); otherwise `result` says what happened.
    void finished(const std::shared_ptr<const ProjectFetchResult> &result, const QString &error);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    QString m_projectFile;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_lastDone{-1};  // progress is sent when the count changes, not per received block
    std::atomic<qint64> m_lastBytes{0};  // or, while an archive downloads, per megabyte
    std::shared_ptr<ProjectFetchResult> m_result;
    QString m_error;
};

}  // namespace entail
