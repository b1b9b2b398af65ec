#pragma once
// The images that did not arrive, as a CSV for the user to follow up: tweet_id,source,status,reason,time for
// every recorded fetch whose status is not ok (`entail fetch-images --failures`, Get images > Save failures).
#include "model/core/types.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace entail {

class FetchFailureList final {
public:
    static QByteArray csv(const std::vector<ImageFetchRecord> &records);
    static int count(const std::vector<ImageFetchRecord> &records);
    // Written atomically; false with "cannot write PATH: REASON".
    static bool write(const QString &path, const std::vector<ImageFetchRecord> &records, QString *error);
};

}  // namespace entail
