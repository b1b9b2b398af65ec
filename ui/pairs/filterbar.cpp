#include "ui/pairs/filterbar.h"

#include "ui/common/labeltext.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace entail {

namespace {
constexpr int kSearchDelayMs = 200;  // filter once typing pauses, not on every key

QComboBox *labelBox(const QString &any, const QString &none, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(any, PairFilterProxy::kAny);
    for (int label = 0; label < kNumClasses; ++label)
        box->addItem(LabelText::name(label), label);
    box->addItem(none, kNoLabel);
    return box;
}

void select(QComboBox *box, int value)
{
    const QSignalBlocker block(box);
    box->setCurrentIndex(std::max(0, box->findData(value)));
}
}  // namespace

FilterBar::FilterBar(PairFilterProxy *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search both texts, tweet ids or pair numbers"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_current = labelBox(tr("Any label"), tr("Unlabeled"), this);
    m_current->setToolTip(tr("Show pairs with this current label"));
    m_predicted = labelBox(tr("Any prediction"), tr("No prediction"), this);
    m_predicted->setToolTip(tr("Show pairs the model predicts as this label"));
    m_split = new QComboBox(this);
    m_split->setToolTip(tr("Show pairs of this split"));
    m_split->addItem(LabelText::splitName(-1), PairFilterProxy::kAny);
    for (int s = 0; s < kNumSplits; ++s)
        m_split->addItem(LabelText::splitName(s), s);
    m_errors = new QCheckBox(tr("Model disagrees"), this);
    m_errors->setToolTip(tr("Only pairs where the prediction differs from the current label"));
    m_corrected = new QCheckBox(tr("Corrected"), this);
    m_corrected->setToolTip(tr("Only pairs whose label was changed after import"));
    m_missing = new QCheckBox(tr("Image missing"), this);
    m_missing->setToolTip(tr("Only pairs with at least one missing image"));
    m_issues = new QCheckBox(tr("Likely label issue"), this);
    m_issues->setObjectName(QStringLiteral("labelIssuesFilter"));
    m_issues->setToolTip(tr("Only pairs whose label is probably wrong (Model \u203a Find label issues)"));
    m_clear = new QPushButton(tr("Show all"), this);
    m_clear->setToolTip(tr("Clear every filter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("pairCount"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = m_top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_current);
    top->addWidget(m_predicted);
    top->addWidget(m_split);
    auto *bottom = m_bottom = new QHBoxLayout;
    bottom->addWidget(m_errors);
    bottom->addWidget(m_corrected);
    bottom->addWidget(m_missing);
    bottom->addWidget(m_issues);
    bottom->addWidget(m_clear);
    bottom->addStretch();
    bottom->addWidget(m_count);
    layout->addLayout(top, 0, 0);
    layout->addLayout(bottom, 1, 0);
    connectSignals();
    syncFromProxy();
}

void FilterBar::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::applySearchNow);
    connect(m_current, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCurrentLabelFilter(m_current->currentData().toInt()); });
    connect(m_predicted, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setPredictedLabelFilter(m_predicted->currentData().toInt()); });
    connect(m_split, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSplitFilter(m_split->currentData().toInt()); });
    connect(m_errors, &QCheckBox::toggled, m_proxy, &PairFilterProxy::setErrorsOnly);
    connect(m_corrected, &QCheckBox::toggled, m_proxy, &PairFilterProxy::setCorrectedOnly);
    connect(m_missing, &QCheckBox::toggled, m_proxy, &PairFilterProxy::setMissingImagesOnly);
    connect(m_issues, &QCheckBox::toggled, m_proxy, &PairFilterProxy::setLabelIssuesOnly);
    connect(m_clear, &QPushButton::clicked, m_proxy, &PairFilterProxy::clearFilters);
    connect(m_proxy, &PairFilterProxy::filtersChanged, this, &FilterBar::syncFromProxy);
    if (const auto *pairs = qobject_cast<const PairTableModel *>(m_proxy->sourceModel()))
        connect(pairs, &PairTableModel::labelIssuesChanged, this, [this, pairs] {
            m_issues->setEnabled(m_issues->isChecked() || pairs->labelIssues());
        });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    // A search or a text order of a large table is computed off the GUI thread: say so until its rows show.
    connect(m_proxy, &PairFilterProxy::workingChanged, this, [this](bool working, const QString &what) {
        if (working)
            m_count->setText(what);
        else
            updateCount();
    });
    // A short line (the message names a file or server and would widen the window), the whole in the tooltip.
    connect(m_proxy, &PairFilterProxy::failed, this, [this](const QString &message) {
        m_count->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                             .arg(tr("Cannot read the texts").toHtmlEscaped()));
        m_count->setToolTip(message);
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= PairTableModel::CurrentLabel && to.column() >= PairTableModel::CurrentLabel)
            updateCount();  // a label set or cleared
    });
}

void FilterBar::addFilterBox(QComboBox *box, const QString &filterName, Row row)
{
    addControl(box, row);
    connect(m_proxy, &PairFilterProxy::filtersChanged, box, [this, box, filterName] {
        if (!m_proxy->hasRowFilter(filterName) && box->currentIndex() != 0) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(0);
        }
    });
}

void FilterBar::addControl(QWidget *control, Row row)
{
    if (row == Row::First)
        m_top->addWidget(control);
    else
        m_bottom->insertWidget(m_bottom->indexOf(m_clear), control);
}

void FilterBar::applySearchNow()
{
    m_searchDelay->stop();
    m_proxy->setSearchText(m_search->text());
}

void FilterBar::syncFromProxy()
{
    select(m_current, m_proxy->currentLabelFilter());
    select(m_predicted, m_proxy->predictedLabelFilter());
    select(m_split, m_proxy->splitFilter());
    for (auto [box, on] : {std::pair{m_errors, m_proxy->errorsOnly()}, std::pair{m_corrected, m_proxy->correctedOnly()},
                           std::pair{m_missing, m_proxy->missingImagesOnly()},
                           std::pair{m_issues, m_proxy->labelIssuesOnly()}}) {
        const QSignalBlocker block(box);
        box->setChecked(on);
    }
    if (m_search->text().trimmed() != m_proxy->searchText()) {
        const QSignalBlocker block(m_search);
        m_search->setText(m_proxy->searchText());
        m_searchDelay->stop();
    }
    m_clear->setEnabled(m_proxy->isFiltering());
    const auto *pairs = qobject_cast<const PairTableModel *>(m_proxy->sourceModel());
    m_issues->setEnabled(m_issues->isChecked() || (pairs && pairs->labelIssues()));
    updateCount();
}

void FilterBar::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    // What is left to do in the current filter: its pairs without a label.
    int unlabeled = 0;
    if (const auto *pairs = qobject_cast<const PairTableModel *>(m_proxy->sourceModel())) {
        const bool all = shown == total;  // no filter: no mapping needed
        for (int row = 0; row < total; ++row)
            if (!isValidLabel(pairs->pair(row).currentLabel) && (all || m_proxy->proxyRow(row) >= 0))
                ++unlabeled;
    }
    const QString count = shown == total ? tr("%n pair(s)", nullptr, total)
                                         : tr("%1 of %n pair(s)", nullptr, total).arg(shown);
    m_count->setToolTip(QString());  // a failure's message, shown until the next count
    m_count->setText(count + QStringLiteral(" \u00b7 ")
                     + (unlabeled > 0 ? tr("%n to label", nullptr, unlabeled) : tr("all labeled")));
}

}  // namespace entail
