#pragma once
// Inter-annotator agreement on nominal labels: Cohen's kappa per pair of annotators, Fleiss' kappa and
// Krippendorff's alpha over everyone, per-class (specific) agreement and an annotator-vs-annotator confusion
// matrix. Pure functions over (pair, annotator, label) triples; no store, no Qt widgets.
#include <QString>
#include <QStringList>
#include <vector>

namespace entail {

struct AnnotatorLabel {
    qint64 pairKey = 0;
    QString annotator;
    int label = -1;  // 0 .. categories-1; anything else takes back the annotator's earlier label of the pair
};

struct PairwiseKappa {
    QString a, b;
    double kappa = 0.0;  // NaN when undefined (both annotators used one and the same class throughout)
    int n = 0;           // pairs labelled by both
};

struct AgreementReport {
    QStringList annotators;          // sorted
    int pairsMultiplyLabelled = 0;   // pairs with labels from at least two annotators
    std::vector<PairwiseKappa> cohen;  // every pair of annotators, in annotators' order
    double fleissKappa = 0.0;        // NaN when undefined
    double krippendorffAlpha = 0.0;  // NaN when undefined
    std::vector<double> perClass;    // specific agreement per category; NaN for a category nobody used
};

class Agreement final {
public:
    // Counts per unit (rows) and category (columns): how many annotators gave that unit that category.
    using UnitCounts = std::vector<std::vector<int>>;

    // Cohen's kappa of two raters over the same items: (p_o - p_e) / (1 - p_e).
    static double cohenKappa(const std::vector<int> &a, const std::vector<int> &b, int categories);
    // Fleiss' kappa over the units with at least two labels. With a varying number of labels per unit, each
    // unit's agreement uses its own count (reduces to Fleiss' formula when every unit has the same count).
    static double fleissKappa(const UnitCounts &counts);
    // Krippendorff's alpha for nominal data from the coincidence matrix; units with one label are unpairable
    // and left out, so missing labels are handled as the method defines.
    static double krippendorffAlpha(const UnitCounts &counts);
    // Specific agreement of category c: of the pairs of labels inside a unit that involve c, the share
    // where both are c.
    static std::vector<double> specificAgreement(const UnitCounts &counts);
    // Rows: a's label, columns: b's label, over the pairs both labelled.
    static std::vector<std::vector<int>> confusion(const std::vector<AnnotatorLabel> &labels, const QString &a,
                                                   const QString &b, int categories);

    static AgreementReport report(const std::vector<AnnotatorLabel> &labels, int categories);
};

}  // namespace entail
