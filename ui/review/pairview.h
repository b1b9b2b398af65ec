#pragma once
// The pair on screen: a header with its number, split and labels, the two tweet cards side by side,
// and the label bar. Images are decoded off the GUI thread.
#include "model/core/types.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace entail {

class LabelBar;
class PreviewLoader;
class TweetCard;

class PairView final : public QWidget {
    Q_OBJECT

public:
    // `labelBar` lies where the window puts it (under the cards and the prediction panel, so that it may
    // be as wide as both); the view keeps its buttons in step with the shown pair.
    explicit PairView(LabelBar *labelBar, QWidget *parent = nullptr);
    // nullptr: nothing selected. `blind` (blind mode, before this annotator labelled the pair): the labels
    // are not shown and no label button is marked.
    void setPair(const Pair *pair, bool blind = false);
    // Words of the table's search, marked in the cards from the next setPair().
    void setSearchTerms(const QStringList &terms) { m_searchTerms = terms; }
    void setImagesDir(const QString &dir) { m_imagesDir = dir; }
    // By tweet id: why a missing image is missing, from the next setPair().
    void setFetchRecords(QHash<QString, ImageFetchRecord> records) { m_fetchRecords = std::move(records); }
    void setEmptyText(const QString &text);
    LabelBar *labelBar() const { return m_labelBar; }
    TweetCard *card(int i) const { return i == 0 ? m_first : m_second; }
    QString headerText() const;

private:
    QString missingReason(const Tweet &tweet) const;
    void onPreview(const QString &path, const QImage &image, const QString &reason);

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_header;
    TweetCard *m_first;
    TweetCard *m_second;
    LabelBar *m_labelBar;
    QStringList m_searchTerms;
    PreviewLoader *m_previews;
    QString m_imagesDir;
    QHash<QString, ImageFetchRecord> m_fetchRecords;
};

}  // namespace entail
