#include "ui/team/agreementdock.h"

#include "ui/common/labeltext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace entail {

namespace {

constexpr int kMaxCohenRows = 6;  // more annotator pairs scroll inside their table

// A compact table as tall as its rows (the dock's page scrolls as a whole on a small screen); the columns
// share the width, `fitted` ones as wide as their contents.
QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent, const QList<int> &fitted = {})
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int column : fitted)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return table;
}

// Fixes the table's height to show `rows` rows (and its header).
void fitRows(QTableWidget *table, int rows)
{
    const int shown = std::max(1, rows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + shown * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

AgreementDock::AgreementDock(QWidget *parent) : QDockWidget(tr("Agreement"), parent)
{
    setObjectName(QStringLiteral("agreementDock"));
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Agreement needs labels from at least two annotators.\nWhen two or more people "
                            "have labelled pairs of this project, their agreement shows here."),
                         m_stack);
    m_empty->setObjectName(QStringLiteral("agreementEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildPage());
    m_stack->addWidget(scroll);
    setWidget(m_stack);
}

QWidget *AgreementDock::buildPage()
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    // At the top: on a small screen the tables below scroll, the next step stays in sight.
    m_adjudicate = new QPushButton(tr("Adjudicate disagreements..."), page);
    layout->addWidget(m_adjudicate, 0, Qt::AlignLeft);
    m_classes = makeTable(2, {tr("Class"), tr("Agreement")}, page, {0});
    m_classes->setObjectName(QStringLiteral("agreementClasses"));
    fitRows(m_classes, kNumClasses);
    layout->addWidget(m_classes);
    m_cohen = makeTable(4, {tr("Annotator"), tr("Annotator"), tr("Cohen's \u03ba"), tr("n")}, page, {2, 3});
    m_cohen->setObjectName(QStringLiteral("agreementCohen"));
    layout->addWidget(m_cohen);
    auto *pickers = new QHBoxLayout;
    m_pickA = new QComboBox(page);
    m_pickB = new QComboBox(page);
    m_pickA->setObjectName(QStringLiteral("agreementA"));
    m_pickB->setObjectName(QStringLiteral("agreementB"));
    pickers->addWidget(new QLabel(tr("Rows:"), page));
    pickers->addWidget(m_pickA, 1);
    pickers->addWidget(new QLabel(tr("Columns:"), page));
    pickers->addWidget(m_pickB, 1);
    layout->addLayout(pickers);
    m_matrix = makeTable(kNumClasses, {}, page);
    m_matrix->setObjectName(QStringLiteral("agreementMatrix"));
    m_matrix->verticalHeader()->show();
    m_matrix->setToolTip(tr("Click a cell to list those pairs in the table"));
    fitRows(m_matrix, kNumClasses);
    layout->addWidget(m_matrix);
    layout->addStretch(1);
    connect(m_pickA, &QComboBox::currentIndexChanged, this, &AgreementDock::fillMatrix);
    connect(m_pickB, &QComboBox::currentIndexChanged, this, &AgreementDock::fillMatrix);
    connect(m_matrix, &QTableWidget::cellClicked, this, &AgreementDock::onCellClicked);
    return page;
}

QString AgreementDock::number(double value)
{
    return std::isnan(value) ? QStringLiteral("\u2014") : LabelText::score(value);
}

bool AgreementDock::isEmptyState() const { return m_stack->currentWidget() == m_empty; }

void AgreementDock::showError(const QString &message)
{
    m_empty->setText(tr("Cannot read the annotators' labels: %1").arg(message));
    m_stack->setCurrentWidget(m_empty);
}

void AgreementDock::setSnapshot(std::shared_ptr<const TeamSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (!m_snapshot || m_snapshot->report.annotators.size() < 2) {
        m_empty->setText(tr("Agreement needs labels from at least two annotators.\nWhen two or more people "
                            "have labelled pairs of this project, their agreement shows here."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    fillSummary();
    fillPickers();
}

void AgreementDock::fillSummary()
{
    const AgreementReport &r = m_snapshot->report;
    m_summary->setText(tr("Annotators: %1 (%2)\nPairs labelled by two or more: %3\nFleiss' \u03ba: %4\n"
                          "Krippendorff's \u03b1: %5")
                           .arg(r.annotators.size())
                           .arg(r.annotators.join(QStringLiteral(", ")))
                           .arg(r.pairsMultiplyLabelled)
                           .arg(number(r.fleissKappa), number(r.krippendorffAlpha)));
    m_classes->setRowCount(int(r.perClass.size()));
    for (int c = 0; c < int(r.perClass.size()); ++c) {
        m_classes->setItem(c, 0, new QTableWidgetItem(LabelText::name(c)));
        m_classes->setItem(c, 1, cell(number(r.perClass[size_t(c)])));
    }
    m_cohen->setRowCount(int(r.cohen.size()));
    fitRows(m_cohen, std::min(int(r.cohen.size()), kMaxCohenRows));
    for (int i = 0; i < int(r.cohen.size()); ++i) {
        const PairwiseKappa &k = r.cohen[size_t(i)];
        m_cohen->setItem(i, 0, new QTableWidgetItem(k.a));
        m_cohen->setItem(i, 1, new QTableWidgetItem(k.b));
        m_cohen->setItem(i, 2, cell(number(k.kappa)));
        m_cohen->setItem(i, 3, cell(QLocale().toString(k.n)));
    }
}

void AgreementDock::fillPickers()
{
    const QStringList &names = m_snapshot->report.annotators;
    const QString a = m_pickA->currentText(), b = m_pickB->currentText();
    {
        const QSignalBlocker blockA(m_pickA), blockB(m_pickB);
        m_pickA->clear();
        m_pickB->clear();
        m_pickA->addItems(names);
        m_pickB->addItems(names);
        m_pickA->setCurrentIndex(names.contains(a) ? int(names.indexOf(a)) : 0);
        m_pickB->setCurrentIndex(names.contains(b) && b != m_pickA->currentText() ? int(names.indexOf(b)) : 1);
    }
    fillMatrix();
}

void AgreementDock::fillMatrix()
{
    if (!m_snapshot || m_pickA->currentIndex() < 0 || m_pickB->currentIndex() < 0)
        return;
    const auto counts = Agreement::confusion(m_snapshot->labels, m_pickA->currentText(), m_pickB->currentText(),
                                             kNumClasses);
    // The pickers above say whose labels the rows and the columns are.
    QStringList names;
    for (int c = 0; c < kNumClasses; ++c)
        names << LabelText::shortName(c);
    m_matrix->setRowCount(kNumClasses);
    m_matrix->setVerticalHeaderLabels(names);
    m_matrix->setHorizontalHeaderLabels(names);
    for (int r = 0; r < kNumClasses; ++r)
        for (int c = 0; c < kNumClasses; ++c) {
            QTableWidgetItem *item = cell(QString::number(counts[size_t(r)][size_t(c)]));
            if (r == c)
                item->setBackground(QColor(220, 240, 220));
            m_matrix->setItem(r, c, item);
        }
}

void AgreementDock::onCellClicked(int row, int column)
{
    if (!m_snapshot)
        return;
    const QString a = m_pickA->currentText(), b = m_pickB->currentText();
    const std::vector<qint64> keys = m_snapshot->pairsWith(a, row, b, column);
    Q_EMIT pairsRequested(QList<qint64>(keys.begin(), keys.end()),
                          tr("%1 said %2, %3 said %4").arg(a, LabelText::name(row), b, LabelText::name(column)));
}

}  // namespace entail
