#include "model/fetch/imagefetcher.h"

#include "model/fetch/fetchtransfer.h"
#include "model/image/imageloader.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace entail {

namespace {
QString hostOf(const FetchTask &task) { return QUrl(task.url).host().toLower(); }
}  // namespace

ImageFetcher::ImageFetcher(const QString &imagesDir, const FetchOptions &options)
    : m_imagesDir(imagesDir), m_options(options)
{
    m_options.jobs = std::max(1, m_options.jobs);
    m_options.perHost = std::max(1, m_options.perHost);
}

ImageFetcher::~ImageFetcher() = default;

QString ImageFetcher::presentFile(const QString &imagesDir, const FetchTask &task)
{
    const QString file = FetchTransfer::targetFile(imagesDir, task);
    return QFileInfo(file).isFile() && ImageLoader::load(file).ok ? file : QString();
}

std::vector<FetchOutcome> ImageFetcher::run(const std::vector<FetchTask> &tasks, const Progress &progress)
{
    m_outcomes.clear();
    m_error.clear();
    m_cancelled = false;
    m_progress = FetchProgress{0, int(tasks.size()), 0};
    m_report = progress;
    m_queue.clear();
    for (const FetchTask &task : tasks) {
        m_cancelled = m_cancelled || (m_options.cancel && m_options.cancel->load());
        if (!m_cancelled && !settledBefore(task))
            m_queue.emplace_back(hostOf(task), task);
    }
    if (m_cancelled)
        m_queue.clear();
    QNetworkAccessManager network;
    QEventLoop loop;
    QTimer cancelPoll;  // the flag is set from other threads; polling needs no connection to them
    connect(&cancelPoll, &QTimer::timeout, this, &ImageFetcher::checkCancel);
    cancelPoll.start(50);
    m_network = &network;
    m_loop = &loop;
    startMore();
    if (!m_active.empty() && !m_cancelled)
        loop.exec();
    m_network = nullptr;
    m_loop = nullptr;
    return std::move(m_outcomes);
}

bool ImageFetcher::roomLeft()
{
    const QStorageInfo storage(m_imagesDir);
    const qint64 needed = std::max(m_options.minFreeBytes, m_options.maxBytes);
    if (!storage.isValid() || storage.bytesAvailable() >= needed)
        return true;
    m_error = tr("%1: the disk is nearly full (%2 MB free); fetching stopped").arg(m_imagesDir)
                  .arg(storage.bytesAvailable() / (1024 * 1024));
    return false;
}

// Ends a task without a transfer when its image is present already or it cannot be fetched at all.
bool ImageFetcher::settledBefore(const FetchTask &task)
{
    FetchOutcome outcome{task, FetchStatus::Ok, FetchTransfer::refusal(task), {}, 0, 0, {}};
    if (outcome.reason.isEmpty()) {
        outcome.file = presentFile(m_imagesDir, task);
        if (outcome.file.isEmpty())
            return false;
        outcome.bytes = QFileInfo(outcome.file).size();
    } else {
        outcome.status = FetchStatus::Refused;
    }
    outcome.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    record(outcome);
    return true;
}

void ImageFetcher::startMore()
{
    int skipped = 0;  // tasks of busy hosts passed over; bounded so that one busy host costs little
    for (auto it = m_queue.begin();
         it != m_queue.end() && int(m_active.size()) < m_options.jobs && skipped < 256;) {
        if (m_perHost.value(it->first) >= m_options.perHost) {
            ++it, ++skipped;
            continue;
        }
        if (!roomLeft()) {
            m_queue.clear();
            break;
        }
        const FetchTask task = it->second;
        ++m_perHost[it->first];
        it = m_queue.erase(it);
        auto *transfer = new FetchTransfer(m_network, task, m_imagesDir, m_options, this);
        connect(transfer, &FetchTransfer::received, this, [this](qint64 bytes) {
            m_progress.bytes += bytes;
            if (m_report)
                m_report(m_progress);
        });
        connect(transfer, &FetchTransfer::finished, this, [this, transfer] { ended(transfer); });
        m_active.push_back(transfer);
        transfer->start();
    }
    if (m_active.empty() && m_loop)
        m_loop->quit();
}

void ImageFetcher::ended(FetchTransfer *transfer)
{
    m_active.erase(std::find(m_active.begin(), m_active.end(), transfer));
    --m_perHost[hostOf(transfer->outcome().task)];
    record(transfer->outcome());
    transfer->deleteLater();
    if (!m_cancelled)
        QTimer::singleShot(0, this, &ImageFetcher::startMore);  // not inside the transfer's own signal
}

void ImageFetcher::record(const FetchOutcome &outcome)
{
    m_outcomes.push_back(outcome);
    ++m_progress.done;
    if (m_report)
        m_report(m_progress);
}

void ImageFetcher::checkCancel()
{
    if (m_options.cancel && m_options.cancel->load() && !m_cancelled) {
        m_cancelled = true;
        stopAll();
    }
}

void ImageFetcher::stopAll()
{
    m_queue.clear();
    for (FetchTransfer *t : m_active) {
        t->abort();
        t->deleteLater();
    }
    m_active.clear();
    m_perHost.clear();
    if (m_loop)
        m_loop->quit();
}

}  // namespace entail
