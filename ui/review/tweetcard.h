#pragma once
// One tweet: its image (or a placeholder saying why there is none), its id and its text with the words the
// other tweet lacks highlighted. A text longer than the highlighter's bound shows its start and a button
// that opens the whole text in a dialog (rich text is laid out at once; a megabyte would freeze the window).
#include "model/core/types.h"

#include <QFrame>
#include <QStringList>
#include <QUrl>

class QAction;
class QLabel;
class QPushButton;

namespace entail {

class ImageLabel;
class WrappedTextLabel;

class TweetCard final : public QFrame {
    Q_OBJECT

public:
    explicit TweetCard(const QString &title, QWidget *parent = nullptr);

    // `missingReason` is shown when the tweet has no usable image file.
    void setTweet(const Tweet &tweet, const QString &otherText, const QString &missingReason,
                  const QStringList &searchTerms = {});
    void clear();
    QString imagePath() const { return m_imagePath; }  // empty when there is none to load
    void setImage(const QImage &image);
    void setImageError(const QString &reason);

    QString textHtml() const;
    QString placeholderText() const;
    const ImageLabel *imageLabel() const { return m_image; }
    QPushButton *wholeTextButton() const { return m_wholeText; }
    void showWholeText();
    // The links the header offers: the tweet (ids of digits only) and its image URL (http and https only).
    static QUrl tweetLink(const QString &id);
    static bool isWebLink(const QUrl &url);
    void openLink(const QString &link);
    QString headerHtml() const;
    QAction *openImageAction() const { return m_openImage; }

Q_SIGNALS:
    void zoomRequested(const QImage &image, const QString &title);

private:
    QString m_title;
    QString m_imagePath;
    QString m_tweetId, m_fullText;
    QLabel *m_header;
    ImageLabel *m_image;
    WrappedTextLabel *m_text;
    QPushButton *m_wholeText;
    QAction *m_openImage;
    QUrl m_imageUrl;
};

}  // namespace entail
