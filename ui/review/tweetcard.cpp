#include "ui/review/tweetcard.h"

#include "model/core/displaytext.h"
#include "ui/review/imagelabel.h"
#include "ui/review/wholetextdialog.h"
#include "ui/review/wordhighlighter.h"
#include "ui/review/wrappedtextlabel.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QRegularExpression>
#include <QUrl>
#include <QPushButton>
#include <QVBoxLayout>

namespace entail {

TweetCard::TweetCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(title), m_header(new QLabel(this)), m_image(new ImageLabel(this)),
      m_text(new WrappedTextLabel(this)), m_wholeText(new QPushButton(this))
{
    setObjectName(QStringLiteral("tweetCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_header->setObjectName(QStringLiteral("tweetHeader"));
    connect(m_header, &QLabel::linkActivated, this, &TweetCard::openLink);
    // The image's address: on the image's context menu (the click zooms).
    m_openImage = new QAction(tr("Open the image's address in the browser"), this);
    m_openImage->setEnabled(false);
    connect(m_openImage, &QAction::triggered, this, [this] { openLink(m_imageUrl.toString()); });
    m_image->addAction(m_openImage);
    m_image->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    layout->addWidget(m_header);
    layout->addWidget(m_image);
    layout->addWidget(m_text, 1);
    m_wholeText->setObjectName(QStringLiteral("wholeTextButton"));
    layout->addWidget(m_wholeText, 0, Qt::AlignLeft);
    connect(m_wholeText, &QPushButton::clicked, this, &TweetCard::showWholeText);
    connect(m_image, &ImageLabel::clicked, this, [this] {
        if (!m_image->image().isNull())
            Q_EMIT zoomRequested(m_image->image(), m_title);
    });
    clear();
}

void TweetCard::setTweet(const Tweet &tweet, const QString &otherText, const QString &missingReason,
                         const QStringList &searchTerms)
{
    // The tweet and its image on the web, for a look at the original (only http(s) links are offered).
    const QUrl tweetUrl = tweetLink(tweet.id);
    const QString id = tweetUrl.isValid()
        ? QStringLiteral("<a href=\"%1\">%2</a>").arg(tweetUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), tweet.id)
        : tweet.id.toHtmlEscaped();
    m_header->setText(tr("<b>%1</b> &nbsp;<span style=\"color:gray\">id %2</span>").arg(m_title.toHtmlEscaped(), id));
    m_imageUrl = QUrl(tweet.imageUrl, QUrl::StrictMode);
    m_openImage->setEnabled(isWebLink(m_imageUrl));
    bool cut = false;
    const QString shown = DisplayText::head(tweet.text, WordHighlighter::kMaxChars, &cut);
    const QString html = WordHighlighter::html(shown, DisplayText::head(otherText, WordHighlighter::kMaxChars),
                                               searchTerms);
    m_text->setText(cut ? html + QChar(0x2026) : html);
    m_tweetId = tweet.id;
    m_fullText = tweet.text;
    m_wholeText->setText(tr("Show the whole text (%L1 characters)").arg(tweet.text.size()));
    m_wholeText->setVisible(cut);
    m_imagePath = tweet.imageMissing ? QString() : tweet.imageFile;
    if (m_imagePath.isEmpty())
        m_image->setPlaceholder(missingReason);
    else
        m_image->setPlaceholder(tr("Loading image..."));
}

void TweetCard::clear()
{
    m_header->setText(QStringLiteral("<b>%1</b>").arg(m_title.toHtmlEscaped()));
    m_text->clear();
    m_tweetId.clear();
    m_fullText.clear();
    m_wholeText->hide();
    m_imagePath.clear();
    m_image->setPlaceholder(QString());
}

void TweetCard::setImage(const QImage &image) { m_image->setImage(image); }

void TweetCard::setImageError(const QString &reason)
{
    m_image->setPlaceholder(tr("The image could not be read:\n%1").arg(reason));
}

void TweetCard::showWholeText()
{
    auto *dialog = new WholeTextDialog(m_fullText, tr("%1, id %2: the whole text").arg(m_title, m_tweetId), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

QString TweetCard::textHtml() const { return m_text->text(); }

QString TweetCard::placeholderText() const { return m_image->placeholder(); }

QString TweetCard::headerHtml() const { return m_header->text(); }

bool TweetCard::isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

QUrl TweetCard::tweetLink(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,25}$"));
    return digits.match(id).hasMatch() ? QUrl(QStringLiteral("https://twitter.com/i/web/status/") + id) : QUrl();
}

void TweetCard::openLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (isWebLink(url))  // never file:, javascript: or anything a hostile CSV could put there
        QDesktopServices::openUrl(url);
}

}  // namespace entail
