#pragma once
// The value types every room shares: labels, tweets and pairs, metrics, predictions, a model's description.
// Plain data with no behaviour beyond trivial accessors; this header includes no other header of ours, so
// any file may include it without pulling in a dependency (tests/check_code_shape.py enforces that).
#include <QString>
#include <QtGlobal>
#include <array>
#include <vector>

namespace entail {

// Label ids are fixed by the seed model: Contradictory 0, Implies 1, NoEntailment 2.
enum Label : int { Contradictory = 0, Implies = 1, NoEntailment = 2 };
constexpr int kNumClasses = 3;
constexpr int kNoLabel = -1;  // an unlabeled pair (to be annotated)
using Probs = std::array<float, kNumClasses>;

inline bool isValidLabel(int label) { return label >= 0 && label < kNumClasses; }
// The most probable label (the first of equals).
inline int argmax(const Probs &p)
{
    int best = 0;
    for (int i = 1; i < kNumClasses; ++i)
        if (p[i] > p[best])
            best = i;
    return best;
}

enum class Split : int { Train = 0, Validation = 1, Test = 2 };
constexpr int kNumSplits = 3;

struct Tweet {
    QString id;          // tweet id as written in the CSV (digits)
    QString text;
    QString imageUrl;    // the image_N column (may be empty)
    QString imagePathColumn;  // raw image_N_path column value, kept verbatim for export
    QString imageFile;   // resolved absolute file path, empty when none could be found
    bool imageMissing = true;
};

struct Pair {
    qint64 key = 0;              // store row id (0 before the pair is stored)
    Tweet first;
    Tweet second;
    int originalLabel = kNoLabel;  // label as imported
    int currentLabel = kNoLabel;   // label after corrections
    Split split = Split::Train;
};

struct Dataset {
    QString sourceFile;          // CSV it came from, if any
    bool hasPathColumns = false; // image_1_path,image_2_path present in the source
    bool hasLabelIdx = false;    // label_idx present in the source
    std::vector<Pair> pairs;
};

struct ClassMetrics {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    int support = 0;    // true instances of the class
    int predicted = 0;  // predicted instances of the class
};

struct Metrics {
    std::array<std::array<int, kNumClasses>, kNumClasses> confusion{};  // [true][predicted]
    std::array<ClassMetrics, kNumClasses> perClass{};
    int count = 0;
    double accuracy = 0.0;
    double macroF1 = 0.0;
    double weightedF1 = 0.0;
    double ece = 0.0;  // expected calibration error; 0 when no probabilities were given
};

struct Prediction {
    Probs both{};       // the full model
    Probs textOnly{};   // image embeddings replaced by the learned "missing" embedding
    Probs imageOnly{};  // text masked
    int label() const { return argmax(both); }
    float confidence() const { return both[label()]; }
};

// What a model file says about itself (readable without Torch).
struct ModelInfo {
    QString file;
    QString imageEncoder;   // "cnn" or "torchscript:<name>"
    QString textEncoder;    // "transformer" or "torchscript:<name>"
    QString loss;
    QString createdAt;      // ISO 8601
    int epochs = 0;
    Metrics validation;     // metrics recorded at training time
    Metrics test;
    bool hasTest = false;
};

// One attempt to fetch a tweet's image, as recorded in the project (the last attempt per tweet id).
struct ImageFetchRecord {
    QString tweetId;
    QString url;
    QString time;      // UTC, ISO 8601
    qint64 bytes = 0;  // received
    QString status;    // ok | not_found | not_an_image | too_large | timeout | refused | failed
    QString reason;    // empty when ok
};

}  // namespace entail
