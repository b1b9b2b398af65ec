#include "model/fetch/fetchtransfer.h"

#include "model/core/tweetid.h"
#include "model/image/imageloader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>
#include <unistd.h>

namespace entail {

namespace {
const char *const kImageSuffixes[] = {"jpg", "jpeg", "png", "gif", "webp", "bmp"};

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

}  // namespace

FetchTransfer::FetchTransfer(QNetworkAccessManager *network, const FetchTask &task, const QString &imagesDir,
                             const FetchOptions &options, QObject *parent)
    : QObject(parent), m_network(network), m_options(options), m_target(targetFile(imagesDir, task)),
      m_temporary(QDir(imagesDir).filePath(QStringLiteral(".%1.part").arg(task.tweetId)))
{
    m_outcome.task = task;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FetchTransfer::onTimeout);
}

FetchTransfer::~FetchTransfer()
{
    if (m_reply)
        m_reply->disconnect(this);
    delete m_reply;
    dropTemporary();
}

QString FetchTransfer::refusal(const FetchTask &task)
{
    if (!TweetId::isFileSafe(task.tweetId))
        return tr("the tweet id \"%1\" is not a number; images are named after ids only").arg(task.tweetId.left(40));
    const QUrl url(task.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !isWebScheme(url))
        return tr("only http and https links are fetched, not \"%1\"").arg(task.url.left(200));
    return {};
}

QString FetchTransfer::targetFile(const QString &imagesDir, const FetchTask &task)
{
    const QString suffix = QFileInfo(QUrl(task.url).path()).suffix().toLower();
    QString chosen = QStringLiteral("jpg");
    for (const char *s : kImageSuffixes)
        if (suffix == QLatin1String(s))
            chosen = suffix;
    return QDir(imagesDir).filePath(task.tweetId + QLatin1Char('.') + chosen);
}

void FetchTransfer::keepUndecoded(const QString &file)
{
    m_target = file;
    m_decode = false;
}

void FetchTransfer::start()
{
    m_redirects = 0;
    request(QUrl(m_outcome.task.url));
}

void FetchTransfer::abort()
{
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    dropTemporary();
}

void FetchTransfer::request(const QUrl &url)
{
    ++m_outcome.attempts;
    m_outcome.bytes = 0;
    m_stopped = false;
    m_file.close();
    m_file.setFileName(m_temporary);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {  // blocks as they come
        finish(FetchStatus::Failed, tr("cannot write %1: %2").arg(m_temporary, m_file.errorString()));
        return;
    }
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setMaximumRedirectsAllowed(0);
    m_reply = m_network->get(req);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchTransfer::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &FetchTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FetchTransfer::onFinished);
    m_timer.start(m_options.timeoutMs);
}

void FetchTransfer::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const int code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (code >= 200 && code < 300 && length.isValid() && length.toLongLong() > m_options.maxBytes)
        stopReply(FetchStatus::TooLarge, tr("the server announces %1 bytes, more than the limit of %2")
                                             .arg(length.toLongLong()).arg(m_options.maxBytes));
}

void FetchTransfer::onReadyRead()
{
    const QByteArray data = m_reply->readAll();
    const int code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (code < 200 || code >= 300 || m_stopped)
        return;  // an error page's or a redirect's body is not kept
    m_outcome.bytes += data.size();
    Q_EMIT received(data.size());
    if (m_outcome.bytes > m_options.maxBytes) {
        stopReply(FetchStatus::TooLarge, tr("more than the limit of %1 bytes").arg(m_options.maxBytes));
        return;
    }
    if (m_file.write(data) != data.size())
        stopReply(FetchStatus::Failed, tr("cannot write %1: %2").arg(m_temporary, m_file.errorString()));
}

void FetchTransfer::onTimeout()
{
    stopReply(FetchStatus::Timeout, tr("no complete answer within %1 s").arg(m_options.timeoutMs / 1000.0));
}

void FetchTransfer::stopReply(FetchStatus status, const QString &reason)
{
    if (m_stopped || !m_reply)
        return;
    m_stopped = true;
    m_stopStatus = status;
    m_stopReason = reason;
    m_reply->abort();  // finished() follows
}

void FetchTransfer::onFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    if (!m_stopped && reply->bytesAvailable() > 0)
        onReadyRead();
    m_reply = nullptr;
    if (m_stopped)
        return m_stopStatus == FetchStatus::Timeout ? retryOrFinish(m_stopStatus, m_stopReason)
                                                    : finish(m_stopStatus, m_stopReason);
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (code >= 300 && code < 400 && reply->hasRawHeader("Location")) {
        const QUrl location = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (followRedirect(location))
            request(location);
        return;
    }
    const QString http = tr("HTTP %1 %2").arg(code).arg(
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (code == 404 || code == 410)
        return finish(FetchStatus::NotFound, http);
    if (code >= 500)
        return retryOrFinish(FetchStatus::Failed, http);
    if (code >= 300 || (code == 0 && reply->error() == QNetworkReply::NoError))
        return finish(FetchStatus::Failed, http);
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && m_outcome.bytes < length.toLongLong())
        return finish(FetchStatus::Failed, tr("the transfer broke off after %1 of %2 bytes")
                                               .arg(m_outcome.bytes).arg(length.toLongLong()));
    if (reply->error() != QNetworkReply::NoError)
        return finish(FetchStatus::Failed, reply->errorString());
    keep();
}

bool FetchTransfer::followRedirect(const QUrl &location)
{
    if (!location.isValid() || !isWebScheme(location)) {
        finish(FetchStatus::Refused, tr("a redirect to \"%1\" is refused: only http and https links are followed")
                                         .arg(location.toString().left(200)));
        return false;
    }
    if (++m_redirects > m_options.maxRedirects) {
        finish(FetchStatus::Refused, tr("more than %1 redirects").arg(m_options.maxRedirects));
        return false;
    }
    --m_outcome.attempts;  // a redirect is part of the same attempt
    return true;
}

// Called for timeouts and 5xx only: a 4xx, a refusal or a write error is not retried.
void FetchTransfer::retryOrFinish(FetchStatus status, const QString &reason)
{
    if (m_outcome.attempts > m_options.retries)
        return finish(status, reason);
    m_file.close();
    const int delay = m_options.backoffMs << (m_outcome.attempts - 1);
    m_redirects = 0;
    QTimer::singleShot(delay, this, [this] { request(QUrl(m_outcome.task.url)); });
}

void FetchTransfer::keep()
{
    m_file.flush();
    ::fsync(m_file.handle());
    m_file.close();
    if (m_decode) {
        const LoadedImage image = ImageLoader::load(m_temporary);
        if (!image.ok)
            return finish(FetchStatus::NotAnImage, image.reason);
    }
    if (std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0)
        return finish(FetchStatus::Failed, tr("cannot rename %1 to %2").arg(m_temporary, m_target));
    m_outcome.file = m_target;
    finish(FetchStatus::Ok, QString());
}

void FetchTransfer::finish(FetchStatus status, const QString &reason)
{
    m_timer.stop();
    dropTemporary();
    m_outcome.status = status;
    m_outcome.reason = reason;
    m_outcome.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Q_EMIT finished();
}

void FetchTransfer::dropTemporary()
{
    m_file.close();
    QFile::remove(m_temporary);
}

}  // namespace entail
