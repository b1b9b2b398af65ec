#include "ui/versions/flippedpairsmodel.h"

#include "ui/common/labeltext.h"

#include "model/core/displaytext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <unordered_map>

namespace entail {

namespace {
constexpr int kTextPreview = 90;   // characters of the first tweet shown in the list
constexpr int kToolTipText = 500;  // of each tweet in the tooltip: a tooltip is laid out at once

const Prediction *find(const std::unordered_map<qint64, size_t> &index, const Predictions &predictions, qint64 key)
{
    const auto it = index.find(key);
    return it == index.end() ? nullptr : &predictions[it->second];
}

std::unordered_map<qint64, size_t> indexOf(const PairKeys &keys, const Predictions &predictions)
{
    std::unordered_map<qint64, size_t> index;
    for (size_t i = 0; i < keys.size() && i < predictions.size(); ++i)
        index.emplace(keys[i], i);
    return index;
}
}  // namespace

FlippedPairsModel::FlippedPairsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FlippedPairsModel::clear() { setComparison(VersionComparison{}); }

void FlippedPairsModel::setComparison(VersionComparison comparison)
{
    beginResetModel();
    m_result = std::move(comparison);
    endResetModel();
}

void FlippedPairsModel::compare(const Dataset &pairs, const QString &beforeName, const PairKeys &beforeKeys,
                                const Predictions &before, const QString &afterName, const PairKeys &afterKeys,
                                const Predictions &after, Scope scope)
{
    setComparison(compute(pairs, beforeName, beforeKeys, before, afterName, afterKeys, after, scope));
}

VersionComparison FlippedPairsModel::compute(const Dataset &pairs, const QString &beforeName,
                                             const PairKeys &beforeKeys, const Predictions &before,
                                             const QString &afterName, const PairKeys &afterKeys,
                                             const Predictions &after, Scope scope)
{
    VersionComparison out;
    out.beforeName = beforeName;
    out.afterName = afterName;
    const auto beforeIndex = indexOf(beforeKeys, before);
    const auto afterIndex = indexOf(afterKeys, after);
    std::vector<int> truth, predictedBefore, predictedAfter;
    for (const Pair &p : pairs.pairs) {
        if (scope == Scope::HeldOut && p.split == Split::Train)
            continue;
        const Prediction *b = find(beforeIndex, before, p.key);
        const Prediction *a = find(afterIndex, after, p.key);
        if (!b || !a)
            continue;
        ++out.compared;
        if (isValidLabel(p.currentLabel)) {
            truth.push_back(p.currentLabel);
            predictedBefore.push_back(b->label());
            predictedAfter.push_back(a->label());
        }
        if (b->label() != a->label()) {
            FlippedPair f;
            f.key = p.key;
            f.split = p.split;
            f.label = p.currentLabel;
            f.before = b->label();
            f.after = a->label();
            f.beforeConfidence = b->confidence();
            f.afterConfidence = a->confidence();
            f.firstText = p.first.text;
            f.secondText = p.second.text;
            out.flipped.push_back(f);
        }
    }
    out.beforeMetrics = computeMetrics(truth, predictedBefore);
    out.afterMetrics = computeMetrics(truth, predictedAfter);
    return out;
}

Confusion FlippedPairsModel::difference() const
{
    Confusion d{};
    for (int t = 0; t < kNumClasses; ++t)
        for (int p = 0; p < kNumClasses; ++p)
            d[size_t(t)][size_t(p)] = m_result.afterMetrics.confusion[size_t(t)][size_t(p)]
                - m_result.beforeMetrics.confusion[size_t(t)][size_t(p)];
    return d;
}

FlippedPairsModel::Change FlippedPairsModel::change(const FlippedPair &f)
{
    if (isValidLabel(f.label) && f.after == f.label)
        return Change::Fixed;
    if (isValidLabel(f.label) && f.before == f.label)
        return Change::Broken;
    return Change::Changed;
}

int FlippedPairsModel::count(Change c) const
{
    int n = 0;
    for (const FlippedPair &f : m_result.flipped)
        n += change(f) == c ? 1 : 0;
    return n;
}

QString FlippedPairsModel::labelText(int label)
{
    // The same names as everywhere else in the window.
    return isValidLabel(label) ? LabelText::name(label) : QStringLiteral("—");
}

QString FlippedPairsModel::splitText(Split split)
{
    switch (split) {
    case Split::Train: return tr("train");
    case Split::Validation: return tr("validation");
    case Split::Test: return tr("test");
    }
    return QString();
}

int FlippedPairsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.flipped.size());
}

int FlippedPairsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FlippedPairsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const FlippedPair &f = m_result.flipped[size_t(index.row())];
    const auto withConfidence = [](int label, float confidence) {
        return tr("%1 (%2)").arg(labelText(label), QLocale().toString(double(confidence), 'f', 2));
    };
    if (role == PairKeyRole)
        return f.key;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PairKey: return f.key;
        case SplitColumn: return splitText(f.split);
        case Label: return labelText(f.label);
        case Before: return withConfidence(f.before, f.beforeConfidence);
        case After: return withConfidence(f.after, f.afterConfidence);
        case Effect:
            switch (change(f)) {
            case Change::Fixed: return tr("now right");
            case Change::Broken: return tr("now wrong");
            case Change::Changed: return isValidLabel(f.label) ? tr("still wrong") : tr("unlabeled");
            }
            return QVariant();
        case Text: return DisplayText::snippet(f.firstText, kTextPreview);
        default: return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Text)
        return tr("First: %1\nSecond: %2")
            .arg(DisplayText::snippet(f.firstText, kToolTipText), DisplayText::snippet(f.secondText, kToolTipText));
    if (role == Qt::ForegroundRole && index.column() == Effect) {
        const Change c = change(f);
        if (c == Change::Fixed)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (c == Change::Broken)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
    }
    return QVariant();
}

QVariant FlippedPairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PairKey: return tr("Pair");
    case SplitColumn: return tr("Split");
    case Label: return tr("Label");
    case Before: return m_result.beforeName.isEmpty() ? tr("Before") : m_result.beforeName;
    case After: return m_result.afterName.isEmpty() ? tr("After") : m_result.afterName;
    case Effect: return tr("Effect");
    case Text: return tr("First tweet");
    default: return QVariant();
    }
}

}  // namespace entail
