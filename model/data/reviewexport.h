#pragma once
// The review history (ReviewStore) as CSV: id_1,id_2,state,comment,label,annotator,time, one row per entry,
// oldest first. The label is the pair's label when the entry was written; names as in the tweets schema.
#include "model/core/types.h"
#include "model/store/reviewstore.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace entail {

class ReviewExport final {
public:
    static QByteArray csv(const std::vector<ReviewEntry> &entries, const std::vector<Pair> &pairs);
    // Written atomically; false with "cannot write PATH: REASON" (a full disk named).
    static bool write(const QString &path, const std::vector<ReviewEntry> &entries, const std::vector<Pair> &pairs,
                      QString *error);
};

}  // namespace entail
