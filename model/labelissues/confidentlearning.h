#pragma once
// Confident learning (Northcutt, Jiang and Chuang, 2021) on out-of-fold probabilities: per-class thresholds,
// the confident joint, its calibration into the estimated noise matrix, a label-quality score per pair and
// the likely label issues (prune by noise rate). `labels` are given labels 0..2, one per row of `probs`.
#include "model/labelissues/labelissuetypes.h"

namespace entail {

class ConfidentLearning final {
public:
    // Value of a threshold for a class no pair is given: no probability reaches it.
    static constexpr double kUnreachable = 2.0;

    // t_j = mean p_j over the pairs given label j.
    static ClassVector thresholds(const std::vector<int> &labels, const std::vector<Probs> &probs);
    // C[i][j]: pairs given i whose most probable class among those with p_j >= t_j is j. `confident`, when
    // given, receives that class per pair (kNoLabel when no class reaches its threshold).
    static ClassMatrix confidentJoint(const std::vector<int> &labels, const std::vector<Probs> &probs,
                                      const ClassVector &thresholds, std::vector<int> *confident = nullptr);
    // Each row rescaled to the number of pairs given that label (a row with no confident pair stays 0):
    // estimated counts of given label i (row) that are truly j (column).
    static ClassMatrix calibrate(const ClassMatrix &joint, const std::vector<int> &labels);
    static std::vector<double> quality(const std::vector<int> &labels, const std::vector<Probs> &probs,
                                       QualityScore score);
    // For each given i and j != i, the round(noise[i][j]) pairs given i with the largest margin p_j - p_i
    // are issues, unless their most probable class is the given one. `suggested` receives the most probable class.
    static std::vector<bool> pruneByNoiseRate(const std::vector<int> &labels, const std::vector<Probs> &probs,
                                              const ClassMatrix &noise, std::vector<int> *suggested);
};

}  // namespace entail
