#include "ui/pairs/pairtablemodel.h"

#include "model/core/displaytext.h"
#include "ui/common/labeltext.h"

#include <QBrush>
#include <QTextDocument>

#include <algorithm>

namespace entail {

namespace {
constexpr int kSnippetLength = 70;   // characters of a tweet shown in its table cell
constexpr int kToolTipLength = 1000;  // a tooltip is laid out at once: a megabyte would freeze the window

QString snippet(const QString &text) { return DisplayText::snippet(text, kSnippetLength); }

// Plain text even where the decoded text looks like markup ("&lt;b&gt;" is shown, not applied).
QString textToolTip(const QString &text)
{
    bool cut = false;
    QString shown = DisplayText::head(text, kToolTipLength, &cut);
    if (cut)
        shown += QChar(0x2026);
    return Qt::convertFromPlainText(shown, Qt::WhiteSpaceNormal);
}
}  // namespace

PairTableModel::PairTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PairTableModel::setPairs(std::vector<Pair> pairs, TextSource source)
{
    m_keysAscending = std::is_sorted(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.key < b.key; });
    beginResetModel();
    m_pairs = std::move(pairs);
    m_textSource = std::move(source);
    m_textCache.clear();
    m_predictions.clear();
    m_hasPrediction.clear();
    m_predictionCount = 0;
    m_rowOfKey.clear();
    m_issues.reset();
    m_issueRank.clear();
    m_rowOfKey.reserve(qsizetype(m_pairs.size()));
    for (size_t i = 0; i < m_pairs.size(); ++i)
        m_rowOfKey.insert(m_pairs[i].key, int(i));
    endResetModel();
    Q_EMIT predictionsChanged();
    Q_EMIT labelIssuesChanged();
}

void PairTableModel::setPredictions(const std::vector<qint64> &keys, const std::vector<Prediction> &predictions)
{
    m_predictions.assign(m_pairs.size(), Prediction{});
    m_hasPrediction.assign(m_pairs.size(), 0);
    m_predictionCount = 0;
    const size_t n = std::min(keys.size(), predictions.size());
    for (size_t i = 0; i < n; ++i) {
        const int row = rowOfKey(keys[i]);
        if (row < 0)
            continue;
        m_predictions[size_t(row)] = predictions[i];
        if (!m_hasPrediction[size_t(row)])
            ++m_predictionCount;
        m_hasPrediction[size_t(row)] = 1;
    }
    if (!m_pairs.empty())
        Q_EMIT dataChanged(index(0, PredictedLabel), index(rowCount() - 1, Flags));
    Q_EMIT predictionsChanged();
}

void PairTableModel::clearPredictions()
{
    m_predictions.clear();
    m_hasPrediction.clear();
    m_predictionCount = 0;
    if (!m_pairs.empty())
        Q_EMIT dataChanged(index(0, PredictedLabel), index(rowCount() - 1, Flags));
    Q_EMIT predictionsChanged();
}

void PairTableModel::refreshFlags(const std::vector<int> &rows)
{
    if (rows.empty() && !m_pairs.empty())
        Q_EMIT dataChanged(index(0, Flags), index(rowCount() - 1, Flags));
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(index(row, Flags), index(row, Flags));
}

void PairTableModel::updateImageInfo(const std::vector<Pair> &pairs)
{
    for (const Pair &p : pairs) {
        const int row = rowOfKey(p.key);
        if (row < 0)
            continue;
        Pair &mine = m_pairs[size_t(row)];
        mine.first.imageFile = p.first.imageFile;
        mine.first.imageMissing = p.first.imageMissing;
        mine.second.imageFile = p.second.imageFile;
        mine.second.imageMissing = p.second.imageMissing;
    }
    if (!m_pairs.empty())
        Q_EMIT dataChanged(index(0, Flags), index(rowCount() - 1, Flags));
}

int PairTableModel::predictedLabel(int row) const
{
    return hasPrediction(row) ? m_boost.decide(m_predictions[size_t(row)].both) : kNoLabel;
}

float PairTableModel::confidence(int row) const
{
    if (!hasPrediction(row))
        return -1.0f;
    const Probs p = m_boost.apply(m_predictions[size_t(row)].both);
    return p[size_t(argmax(p))];
}

void PairTableModel::setBoost(const RareLabelBoost &boost)
{
    m_boost = boost;
    if (!hasPredictions())
        return;
    // A layout change, not dataChanged over every row: a filtering, sorted proxy then rebuilds its mapping in
    // one pass instead of moving 100,000 rows range by range (seconds).
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
    Q_EMIT predictionsChanged();
}

bool PairTableModel::isError(int row) const
{
    const int label = m_pairs[size_t(row)].currentLabel;
    return isValidLabel(label) && hasPrediction(row) && predictedLabel(row) != label;
}

bool PairTableModel::isCorrected(int row) const
{
    const Pair &p = m_pairs[size_t(row)];
    return p.currentLabel != p.originalLabel;
}

bool PairTableModel::hasMissingImage(int row) const
{
    const Pair &p = m_pairs[size_t(row)];
    return p.first.imageMissing || p.second.imageMissing;
}

int PairTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int PairTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PairTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (hidesLabels(column) && isBlind(row))
        return blindData(role);
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case SortRole: return sortValue(row, column);
    case KeyRole: return m_pairs[size_t(row)].key;
    case Qt::ToolTipRole: return toolTip(row, column);
    case LabelRole:
        switch (column) {
        case OriginalLabel: return m_pairs[size_t(row)].originalLabel;
        case CurrentLabel: return m_pairs[size_t(row)].currentLabel;
        case PredictedLabel: return predictedLabel(row);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (column == Correct && hasPrediction(row) && isValidLabel(m_pairs[size_t(row)].currentLabel))
            return QBrush(isError(row) ? QColor(0xc0, 0x39, 0x2b) : QColor(0x1e, 0x84, 0x49));
        if (column == CurrentLabel && isCorrected(row))
            return QBrush(QColor(0x8e, 0x44, 0xad));
        if (column == LabelQuality && isLabelIssue(row))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Id || column == Confidence || column == LabelQuality)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Correct)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant PairTableModel::display(int row, int column) const
{
    const Pair &p = m_pairs[size_t(row)];
    switch (column) {
    case Id: return p.key;
    case Text1: return snippet(text(row, 0));
    case Text2: return snippet(text(row, 1));
    case OriginalLabel: return LabelText::name(p.originalLabel);
    case CurrentLabel: return LabelText::name(p.currentLabel);
    case PredictedLabel: return hasPrediction(row) ? LabelText::name(predictedLabel(row)) : QString();
    case Confidence:
        return hasPrediction(row) ? QStringLiteral("%1%").arg(qRound(confidence(row) * 100.0f)) : QString();
    case Correct:
        if (!hasPrediction(row) || !isValidLabel(p.currentLabel))
            return QString();
        return isError(row) ? tr("wrong") : tr("right");
    case Flags: {
        QStringList flags;
        for (const FlagSource &source : m_flagSources)
            if (const QString text = source.first ? source.text(row) : QString(); !text.isEmpty())
                flags << text;
        if (isCorrected(row) && !isBlind(row))
            flags << tr("corrected");
        if (hasMissingImage(row))
            flags << tr("image missing");
        for (const FlagSource &source : m_flagSources)
            if (const QString text = source.first ? QString() : source.text(row); !text.isEmpty())
                flags << text;
        return flags.join(QStringLiteral(", "));
    }
    case LabelQuality: return labelQuality(row) < 0 ? QString() : QString::number(labelQuality(row), 'f', 2);
    default: return {};
    }
}

QVariant PairTableModel::sortValue(int row, int column) const
{
    const Pair &p = m_pairs[size_t(row)];
    switch (column) {
    case Id: return p.key;
    case Text1: return text(row, 0);
    case Text2: return text(row, 1);
    case OriginalLabel: return p.originalLabel;
    case CurrentLabel: return p.currentLabel;
    case PredictedLabel: return predictedLabel(row);
    case Confidence: return confidence(row);
    case Correct: return !hasPrediction(row) || !isValidLabel(p.currentLabel) ? -1 : isError(row) ? 0 : 1;
    case Flags: return (isCorrected(row) ? 2 : 0) + (hasMissingImage(row) ? 1 : 0);
    case LabelQuality: return sortableQuality(row);
    default: return {};
    }
}

QString PairTableModel::toolTip(int row, int column) const
{
    const Pair &p = m_pairs[size_t(row)];
    switch (column) {
    case Id: return tr("Pair %1: tweets %2 and %3 (%4 split)")
                 .arg(p.key).arg(p.first.id, p.second.id, LabelText::splitName(p.split));
    case Text1: return textToolTip(text(row, 0));
    case Text2: return textToolTip(text(row, 1));
    case Confidence:
        if (!hasPrediction(row))
            return tr("No prediction: load a model to see one");
        return tr("The model gives %1 a probability of %2%")
            .arg(LabelText::name(predictedLabel(row))).arg(confidence(row) * 100.0, 0, 'f', 1);
    case Correct:
        if (isError(row))
            return tr("The model disagrees with the current label");
        return {};
    case Flags: {
        QStringList lines;
        for (const FlagSource &source : m_flagSources)
            if (const QString line = source.toolTip(row); !line.isEmpty())
                lines << line;
        return lines.join(QLatin1Char('\n'));
    }
    case LabelQuality:
        if (labelQuality(row) < 0)
            return {};
        return (isLabelIssue(row) ? tr("Likely label issue: probably %1.").arg(LabelText::name(labelScore(row)->suggested))
                                  : QString())
            + QLatin1Char(' ') + tr("Out-of-fold probability of the current label: %1").arg(labelQuality(row), 0, 'f', 3);
    default: return {};
    }
}

QVariant PairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Id: return tip ? tr("Pair number in the project") : tr("Pair");
    case Text1: return tip ? tr("The first tweet (text_1)") : tr("Tweet 1");
    case Text2: return tip ? tr("The second tweet (text_2)") : tr("Tweet 2");
    case OriginalLabel: return tip ? tr("The label as imported") : tr("Original");
    case CurrentLabel: return tip ? tr("The label after your corrections") : tr("Label");
    case PredictedLabel: return tip ? tr("The loaded model's prediction") : tr("Predicted");
    case Confidence: return tip ? tr("The model's probability for its prediction") : tr("Confidence");
    case Correct: return tip ? tr("Does the prediction match the current label?") : tr("Model");
    case Flags: return tip ? tr("Corrected labels, missing images, review states and duplicate texts") : tr("Flags");
    case LabelQuality:
        return tip ? tr("How likely the current label is right, from a model that did not train on this pair "
                        "(low: likely wrong; Model \u203a Find label issues)")
                   : tr("Quality");
    default: return {};
    }
}

bool PairTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != CurrentLabel
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int label = value.toInt(&ok);
    if (!ok || (!isValidLabel(label) && label != kNoLabel))
        return false;
    Pair &p = m_pairs[size_t(index.row())];
    if (p.currentLabel == label)
        return true;
    p.currentLabel = label;
    // Two ranges, leaving out the prediction columns: a proxy sorted by confidence need not re-rank.
    Q_EMIT dataChanged(this->index(index.row(), CurrentLabel), this->index(index.row(), CurrentLabel));
    Q_EMIT dataChanged(this->index(index.row(), Correct), this->index(index.row(), LabelQuality));
    return true;
}

QList<qint64> PairTableModel::applyLog(const std::vector<LogEntry> &entries)
{
    QHash<qint64, int> last;
    for (const LogEntry &e : entries)
        last.insert(e.pairKey, e.toLabel);
    QList<qint64> changed;
    std::vector<qint64> keys;
    std::vector<int> labels;
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const int row = rowOfKey(it.key());
        if (row >= 0 && m_pairs[size_t(row)].currentLabel != it.value()
            && (isValidLabel(it.value()) || it.value() == kNoLabel)) {
            changed.append(it.key());
            keys.push_back(it.key());
            labels.push_back(it.value());
        }
    }
    setLabels(keys, labels);
    std::sort(changed.begin(), changed.end());
    return changed;
}

int PairTableModel::setLabels(const std::vector<qint64> &keys, const std::vector<int> &labels)
{
    constexpr size_t kRowByRow = 64;  // up to this many: a dataChanged per row, which a proxy handles in place
    std::vector<std::pair<int, int>> changes;  // row, label
    for (size_t i = 0; i < keys.size() && i < labels.size(); ++i) {
        const int row = rowOfKey(keys[i]);
        if (row >= 0 && m_pairs[size_t(row)].currentLabel != labels[i]
            && (isValidLabel(labels[i]) || labels[i] == kNoLabel))
            changes.emplace_back(row, labels[i]);
    }
    if (changes.size() <= kRowByRow) {
        for (const auto &[row, label] : changes)
            setData(index(row, CurrentLabel), label);
        return int(changes.size());
    }
    bool needsLayout = false;
    Q_EMIT labelsAboutToChange(&needsLayout);
    if (needsLayout)
        Q_EMIT layoutAboutToBeChanged();
    int first = rowCount(), lastRow = -1;
    for (const auto &[row, label] : changes) {
        m_pairs[size_t(row)].currentLabel = label;
        first = std::min(first, row);
        lastRow = std::max(lastRow, row);
    }
    if (!needsLayout) {
        // As setData: the prediction columns stay out, so a proxy sorted by confidence need not re-rank.
        Q_EMIT dataChanged(index(first, CurrentLabel), index(lastRow, CurrentLabel));
        Q_EMIT dataChanged(index(first, Correct), index(lastRow, LabelQuality));
        return int(changes.size());
    }
    Q_EMIT layoutChanged();
    Q_EMIT labelsChanged(first, lastRow);
    return int(changes.size());
}

}  // namespace entail
