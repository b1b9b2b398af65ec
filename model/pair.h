#pragma once
// Plain data types shared by the importer, the store, the network and the UI (no Torch, no OpenCV).
#include "model/labels.h"

#include <QString>
#include <QtGlobal>
#include <vector>

namespace entail {

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

}  // namespace entail
