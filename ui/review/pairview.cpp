#include "ui/review/pairview.h"

#include "ui/review/fetchstatustext.h"
#include "ui/review/imagezoomdialog.h"
#include "ui/review/labelbar.h"
#include "ui/common/labeltext.h"
#include "ui/review/previewloader.h"
#include "ui/review/tweetcard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace entail {

namespace {
QString chip(int label)
{
    return QStringLiteral("<span style=\"background-color:%1; color:white;\">&nbsp;%2&nbsp;</span>")
        .arg(LabelText::colour(label).name(), LabelText::name(label).toHtmlEscaped());
}
}  // namespace

PairView::PairView(LabelBar *labelBar, QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_header(new QLabel(this)),
      m_first(new TweetCard(tr("Tweet 1"), this)), m_second(new TweetCard(tr("Tweet 2"), this)),
      m_labelBar(labelBar), m_previews(new PreviewLoader(this))
{
    setObjectName(QStringLiteral("pairView"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_stack, 1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setTextFormat(Qt::RichText);
    // Wraps rather than widens the window: "Par 1 · partición de entrenamiento · etiqueta ... (corregida;
    // importada como ...)" asked for 659 pixels and made the Spanish team window wider than a 1280 screen.
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    auto *cards = new QHBoxLayout;
    cards->addWidget(m_first, 1);
    cards->addWidget(m_second, 1);
    layout->addLayout(cards, 1);
    m_stack->addWidget(page);

    connect(m_previews, &PreviewLoader::ready, this, &PairView::onPreview);
    auto zoom = [this](const QImage &image, const QString &title) {
        auto *dialog = new ImageZoomDialog(image, title, window());  // over the main window, as a dialog
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    connect(m_first, &TweetCard::zoomRequested, this, zoom);
    connect(m_second, &TweetCard::zoomRequested, this, zoom);
    setEmptyText(tr("Select a pair in the table to see it here."));
}

void PairView::setEmptyText(const QString &text) { m_empty->setText(text); }

QString PairView::missingReason(const Tweet &tweet) const
{
    const auto record = m_fetchRecords.constFind(tweet.id);
    if (record != m_fetchRecords.cend())
        return FetchStatusText::placeholder(*record);
    const QString hint = tweet.imageUrl.isEmpty() ? QString() : QLatin1Char('\n') + FetchStatusText::notFetchedHint();
    if (tweet.imageUrl.isEmpty() && tweet.imagePathColumn.isEmpty())
        return tr("This tweet has no image.");
    const QString dir = QDir::toNativeSeparators(m_imagesDir);
    if (m_imagesDir.isEmpty())
        return tr("Image not available: the project has no images folder.\nUse File \u203a Locate images... to "
                  "choose one.") + hint;
    if (!QFileInfo(m_imagesDir).isDir())
        return tr("Image not available: the images folder\n%1\ndoes not exist.").arg(dir) + hint;
    return tr("Image not available: no file for tweet %1\nin %2.").arg(tweet.id, dir) + hint;
}

void PairView::setPair(const Pair *pair, bool blind)
{
    m_labelBar->setPairAvailable(pair != nullptr);
    if (!pair) {
        m_stack->setCurrentIndex(0);
        m_first->clear();
        m_second->clear();
        m_labelBar->setCurrentLabel(kNoLabel);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QString label = blind ? tr("<i>hidden until you label it (blind mode)</i>") : chip(pair->currentLabel);
    QString header = tr("<b>Pair %1</b> &nbsp;·&nbsp; %2 split &nbsp;·&nbsp; label %3")
                         .arg(pair->key).arg(LabelText::splitName(pair->split), label);
    if (!blind && pair->currentLabel != pair->originalLabel)
        header += tr(" &nbsp;<i>(corrected; imported as %1)</i>").arg(LabelText::name(pair->originalLabel));
    m_header->setText(header);
    m_first->setTweet(pair->first, pair->second.text, missingReason(pair->first), m_searchTerms);
    m_second->setTweet(pair->second, pair->first.text, missingReason(pair->second), m_searchTerms);
    m_labelBar->setCurrentLabel(blind ? kNoLabel : pair->currentLabel);
    for (TweetCard *card : {m_first, m_second})
        if (!card->imagePath().isEmpty())
            m_previews->request(card->imagePath());
}

void PairView::onPreview(const QString &path, const QImage &image, const QString &reason)
{
    for (TweetCard *card : {m_first, m_second}) {
        if (card->imagePath() != path)
            continue;
        if (image.isNull())
            card->setImageError(reason);
        else
            card->setImage(image);
    }
}

QString PairView::headerText() const { return m_header->text(); }

}  // namespace entail
