#include "ui/session/imagefetchdialog.h"

#include "model/fetch/fetchfailurelist.h"
#include "model/fetch/projectfetch.h"
#include "model/store/store.h"
#include "ui/session/imagefetchjob.h"
#include "ui/session/imagesourcechooser.h"
#include "ui/session/projectsession.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace entail {

ImageFetchDialog::ImageFetchDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_job(new ImageFetchJob(this)), m_text(new QLabel(this)),
      m_bar(new QProgressBar(this)), m_retry(new QCheckBox(tr("Also try again the images that failed before"), this)),
      m_source(new ImageSourceChooser(this)), m_failures(new QPushButton(tr("Save failure list..."), this)),
      m_button(new QPushButton(this))
{
    setWindowTitle(tr("Get images"));
    setModal(false);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_source);
    layout->addWidget(m_retry);
    layout->addWidget(m_bar);
    auto *buttons = new QHBoxLayout;
    m_failures->setToolTip(tr("Save the images that did not arrive as a CSV: tweet id, source, status, reason, time"));
    buttons->addWidget(m_failures);
    buttons->addStretch();
    buttons->addWidget(m_button);
    layout->addLayout(buttons);
    connect(m_button, &QPushButton::clicked, this, &ImageFetchDialog::onButton);
    connect(m_failures, &QPushButton::clicked, this, &ImageFetchDialog::onSaveFailures);
    connect(m_source, &ImageSourceChooser::changed, this, [this] {
        m_retry->setEnabled(!m_job->isRunning() && !m_source->fromArchive());
        m_button->setEnabled(m_job->isRunning() || !m_source->fromArchive() || !m_source->archive().isEmpty());
    });
    connect(m_job, &ImageFetchJob::progressed, this, &ImageFetchDialog::onProgress);
    connect(m_job, &ImageFetchJob::finished, this, &ImageFetchDialog::onFinished);
    m_text->setText(tr("Downloads the images of the tweets whose image is missing from the links in the "
                       "project, into its images folder. The window stays usable meanwhile."));
    m_button->setText(tr("Start"));
    m_bar->setValue(0);
    updateFailuresButton();
}

bool ImageFetchDialog::isRunning() const { return m_job->isRunning(); }

void ImageFetchDialog::start()
{
    if (m_job->isRunning() || !m_session->isOpen())
        return;
    m_bar->setRange(0, 0);
    m_retry->setEnabled(false);
    m_source->setEnabled(false);
    m_failures->setEnabled(false);
    m_button->setText(tr("Cancel"));
    m_text->setText(tr("Looking for the images to fetch..."));
    m_clock.start();
    m_job->start(m_session->projectPath(), m_retry->isChecked(), m_source->archive());
}

void ImageFetchDialog::onButton()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_button->setEnabled(false);
        m_text->setText(tr("Cancelling..."));
    } else if (m_button->text() == tr("Start")) {
        start();
    } else {
        close();
    }
}

void ImageFetchDialog::onProgress(int done, int total, qint64 bytes)
{
    if (total == 0) {  // an archive is being downloaded
        m_text->setText(tr("Downloading the archive: %1 MB received").arg(bytes / 1e6, 0, 'f', 1));
        return;
    }
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    QString text = tr("%1 of %2 images, %3 MB received").arg(done).arg(total).arg(bytes / 1e6, 0, 'f', 1);
    const double elapsed = m_clock.elapsed() / 1000.0;
    if (done > 0 && done < total && elapsed > 2.0)  // the rate of the first seconds says little
        text += QLatin1String(", ") + tr("about %1 left").arg(remaining(elapsed * (total - done) / done));
    m_text->setText(text);
}

void ImageFetchDialog::onFinished(const std::shared_ptr<const ProjectFetchResult> &result, const QString &error)
{
    m_button->setEnabled(true);
    m_button->setText(tr("Close"));
    m_retry->setEnabled(!m_source->fromArchive());
    m_source->setEnabled(true);
    updateFailuresButton();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    if (!error.isEmpty()) {
        m_text->setText(tr("Cannot fetch the images: %1").arg(error));
        return;
    }
    QString text = summary(*result);
    if (!result->stopped.isEmpty())
        text += QLatin1Char('\n') + result->stopped;
    m_text->setText(text);
    // The pair view and training see the new images once the session has found them again.
    if (m_session->isOpen() && m_session->projectPath() == m_job->projectFile())
        m_session->locateImages(result->imagesDir);
}

QString ImageFetchDialog::remaining(double seconds)
{
    if (seconds < 90)
        return tr("%n second(s)", nullptr, std::max(1, int(seconds + 0.5)));
    return tr("%n minute(s)", nullptr, int(seconds / 60 + 0.5));
}

QString ImageFetchDialog::summary(const ProjectFetchResult &r)
{
    QMap<FetchStatus, int> counts;
    int present = r.haveImage;
    for (const FetchOutcome &o : r.outcomes)
        (o.attempts == 0 && o.status == FetchStatus::Ok) ? ++present : ++counts[o.status];
    QStringList parts{tr("%n image(s) fetched", nullptr, counts.value(FetchStatus::Ok))};
    if (present > 0)
        parts << tr("%n already present", nullptr, present);
    const std::pair<FetchStatus, const char *> names[] = {
        {FetchStatus::NotFound, QT_TR_N_NOOP("%n not found")},
        {FetchStatus::NotAnImage, QT_TR_N_NOOP("%n not an image")},
        {FetchStatus::TooLarge, QT_TR_N_NOOP("%n too large")},
        {FetchStatus::Timeout, QT_TR_N_NOOP("%n timed out")},
        {FetchStatus::Refused, QT_TR_N_NOOP("%n refused")},
        {FetchStatus::Failed, QT_TR_N_NOOP("%n failed")}};
    for (const auto &[status, text] : names)
        if (counts.value(status) > 0)
            parts << tr(text, nullptr, counts.value(status));
    if (r.failedBefore > 0)
        parts << tr("%n left out (failed before)", nullptr, r.failedBefore);
    if (r.notInArchive > 0)
        parts << tr("%n not in the archive", nullptr, r.notInArchive);
    if (r.skipped > 0)
        parts << tr("%n archive entries of no missing image skipped", nullptr, r.skipped);
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (r.cancelled)
        text = tr("Cancelled.") + QLatin1Char(' ') + text;
    return text + QLatin1Char('\n') + tr("Images folder: %1").arg(QDir::toNativeSeparators(r.imagesDir));
}

bool ImageFetchDialog::saveFailures(const QString &path, QString *error) const
{
    const ProjectStore *store = m_session->store();
    if (!store) {
        *error = tr("No project is open.");
        return false;
    }
    return FetchFailureList::write(path, store->fetchRecords(), error);
}

void ImageFetchDialog::onSaveFailures()
{
    const QString suggested = QFileInfo(m_session->projectPath()).absolutePath() + QStringLiteral("/image-failures.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save failure list"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    m_text->setText(saveFailures(path, &error) ? tr("Failure list saved as %1").arg(QDir::toNativeSeparators(path))
                                               : error);
}

void ImageFetchDialog::updateFailuresButton()
{
    const ProjectStore *store = m_session->isOpen() ? m_session->store() : nullptr;
    m_failures->setEnabled(store && FetchFailureList::count(store->fetchRecords()) > 0);
}

}  // namespace entail
