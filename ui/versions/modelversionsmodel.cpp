#include "ui/versions/modelversionsmodel.h"

#include "ui/common/labeltext.h"

#include <QDir>
#include <QFont>
#include <QLocale>

namespace entail {

ModelVersionsModel::ModelVersionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ModelVersionsModel::setStore(const ProjectStore *store)
{
    m_store = store;
    reload();
}

void ModelVersionsModel::reload()
{
    beginResetModel();
    m_versions.clear();
    m_records.clear();
    if (m_store && m_store->isOpen())
        m_versions = m_store->models();
    for (const ModelVersion &v : m_versions)
        m_records.push_back(TrainingRecord::read(v));
    endResetModel();
}

int ModelVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int ModelVersionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ModelVersionsModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].id == id)
            return int(i);
    return -1;
}

int ModelVersionsModel::activeRow() const
{
    for (size_t i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].active)
            return int(i);
    return -1;
}

QVariant ModelVersionsModel::display(int row, int column) const
{
    const ModelVersion &v = m_versions[size_t(row)];
    const VersionRecord &r = m_records[size_t(row)];
    const auto score = &LabelText::score;
    switch (column) {
    case Name: return v.name;
    case Created: return QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat);
    case Loss:
        if (!r.hasConfig)
            return QVariant();
        switch (r.config.loss) {
        case LossKind::CrossEntropy: return tr("cross-entropy");
        case LossKind::Weighted: return tr("class-weighted");
        case LossKind::Focal: return tr("focal");
        }
        return lossName(r.config.loss);
    case Parts:
        return r.hasConfig ? (r.config.trainEncoders ? tr("encoders + heads") : tr("heads only")) : QVariant();
    case BestEpoch: return r.hasMetrics ? QVariant(r.bestEpoch) : QVariant();
    case TrainPairs: return r.hasConfig ? QVariant(r.labeled[size_t(Split::Train)]) : QVariant();
    case ValidationF1: return r.hasMetrics ? score(r.validation.macroF1) : QVariant();
    case ValidationAccuracy: return r.hasMetrics ? score(r.validation.accuracy) : QVariant();
    case TestF1: return r.hasTest ? score(r.test.macroF1) : QVariant();
    case Status: return v.active ? tr("active") : QString();
    default: return QVariant();
    }
}

QVariant ModelVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ModelVersion &v = m_versions[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Qt::ToolTipRole: return QDir::toNativeSeparators(v.file);
    case Qt::FontRole: {
        if (!v.active)
            return QVariant();
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= BestEpoch && index.column() <= TestF1
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case VersionIdRole: return v.id;
    case ActiveRole: return v.active;
    default: return QVariant();
    }
}

QVariant ModelVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Version");
    case Created: return tr("Created");
    case Loss: return tr("Loss");
    case Parts: return tr("Trained");
    case BestEpoch: return tr("Best epoch");
    case TrainPairs: return tr("Training pairs");
    case ValidationF1: return tr("Val. macro-F1");
    case ValidationAccuracy: return tr("Val. accuracy");
    case TestF1: return tr("Test macro-F1");
    case Status: return tr("Status");
    default: return QVariant();
    }
}

}  // namespace entail
