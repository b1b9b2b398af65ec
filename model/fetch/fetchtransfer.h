#pragma once
// One image's download: its requests (redirects followed by hand, retries after timeouts and 5xx), the body
// streamed to a hidden temporary file beside the target, decoded, then renamed to <id>.<ext>. Lives in the
// thread of the QNetworkAccessManager it is given. Private to ImageFetcher.
#include "model/fetch/fetchtypes.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace entail {

class FetchTransfer final : public QObject {
    Q_OBJECT
public:
    FetchTransfer(QNetworkAccessManager *network, const FetchTask &task, const QString &imagesDir,
                  const FetchOptions &options, QObject *parent = nullptr);
    ~FetchTransfer() override;

    // Why the task cannot be fetched at all (an id that is not digits, a URL that is not http/https), or empty.
    static QString refusal(const FetchTask &task);
    // <imagesDir>/<id>.<the URL's extension when it is an image's, else jpg>
    static QString targetFile(const QString &imagesDir, const FetchTask &task);

    // Kept as `file` without decoding (an archive), instead of <id>.<ext>.
    void keepUndecoded(const QString &file);
    void start();
    void abort();  // cancelled: nothing is kept, nothing reported
    const FetchOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void received(qint64 bytes);
    void finished();

private:
    void request(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout();
    void stopReply(FetchStatus status, const QString &reason);
    bool followRedirect(const QUrl &location);
    void retryOrFinish(FetchStatus status, const QString &reason);
    void keep();
    void finish(FetchStatus status, const QString &reason);
    void dropTemporary();

    QNetworkAccessManager *m_network;
    FetchOptions m_options;
    QString m_target, m_temporary;
    QFile m_file;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_decode = true;
    int m_redirects = 0;
    bool m_stopped = false;       // the reply was aborted by us for m_stopStatus
    FetchStatus m_stopStatus = FetchStatus::Failed;
    QString m_stopReason;
    FetchOutcome m_outcome;
};

}  // namespace entail
