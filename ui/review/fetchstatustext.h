#pragma once
// What people read about a missing image from its fetch record: "not found on the server (404)", "not an
// image", "too large", "timed out", "refused: ...", "not fetched yet" (the pair view's placeholder and the
// "Image missing" filter's tooltip).
#include "model/core/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <vector>

namespace entail {

class FetchStatusText final {
    Q_DECLARE_TR_FUNCTIONS(FetchStatusText)
public:
    // The short phrase for a record (nullptr: never fetched).
    static QString describe(const ImageFetchRecord *record);
    // The placeholder of a missing image whose fetch was recorded.
    static QString placeholder(const ImageFetchRecord &record);
    // Added to the placeholder of a missing image that has a link and no record.
    static QString notFetchedHint();
    struct MissingImage {
        QString tweetId;
        bool hasLink = false;
    };
    // The tweets of `pairs` missing their image, in table order (repeated tweets repeated): a small copy that
    // summary() can count on a worker thread.
    static std::vector<MissingImage> missingImages(const std::vector<Pair> &pairs);
    // "Missing images: 3 not fetched yet, 2 not found on the server (404), ..." over the tweets missing their
    // image (each tweet once); empty when none is missing.
    static QString summary(const std::vector<MissingImage> &missing, const QHash<QString, ImageFetchRecord> &records);
};

}  // namespace entail
