#pragma once
// Every annotator's latest label of each pair (ProjectStore::annotatorLabels) as CSV:
// id_1,id_2,annotator,label,time, one row per annotator label, ordered by pair and annotator.
#include "model/core/types.h"
#include "model/store/store.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace entail {

class AnnotationExport final {
public:
    static QByteArray csv(const std::vector<AnnotatorLabelRecord> &labels, const std::vector<Pair> &pairs);
    // Written atomically; false with "cannot write PATH: REASON" (a full disk named).
    static bool write(const QString &path, const std::vector<AnnotatorLabelRecord> &labels,
                      const std::vector<Pair> &pairs, QString *error);
};

}  // namespace entail
