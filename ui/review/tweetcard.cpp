#include "ui/review/tweetcard.h"

#include "ui/review/imagelabel.h"
#include "ui/review/wordhighlighter.h"

#include <QLabel>
#include <QVBoxLayout>

namespace entail {

TweetCard::TweetCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(title), m_header(new QLabel(this)), m_image(new ImageLabel(this)),
      m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("tweetCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    layout->addWidget(m_header);
    layout->addWidget(m_image);
    layout->addWidget(m_text, 1);
    connect(m_image, &ImageLabel::clicked, this, [this] {
        if (!m_image->image().isNull())
            Q_EMIT zoomRequested(m_image->image(), m_title);
    });
    clear();
}

void TweetCard::setTweet(const Tweet &tweet, const QString &otherText, const QString &missingReason)
{
    m_header->setText(tr("<b>%1</b> &nbsp;<span style=\"color:gray\">id %2</span>")
                          .arg(m_title.toHtmlEscaped(), tweet.id.toHtmlEscaped()));
    m_text->setText(WordHighlighter::html(tweet.text, otherText));
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
    m_imagePath.clear();
    m_image->setPlaceholder(QString());
}

void TweetCard::setImage(const QImage &image) { m_image->setImage(image); }

void TweetCard::setImageError(const QString &reason)
{
    m_image->setPlaceholder(tr("The image could not be read:\n%1").arg(reason));
}

QString TweetCard::textHtml() const { return m_text->text(); }

QString TweetCard::placeholderText() const { return m_image->placeholder(); }

}  // namespace entail
