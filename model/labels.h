#pragma once
// Label ids are fixed by the seed model: Contradictory 0, Implies 1, NoEntailment 2.
#include <QString>
#include <array>

namespace entail {

enum Label : int { Contradictory = 0, Implies = 1, NoEntailment = 2 };
constexpr int kNumClasses = 3;
constexpr int kNoLabel = -1;  // an unlabeled pair (to be annotated)

using Probs = std::array<float, kNumClasses>;

// Canonical (file-format) names; never translated. Empty for kNoLabel.
QString labelName(int label);
// Maps a canonical name to its id; "" maps to kNoLabel. Returns false for anything else.
bool labelFromName(const QString &name, int *label);
inline bool isValidLabel(int label) { return label >= 0 && label < kNumClasses; }
int argmax(const Probs &p);

}  // namespace entail
