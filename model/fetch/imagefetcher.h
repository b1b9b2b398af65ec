#pragma once
// Downloads tweets' images into a folder as <id>.<ext>: at most `jobs` transfers at once and `perHost` to one
// host, each checked by decoding before it is kept (see FetchTransfer). An image present and decodable is not
// fetched again. run() blocks the calling thread with its own event loop (any thread with none running).
#include "model/fetch/fetchtypes.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <deque>
#include <functional>
#include <utility>
#include <vector>

class QEventLoop;
class QNetworkAccessManager;

namespace entail {

class FetchTransfer;

class ImageFetcher final : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(const FetchProgress &)>;

    ImageFetcher(const QString &imagesDir, const FetchOptions &options);
    ~ImageFetcher() override;

    // One outcome per task that ended (cancelled ones have none), in the order they ended. error() says why
    // the run stopped early (the disk filling up), empty otherwise.
    std::vector<FetchOutcome> run(const std::vector<FetchTask> &tasks, const Progress &progress = {});
    QString error() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }

    // The image already in `imagesDir` for `task` when it decodes; empty otherwise.
    static QString presentFile(const QString &imagesDir, const FetchTask &task);

private:
    bool settledBefore(const FetchTask &task);
    void startMore();
    bool roomLeft();
    void ended(FetchTransfer *transfer);
    void record(const FetchOutcome &outcome);
    void checkCancel();
    void stopAll();

    QString m_imagesDir;
    FetchOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QEventLoop *m_loop = nullptr;
    std::deque<std::pair<QString, FetchTask>> m_queue;  // host, task
    std::vector<FetchTransfer *> m_active;
    QHash<QString, int> m_perHost;
    std::vector<FetchOutcome> m_outcomes;
    FetchProgress m_progress;
    Progress m_report;
    QString m_error;
    bool m_cancelled = false;
};

}  // namespace entail
