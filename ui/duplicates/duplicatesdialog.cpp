#include "ui/duplicates/duplicatesdialog.h"

#include "model/core/displaytext.h"
#include "ui/common/labeltext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace entail {

namespace {
enum Column { PairColumn, LabelColumn, PredictedColumn, Image1Column, Image2Column, Text1Column, Text2Column, Columns };
constexpr int kSnippetLength = 80;

QString summary(const std::vector<DuplicatesDialog::Member> &members)
{
    int counts[kNumClasses + 1] = {};
    for (const auto &m : members)
        ++counts[isValidLabel(m.label) ? m.label : kNumClasses];
    QStringList parts;
    for (int label = 0; label <= kNumClasses; ++label)
        if (counts[label] > 0)
            parts << QStringLiteral("%1 %2").arg(counts[label]).arg(LabelText::name(label < kNumClasses ? label : kNoLabel));
    return parts.join(QStringLiteral(", "));
}
}  // namespace

DuplicatesDialog::DuplicatesDialog(qint64 shownKey, const std::vector<Member> &members, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(members.size()), Columns, this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicates of pair %1").arg(shownKey));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n pair(s) have the same two texts once case, links, @mentions and spacing are "
                                "set aside (the images may differ). Labels: %1. Click a pair to show it.",
                                nullptr, int(members.size()))
                                 .arg(summary(members)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Pair"), tr("Label"), tr("Predicted"), tr("Image 1"), tr("Image 2"),
                                        tr("Tweet 1"), tr("Tweet 2")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);  // one line per pair, like the pair table
    for (int row = 0; row < int(members.size()); ++row)
        fillRow(row, members[size_t(row)], members[size_t(row)].key == shownKey);
    m_table->resizeColumnsToContents();
    for (int column : {Text1Column, Text2Column})  // the texts share what the short columns leave
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellClicked, this,
            [this](int row) { Q_EMIT pairChosen(m_table->item(row, PairColumn)->data(Qt::UserRole).toLongLong()); });
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    const QSize screen = parent && parent->screen() ? parent->screen()->availableSize() : QSize(1280, 720);
    resize(std::min(1000, screen.width() - 80), std::min(420, screen.height() - 80));
}

void DuplicatesDialog::fillRow(int row, const Member &m, bool shown)
{
    auto set = [&](int column, const QString &text, const QString &tip = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(tip.isEmpty() ? text : tip);
        if (shown) {
            QFont bold = item->font();
            bold.setBold(true);  // the pair the window shows
            item->setFont(bold);
        }
        m_table->setItem(row, column, item);
        return item;
    };
    set(PairColumn, QString::number(m.key))->setData(Qt::UserRole, m.key);
    set(LabelColumn, LabelText::name(m.label))->setForeground(LabelText::colour(m.label));
    set(PredictedColumn, m.predicted < 0 ? QString()
                                         : tr("%1 (%2%)").arg(LabelText::name(m.predicted)).arg(qRound(m.confidence * 100)));
    set(Image1Column, m.image1);
    set(Image2Column, m.image2);
    set(Text1Column, DisplayText::snippet(m.text1, kSnippetLength), DisplayText::head(m.text1, 1000));
    set(Text2Column, DisplayText::snippet(m.text2, kSnippetLength), DisplayText::head(m.text2, 1000));
}

}  // namespace entail
