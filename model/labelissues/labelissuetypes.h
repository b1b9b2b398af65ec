#pragma once
// Value types of the label-issue room: options, the confident-learning figures and the stored result.
// Plain data; the behaviour lives in ConfidentLearning, OutOfFold, LabelIssueFinder and LabelIssueStore.
#include "model/core/types.h"

#include <QString>
#include <array>
#include <vector>

namespace entail {

// Rows: given label; columns: the class the pair is confidently predicted as (or estimated truly is).
using ClassMatrix = std::array<std::array<double, kNumClasses>, kNumClasses>;
using ClassVector = std::array<double, kNumClasses>;

enum class QualityScore : int {
    SelfConfidence = 0,    // p(given label)
    NormalizedMargin = 1,  // (p(given) - max other p + 1) / 2, in [0, 1]
};

struct SparseVector {
    std::vector<quint32> index;
    std::vector<float> value;
};

struct LabelIssueOptions {
    int folds = 5;
    quint64 seed = 0;
    // Out-of-fold runs on differently seeded fold assignments, averaged: steadier ranking for little time.
    int repeats = 3;
    QualityScore score = QualityScore::SelfConfidence;
};

struct PairScore {
    qint64 key = 0;       // store key (0 for a CSV)
    QString id1, id2;
    int given = kNoLabel;
    int suggested = kNoLabel;
    double quality = 1.0;  // low = likely wrong
    bool isIssue = false;
    Probs probs{};        // out-of-fold probabilities
};

struct LabelIssueResult {
    int folds = 0;
    int repeats = 0;
    quint64 seed = 0;
    QualityScore score = QualityScore::SelfConfidence;
    QString labelsDigest;  // LabelIssueStore::labelsDigest of the pairs it was computed from
    QString createdAt;     // ISO 8601 UTC
    double seconds = 0.0;
    ClassVector thresholds{};
    ClassMatrix confidentJoint{};  // counts
    ClassMatrix noiseMatrix{};     // calibrated counts: given label (row) x estimated true label (column)
    std::array<int, kNumClasses> issuesPerLabel{};
    std::vector<PairScore> ranking;  // every labeled pair, most likely wrong first
};

}  // namespace entail
