#include "ui/review/annotationlogmodel.h"

#include "ui/common/labeltext.h"

#include <QLocale>

namespace entail {

AnnotationLogModel::AnnotationLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AnnotationLogModel::setEntries(std::vector<LogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AnnotationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AnnotationLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnnotationLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return QLocale().toString(e.timestamp.toLocalTime(), QLocale().dateFormat(QLocale::ShortFormat)
                                                 + QStringLiteral(" HH:mm"));
        case Annotator: return e.annotator;
        case From: return e.fromLabel == kNoLabel && e.source == QLatin1String("import") ? QString()
                                                                                         : LabelText::name(e.fromLabel);
        case To: return LabelText::name(e.toLabel);
        case Source:
            if (e.source == QLatin1String("human"))
                return tr("correction");
            if (e.source == QLatin1String("import"))
                return tr("import");
            if (e.source == QLatin1String("model"))
                return tr("model");
            return e.source;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Time)
        return e.timestamp.toString(Qt::ISODateWithMs);
    return {};
}

QVariant AnnotationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString titles[ColumnCount] = {tr("When"), tr("Who"), tr("From"), tr("To"), tr("How")};
    return titles[section];
}

}  // namespace entail
