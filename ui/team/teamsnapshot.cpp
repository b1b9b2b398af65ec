#include "ui/team/teamsnapshot.h"

#include "model/store/store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace entail {

TeamSnapshot TeamSnapshot::read(const QString &project)
{
    TeamSnapshot out;
    ProjectStore store;
    if (!store.open(project, &out.error, {}, ProjectStore::Access::ReadOnly)) {
        if (out.error.isEmpty())
            out.error = QStringLiteral("%1: cannot open the project").arg(project);
        return out;
    }
    const qint64 version = store.dataVersion();
    std::vector<AnnotatorLabel> labels;
    for (const AnnotatorLabelRecord &r : store.annotatorLabels())
        labels.push_back({r.pairKey, r.annotator, r.label});
    std::vector<qint64> keys;
    std::vector<int> decided;
    for (const AdjudicationRecord &r : store.adjudications()) {
        keys.push_back(r.pairKey);
        decided.push_back(r.label);
    }
    out = fromLabels(std::move(labels), keys, decided, store.labelsPerPair());
    for (AssignmentRecord &r : store.assignments())
        out.assignments.emplace_back(r.pairKey, std::move(r.annotator));
    out.dataVersion = version;
    return out;
}

TeamSnapshot TeamSnapshot::fromLabels(std::vector<AnnotatorLabel> labels, const std::vector<qint64> &adjudicatedKeys,
                                      const std::vector<int> &adjudicatedLabels, int labelsPerPair)
{
    TeamSnapshot out;
    out.labelsPerPair = labelsPerPair;
    out.report = Agreement::report(labels, kNumClasses);
    std::unordered_map<qint64, int> adjudication;
    for (size_t i = 0; i < adjudicatedKeys.size(); ++i)
        adjudication[adjudicatedKeys[i]] = adjudicatedLabels[i];
    std::map<QString, int> column;
    for (int i = 0; i < out.report.annotators.size(); ++i)
        column[out.report.annotators[i]] = i;
    std::map<qint64, std::vector<int>> byPair;
    for (const AnnotatorLabel &l : labels) {
        if (l.label < 0 || l.label >= kNumClasses)
            continue;
        auto &row = byPair[l.pairKey];
        row.resize(size_t(out.report.annotators.size()), kNoLabel);
        row[size_t(column[l.annotator])] = l.label;
    }
    for (const auto &[key, decided] : adjudication)
        byPair.try_emplace(key, std::vector<int>(size_t(out.report.annotators.size()), kNoLabel));
    for (auto &[key, row] : byPair) {
        std::vector<int> given;
        for (int label : row)
            if (label != kNoLabel)
                given.push_back(label);
        const auto found = adjudication.find(key);
        const int decided = found == adjudication.end() ? kNoLabel : found->second;
        const Consensus c = ConsensusRule::derive(given, decided, labelsPerPair);
        out.consensus.emplace_back(key, c);
        if (c.state == ConsensusState::Disagreement || c.state == ConsensusState::Majority
            || c.state == ConsensusState::Adjudicated)
            out.disputed.push_back({key, row, decided, c});
    }
    std::stable_sort(labels.begin(), labels.end(),
                     [](const AnnotatorLabel &a, const AnnotatorLabel &b) { return a.pairKey < b.pairKey; });
    out.labels = std::move(labels);  // by pair key: a pair's labels are one run (TeamWork's tooltip)
    return out;
}

std::vector<qint64> TeamSnapshot::pairsWith(const QString &a, int labelA, const QString &b, int labelB) const
{
    std::unordered_map<qint64, int> ofA;
    for (const AnnotatorLabel &l : labels)
        if (l.annotator == a && l.label == labelA)
            ofA.emplace(l.pairKey, l.label);
    std::vector<qint64> keys;
    for (const AnnotatorLabel &l : labels)
        if (l.annotator == b && l.label == labelB && ofA.count(l.pairKey))
            keys.push_back(l.pairKey);
    return keys;
}

}  // namespace entail
