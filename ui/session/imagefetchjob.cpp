#include "ui/session/imagefetchjob.h"

#include "model/fetch/archivefetch.h"
#include "model/runtime/backgroundpriority.h"

#include <QThread>

namespace entail {

ImageFetchJob::ImageFetchJob(QObject *parent) : QObject(parent) {}

ImageFetchJob::~ImageFetchJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImageFetchJob::start(const QString &projectFile, bool retryFailed, const QString &archive)
{
    if (m_thread)
        return;
    m_projectFile = projectFile;
    m_cancel = false;
    m_lastDone = -1;
    m_lastBytes = 0;
    m_result = std::make_shared<ProjectFetchResult>();
    m_error.clear();
    FetchOptions options;
    options.cancel = &m_cancel;
    auto result = m_result;
    m_thread = QThread::create([this, projectFile, retryFailed, archive, options, result] {
        BackgroundPriority::applyToCurrentThread();
        const auto progress = [this](const FetchProgress &p) {
            const bool downloading = p.total == 0 && p.bytes - m_lastBytes >= 1024 * 1024;
            if (m_lastDone.exchange(p.done) == p.done && !downloading)
                return;
            m_lastBytes = p.bytes;
            QMetaObject::invokeMethod(this, [this, p] { Q_EMIT progressed(p.done, p.total, p.bytes); },
                                      Qt::QueuedConnection);
        };
        QString error;
        const bool ran = archive.isEmpty()
                             ? ProjectFetch::run(projectFile, options, retryFailed, progress, result.get(), &error)
                             : ArchiveFetch::run(projectFile, archive, options, progress, result.get(), &error);
        if (!ran)
            m_error = error;  // read on the GUI thread after the thread finished
    });
    connect(m_thread, &QThread::finished, this, &ImageFetchJob::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void ImageFetchJob::onThreadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT finished(m_result, m_error);
}

}  // namespace entail
