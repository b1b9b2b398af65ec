#pragma once
// All pairs of the open project (a snapshot of the store) plus the loaded model's predictions.
// Lazy: nothing is computed per row until a view asks, so 100,000 rows cost one vector.
#include "model/core/types.h"
#include "model/inference/predictor.h"
#include "model/labelissues/labelissuetypes.h"
#include "model/metrics/rarelabelboost.h"
#include "model/store/store.h"

#include <QAbstractTableModel>
#include <QCache>
#include <array>
#include <QHash>
#include <functional>
#include <memory>
#include <vector>

namespace entail {

class PairTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Text1, Text2, OriginalLabel, CurrentLabel, PredictedLabel, Confidence, Correct, Flags,
                  LabelQuality, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // a plain number or string that orders the column
        KeyRole,                      // pair key (qint64)
        LabelRole,                    // the column's label id (int), kNoLabel when none
    };

    explicit PairTableModel(QObject *parent = nullptr);

    // Where a large project's texts are: its pairs come without them (ProjectStore::datasetWithoutTexts) and
    // `texts` reads those the table shows (on the GUI thread; the last kCachedPairs pairs' texts are kept),
    // `readAll` every text, a page at a time, on whatever thread calls it (PairTexts). Empty: the pairs hold
    // their texts.
    struct TextSource {
        std::function<std::vector<ProjectStore::PairText>(const std::vector<qint64> &keys)> texts;
        std::function<bool(const std::function<bool(const ProjectStore::PairText &)> &, QString *)> readAll;
    };
    static constexpr int kCachedPairs = 4000;
    // Resets the model; forgets predictions.
    void setPairs(std::vector<Pair> pairs, TextSource source = {});
    bool holdsTexts() const { return !m_textSource.texts; }
    // Tweet 0's (the first) or 1's text, from the pair or the store; when the store cannot give it, a line that
    // says so (never an empty text).
    QString text(int row, int tweet) const;
    Pair pairWithTexts(int row) const;       // pair(row) with its texts, from the store when not held
    bool textsReadable(int row) const { return holdsTexts() || textsOf(row); }
    const TextSource &textSource() const { return m_textSource; }
    // Predictions by pair key; keys that are not in the project are ignored.
    void setPredictions(const std::vector<qint64> &keys, const std::vector<Prediction> &predictions);
    void clearPredictions();
    // Out-of-fold label-issue scores (nullptr: none); setPairs() forgets them. Pairs labeled or relabeled
    // since keep being shown with the probabilities computed then.
    // `rankOfRow` (index into the ranking per row, -1 when not scored; see rankOfRows) may be computed on a
    // worker thread from keysOfRows(); when empty or of another size it is computed here.
    void setLabelIssues(std::shared_ptr<const LabelIssueResult> result, std::vector<int> rankOfRow = {});
    std::vector<qint64> keysOfRows() const;
    static std::vector<int> rankOfRows(const LabelIssueResult &result, const std::vector<qint64> &keysOfRows);
    const LabelIssueResult *labelIssues() const { return m_issues.get(); }
    const PairScore *labelScore(int row) const;  // nullptr when the pair was not scored
    int labelRank(int row) const;                // its place in the ranking, -1 when not scored
    double labelQuality(int row) const;          // of the current label; -1 when blank
    double sortableQuality(int row) const;       // labelQuality, blanks last (2)
    bool isLabelIssue(int row) const;            // flagged, and its label is still the one scored
    // The pair is given `given` (unchanged since scored) and `suggested` is its likely label; off the
    // diagonal only flagged pairs count (a noise-matrix cell's pairs).
    bool inNoiseCell(int row, int given, int suggested) const;
    // The decision rule of predictedLabel/confidence (and so of the matrix and the suspects); the stored
    // probabilities stay as the model gave them.
    void setBoost(const RareLabelBoost &boost);
    const RareLabelBoost &boost() const { return m_boost; }
    // Current labels from annotation log entries (oldest first; the last entry of a pair wins), for changes
    // committed elsewhere. Returns the keys whose label changed here; entries this model shows already
    // (the window's own corrections) change nothing.
    QList<qint64> applyLog(const std::vector<LogEntry> &entries);
    // Current labels of many pairs (labels[i] for keys[i]; unknown keys ignored) in one update. Beyond a few
    // rows: one dataChanged over the changed rows when no listener orders or filters by labels (asked with
    // labelsAboutToChange), else a layout change (a proxy rebuilds its mapping in one pass instead of moving
    // rows range by range) followed by labelsChanged(). Returns the number of labels that changed.
    int setLabels(const std::vector<qint64> &keys, const std::vector<int> &labels);
    // Flags that other rooms add to the Flags column (review state, duplicate group): a row's short text and
    // its tooltip line, empty when none. refreshFlags() says that rows' flags changed (all rows when empty).
    struct FlagSource {
        std::function<QString(int row)> text;
        std::function<QString(int row)> toolTip;
        bool first = false;  // shown before the others (the team's state: what a team member looks for)
    };
    void addFlagSource(FlagSource source) { m_flagSources.push_back(std::move(source)); }
    void refreshFlags(const std::vector<int> &rows = {});
    // Blind mode (ui/team/teamwork.h): `hidden(row)` says whether a row's labels, prediction and quality are
    // hidden (shown as "hidden"), until this annotator labelled the pair; an empty function shows every row.
    // refreshBlind() says that rows' answers changed (all rows when empty).
    void setBlind(std::function<bool(int row)> hidden);
    bool isBlind(int row) const { return m_blind && m_blind(row); }
    void refreshBlind(const std::vector<int> &rows = {});
    // Image locations after "Locate images...", matched by key.
    void updateImageInfo(const std::vector<Pair> &pairs);

    const std::vector<Pair> &pairs() const { return m_pairs; }
    // The rows are in ascending key order (a project's pairs as the store gives them): the table's default
    // order, by pair number, is then the rows' own (PairFilterProxy::sort).
    bool keysAscending() const { return m_keysAscending; }
    const Pair &pair(int row) const { return m_pairs[size_t(row)]; }
    int rowOfKey(qint64 key) const { return m_rowOfKey.value(key, -1); }
    bool hasPredictions() const { return m_predictionCount > 0; }
    bool hasPrediction(int row) const { return !m_hasPrediction.empty() && m_hasPrediction[size_t(row)]; }
    const Prediction &prediction(int row) const { return m_predictions[size_t(row)]; }
    int predictedLabel(int row) const;   // kNoLabel without a prediction
    float confidence(int row) const;     // -1 without a prediction
    bool isError(int row) const;         // labeled, predicted, and the two disagree
    bool isCorrected(int row) const;
    bool hasMissingImage(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Only CurrentLabel is settable (Qt::EditRole, an int label id). The model never writes the store:
    // ProjectSession writes the store first and then the model.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void predictionsChanged();
    void labelIssuesChanged();
    // setLabels: a listener whose rows' order or filter depends on labels sets *needsLayout (direct
    // connections only); labelsChanged follows its layout change (rows firstRow..lastRow, no dataChanged).
    void labelsAboutToChange(bool *needsLayout);
    void labelsChanged(int firstRow, int lastRow);

private:
    static bool hidesLabels(int column);  // blind mode hides it
    const std::array<QString, 2> *textsOf(int row) const;  // from the cache or the store; null when unreadable
    static QVariant blindData(int role);
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QString toolTip(int row, int column) const;

    std::vector<Pair> m_pairs;
    TextSource m_textSource;
    mutable QCache<qint64, std::array<QString, 2>> m_textCache{kCachedPairs};
    std::vector<Prediction> m_predictions;  // parallel to m_pairs when any prediction is present
    std::vector<uint8_t> m_hasPrediction;
    int m_predictionCount = 0;
    RareLabelBoost m_boost;
    QHash<qint64, int> m_rowOfKey;
    bool m_keysAscending = true;
    std::vector<FlagSource> m_flagSources;
    std::function<bool(int row)> m_blind;
    std::shared_ptr<const LabelIssueResult> m_issues;
    std::vector<int> m_issueRank;  // per row: index into m_issues->ranking, -1 when not scored
};

}  // namespace entail
