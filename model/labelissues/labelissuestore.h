#pragma once
// A label-issue result in the project (the meta value "label_issues", JSON), with the digest of the labels
// it was computed from: once any label changed since, the result is stale (isStale) and the window says so.
#include "model/labelissues/labelissuetypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace entail {

class ProjectStore;

class LabelIssueStore final {
    Q_DECLARE_TR_FUNCTIONS(LabelIssueStore)

public:
    static constexpr const char *kMetaKey = "label_issues";

    // Order-independent SHA-256 (hex) of every pair's key, tweet ids and current label (unlabeled included:
    // labeling a new pair makes a result stale too).
    static QString labelsDigest(const std::vector<Pair> &pairs);
    static bool isStale(const LabelIssueResult &result, const std::vector<Pair> &currentPairs);

    static bool save(ProjectStore &store, const LabelIssueResult &result, QString *error);
    // False when the project holds no result; a value that cannot be read counts as none (`error` says why).
    static bool load(const ProjectStore &store, LabelIssueResult *result, QString *error = nullptr);

    static QJsonObject toJson(const LabelIssueResult &result);
    static bool fromJson(const QJsonObject &json, LabelIssueResult *result);
};

}  // namespace entail
