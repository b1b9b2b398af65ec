#pragma once
// Review states of pairs beside their labels: skipped, unsure, "label is right" (confirmed), each with an
// optional comment. Stored in the table review_log (created with the first review, like image_fetches),
// append-only: every change is a new entry (who, when, state, comment, the pair's label at that moment), so a
// state is never overwritten silently and undo is a new entry too.
//
// A state holds only while the pair's label is the one recorded with it: "label is right" confirms that
// label, and a skipped or unsure pair that gets another label is no longer open (ReviewBook::state).
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <vector>

namespace entail {

class ProjectStore;

enum class ReviewState : int { None = 0, Skipped = 1, Unsure = 2, Confirmed = 3 };

struct ReviewEntry {
    qint64 seq = 0;
    qint64 pairKey = 0;
    QString annotator;
    QString time;  // UTC, ISO 8601
    ReviewState state = ReviewState::None;
    QString comment;
    int label = -1;  // the pair's current label when the entry was written
};

// The latest review entry of every pair, read once per project: asking about a pair is a hash lookup.
class ReviewBook final {
public:
    void apply(const ReviewEntry &entry);  // entries in log order: the later one wins
    // The open state: None when there is none or when `currentLabel` differs from the entry's label.
    ReviewState state(qint64 pairKey, int currentLabel) const;
    bool isConfirmed(qint64 pairKey, int currentLabel) const
    {
        return state(pairKey, currentLabel) == ReviewState::Confirmed;
    }
    QString comment(qint64 pairKey) const;  // the latest comment, whatever happened to the state
    const ReviewEntry *latest(qint64 pairKey) const;
    bool isEmpty() const { return m_latest.isEmpty(); }
    void clear() { m_latest.clear(); }

private:
    QHash<qint64, ReviewEntry> m_latest;
};

class ReviewStore final {
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    // Canonical names as files write them: "", "skipped", "unsure", "confirmed".
    static QString stateName(ReviewState state);
    static bool stateFromName(const QString &name, ReviewState *state);

    // Appends one entry in its own transaction; `entry` receives its seq and time.
    static bool append(ProjectStore &store, ReviewEntry &entry, QString *error);
    // Oldest first; -1 = every pair; only entries after `afterSeq`. Empty when the project has no review yet.
    static std::vector<ReviewEntry> history(const ProjectStore &store, qint64 pairKey = -1, qint64 afterSeq = 0);
    static qint64 lastSeq(const ProjectStore &store);  // 0 when there is none; costs the same at any size
    static ReviewBook book(const ProjectStore &store);
};

}  // namespace entail
