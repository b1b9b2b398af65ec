#include "ui/versions/modelspanel.h"

#include "ui/common/labeltext.h"
#include "ui/metrics/metricsdock.h"

#include "ui/versions/confusiondeltamodel.h"
#include "ui/versions/flippedpairsmodel.h"
#include "ui/versions/modelversionsmodel.h"
#include "ui/versions/versioncomparer.h"
#include "ui/prediction/backgroundprediction.h"
#include "ui/session/projectsession.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace entail {

namespace {
QString num(double x) { return LabelText::score(x); }
QString esc(const QString &s) { return s.toHtmlEscaped(); }

std::optional<ModelVersion> versionById(const ProjectStore *store, qint64 id)
{
    for (const ModelVersion &v : store->models())
        if (v.id == id)
            return v;
    return std::nullopt;
}
}  // namespace

ModelsPanel::ModelsPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_comparer(new VersionComparer(this))
{
    m_versions = new ModelVersionsModel(this);
    m_comparison = new FlippedPairsModel(this);
    m_delta = new ConfusionDeltaModel(this);
    createVersionsView();
    createButtons();
    QWidget *details = createDetailsPage();
    QWidget *comparison = createComparisonPage();
    buildLayout(details, comparison);
    connectSignals();
    updateButtons();
}

void ModelsPanel::createVersionsView()
{
    m_versionsView = new QTableView(this);
    m_versionsView->setObjectName(QStringLiteral("modelVersions"));
    m_versionsView->setModel(m_versions);
    m_versionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsView->verticalHeader()->hide();
    m_versionsView->horizontalHeader()->setStretchLastSection(true);
    // A handful of rows: sizing the columns to their contents is cheap, and no header is cut.
    m_versionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsView->setAlternatingRowColors(true);
    // Room for a few versions at once; the dock scrolls when the window is short.
    m_versionsView->setMinimumHeight(m_versionsView->horizontalHeader()->sizeHint().height()
                                     + 4 * m_versionsView->verticalHeader()->defaultSectionSize() + 4);
}

void ModelsPanel::createButtons()
{
    m_compare = new QPushButton(tr("Co&mpare with active"), this);
    m_compare->setObjectName(QStringLiteral("compareVersion"));
    m_activate = new QPushButton(tr("&Activate"), this);
    m_activate->setObjectName(QStringLiteral("activateVersion"));
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("All pairs"), int(FlippedPairsModel::Scope::AllPairs));
    m_scope->addItem(tr("Validation and test pairs"), int(FlippedPairsModel::Scope::HeldOut));
    m_scope->setToolTip(tr("Which pairs the comparison counts"));
}

QWidget *ModelsPanel::createDetailsPage()
{
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("versionDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setWordWrap(true);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    return detailsScroll;
}

QWidget *ModelsPanel::createComparisonPage()
{
    m_summary = new QLabel(tr("Select a version and press Compare."), this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    // Room for the summary's three short sentences even when the dock is narrow.
    m_summary->setMinimumHeight(3 * m_summary->fontMetrics().lineSpacing());
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_summary->setWordWrap(true);
    m_deltaView = new QTableView(this);
    m_deltaView->setModel(m_delta);
    m_deltaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deltaView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_deltaView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deltaView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_deltaView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitDeltaViewHeight();
    auto *flippedProxy = new QSortFilterProxyModel(this);
    flippedProxy->setSourceModel(m_comparison);
    m_flippedView = new QTableView(this);
    m_flippedView->setObjectName(QStringLiteral("flippedPairs"));
    m_flippedView->setModel(flippedProxy);
    m_flippedView->setSortingEnabled(true);
    m_flippedView->sortByColumn(FlippedPairsModel::PairKey, Qt::AscendingOrder);
    m_flippedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flippedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flippedView->verticalHeader()->hide();
    m_flippedView->setMinimumHeight(m_flippedView->horizontalHeader()->sizeHint().height()
                                    + 5 * m_flippedView->verticalHeader()->defaultSectionSize() + 4);
    m_flippedView->horizontalHeader()->setStretchLastSection(true);
    m_flippedView->setToolTip(tr("Click a pair to show it"));
    auto *comparisonPage = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparisonPage);
    comparisonLayout->addWidget(m_summary);
    comparisonLayout->addWidget(m_deltaView);
    comparisonLayout->addWidget(new QLabel(tr("Pairs whose predicted label changed (click one to show it):"), this));
    comparisonLayout->addWidget(m_flippedView, 1);
    return comparisonPage;
}

void ModelsPanel::buildLayout(QWidget *detailsPage, QWidget *comparisonPage)
{
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(detailsPage, tr("Details"));
    m_tabs->addTab(comparisonPage, tr("Comparison"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activate);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_scope);
    buttons->addStretch(1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_versionsView);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

void ModelsPanel::connectSignals()
{
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_compare, &QPushButton::clicked, this, &ModelsPanel::compareSelected);
    connect(m_activate, &QPushButton::clicked, this, &ModelsPanel::activateSelected);
    connect(m_flippedView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT pairActivated(index.data(FlippedPairsModel::PairKeyRole).toLongLong());
    });
    connect(m_flippedView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT pairActivated(index.data(FlippedPairsModel::PairKeyRole).toLongLong());
    });
    connect(m_session->batch(), &BackgroundPrediction::busyChanged, this, &ModelsPanel::updateButtons);
    connect(m_session, &ProjectSession::modelChanged, this, &ModelsPanel::reload);
    connect(m_session, &ProjectSession::predictionsStored, this, &ModelsPanel::runPendingComparison);
    connect(m_comparer, &VersionComparer::finished, this, &ModelsPanel::showComparison);
    connect(m_session, &ProjectSession::batchFinished, this, [this](bool ok, const QString &error) {
        if (ok || m_pendingCompare == 0)
            return;
        m_pendingCompare = 0;
        m_summary->setText(tr("Cannot compare: %1").arg(error));
    });
}

void ModelsPanel::setStore(ProjectStore *store)
{
    m_store = store;
    m_pendingCompare = 0;
    m_comparer->drop();
    m_comparison->clear();
    m_delta->clear();
    // A comparison (and its summary) belongs to the previous project's versions.
    m_summary->setText(tr("Select a version and press Compare."));
    m_tabs->setCurrentIndex(0);
    m_versions->setStore(store);
    reload();
}

qint64 ModelsPanel::selectedVersionId() const
{
    const QModelIndex current = m_versionsView->currentIndex();
    return current.isValid() ? m_versions->version(current.row()).id : 0;
}

void ModelsPanel::selectVersion(qint64 id)
{
    const int row = m_versions->rowOf(id);
    if (row >= 0)
        m_versionsView->setCurrentIndex(m_versions->index(row, ModelVersionsModel::Name));
}

void ModelsPanel::reload()
{
    if (m_store != m_session->store()) {  // another project (or a reconnected server) since setStore: never stale
        setStore(m_session->store());      // which reloads
        return;
    }
    const qint64 selected = selectedVersionId();
    m_versions->reload();
    const int row = selected ? m_versions->rowOf(selected) : -1;
    if (row >= 0)
        selectVersion(selected);
    else if (m_versions->rowCount() > 0)
        selectVersion(m_versions->version(m_versions->rowCount() - 1).id);
    m_versionsView->resizeColumnsToContents();
    updateDetails();
    updateButtons();
}

QString ModelsPanel::detailsText() const { return m_details->text(); }
QString ModelsPanel::comparisonSummary() const { return m_summary->text(); }

void ModelsPanel::fitDeltaViewHeight()
{
    // Exactly the header and the three rows: the flipped-pairs list below gets the rest.
    int height = m_deltaView->horizontalHeader()->sizeHint().height() + 2 * m_deltaView->frameWidth();
    for (int row = 0; row < m_delta->rowCount(); ++row)
        height += m_deltaView->verticalHeader()->sectionSize(row);
    m_deltaView->setFixedHeight(height);
}

void ModelsPanel::updateButtons()
{
    const QModelIndex current = m_versionsView->currentIndex();
    const bool selected = current.isValid();
    const bool selectedActive = selected && m_versions->version(current.row()).active;
    const bool busy = m_session->batch()->isRunning();
    m_activate->setEnabled(selected && !selectedActive && !busy);
    m_compare->setEnabled(selected && !selectedActive && m_versions->activeRow() >= 0 && m_pendingCompare == 0);
}

QString ModelsPanel::metricsHtml(const QString &title, const Metrics &m)
{
    QString html = QStringLiteral("<h4>%1</h4><p>").arg(esc(title))
        + tr("%n pair(s): accuracy %1, macro-F1 %2, weighted F1 %3", nullptr, m.count)
              .arg(num(m.accuracy), num(m.macroF1), num(m.weightedF1))
        + QStringLiteral("<br><span style='color:gray'>%1</span>").arg(esc(MetricsDock::notes(m).join(QLatin1Char(' '))))
        + QStringLiteral("</p><table cellspacing='0' cellpadding='2' border='1'><tr><th></th><th>%1</th>"
                         "<th>%2</th><th>%3</th><th>%4</th></tr>")
              .arg(tr("Precision"), tr("Recall"), tr("F1"), tr("Support"));
    for (int c = 0; c < kNumClasses; ++c) {
        const ClassMetrics &k = m.perClass[size_t(c)];
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right'>%5</td></tr>")
                    .arg(esc(FlippedPairsModel::labelText(c)), num(k.precision), num(k.recall), num(k.f1))
                    .arg(k.support);
    }
    return html + QStringLiteral("</table>");
}

void ModelsPanel::updateDetails()
{
    const QModelIndex current = m_versionsView->currentIndex();
    if (!current.isValid()) {
        m_details->setText(m_versions->rowCount() == 0 ? tr("No model version yet: train one.") : QString());
        return;
    }
    const ModelVersion &v = m_versions->version(current.row());
    const VersionRecord &r = m_versions->record(current.row());
    QString html = QStringLiteral("<h3>%1%2</h3><p>%3<br>%4</p>")
                       .arg(esc(v.name), v.active ? esc(tr(" (active)")) : QString(),
                            esc(tr("Created %1").arg(QLocale().toString(v.created.toLocalTime(), QLocale::LongFormat))),
                            esc(QDir::toNativeSeparators(v.file)));
    if (r.hasConfig) {
        const TrainConfig &c = r.config;
        const QString prior = c.loss != LossKind::Weighted && c.priorCorrection > 0
            ? tr(" Rare-label boost %1.").arg(c.priorCorrection)
            : QString();
        html += QStringLiteral("<p>")
            + esc(tr("Loss %1; epochs %2; learning rate %3; batch %4; modality dropout %5; %6; %7.")
                      .arg(m_versions->data(m_versions->index(current.row(), ModelVersionsModel::Loss)).toString())
                      .arg(c.epochs > 0 ? QString::number(c.epochs) : tr("default"))
                      .arg(c.learningRate > 0 ? QString::number(c.learningRate) : tr("default"))
                      .arg(c.batchSize).arg(c.modalityDropout)
                      .arg(c.trainEncoders ? tr("encoders and heads trained") : tr("heads only"))
                      .arg(c.useImages ? tr("text and images") : tr("text only")) + prior)
            + QStringLiteral("<br>")
            + esc(tr("Label snapshot: %1 training, %2 validation, %3 test pairs labeled (digest %4).")
                      .arg(r.labeled[0]).arg(r.labeled[1]).arg(r.labeled[2]).arg(r.labelsSha256.left(12)))
            + QStringLiteral("</p>");
    }
    if (r.hasMetrics) {
        html += QStringLiteral("<p>") + esc(tr("Best epoch %1 of %2, trained in %3 s.")
                                                .arg(r.bestEpoch).arg(r.history.size())
                                                .arg(QLocale().toString(r.seconds, 'f', 1)))
            + QStringLiteral("</p>");
        html += metricsHtml(tr("Validation"), r.validation);
        if (r.hasTest)
            html += metricsHtml(tr("Test"), r.test);
    } else {
        html += QStringLiteral("<p>") + esc(tr("No metrics were recorded for this version.")) + QStringLiteral("</p>");
    }
    m_details->setText(html);
}

void ModelsPanel::activateSelected()
{
    const QModelIndex current = m_versionsView->currentIndex();
    if (!current.isValid() || !m_store)
        return;
    m_session->activateVersion(m_versions->version(current.row()));
    updateButtons();
}

void ModelsPanel::compareSelected()
{
    const qint64 id = selectedVersionId();
    if (!id || !m_store)
        return;
    m_pendingCompare = id;
    m_tabs->setCurrentIndex(1);
    runPendingComparison();
}

void ModelsPanel::runPendingComparison()
{
    if (!m_pendingCompare || !m_store || !m_store->isOpen())
        return;
    const std::optional<ModelVersion> active = m_store->activeModel();
    const std::optional<ModelVersion> selected = versionById(m_store, m_pendingCompare);
    if (!active || !selected) {
        m_pendingCompare = 0;
        m_summary->setText(tr("There is no active version to compare with."));
        updateButtons();
        return;
    }
    const auto scope = FlippedPairsModel::Scope(m_scope->currentData().toInt());
    m_comparer->compare(m_store->path(), *active, *selected, scope);
}

void ModelsPanel::showComparison(const ComparisonOutcome &outcome)
{
    if (!m_pendingCompare || !m_store)
        return;
    if (outcome.missingVersion) {
        // Predict what is missing in the background; predictionsStored brings us back here.
        const std::optional<ModelVersion> missing = versionById(m_store, outcome.missingVersion);
        if (missing && m_session->batch()->busyWith() != missing->id)
            m_session->predictVersion(*missing);
        m_summary->setText(tr("Predicting all pairs with %1 before comparing…").arg(missing ? missing->name : QString()));
        updateButtons();
        return;
    }
    m_pendingCompare = 0;
    if (!outcome.error.isEmpty()) {
        m_summary->setText(tr("Cannot compare: %1").arg(outcome.error));
        updateButtons();
        return;
    }
    m_comparison->setComparison(outcome.comparison);
    m_delta->setMatrices(m_comparison->beforeMetrics().confusion, m_comparison->afterMetrics().confusion);
    fitDeltaViewHeight();
    m_summary->setText(
        tr("%1 against the active %2 on %n pair(s)", nullptr, m_comparison->comparedPairs())
            .arg(m_comparison->afterName(), m_comparison->beforeName())
        + QStringLiteral(": ")
        + tr("macro-F1 %1 → %2, accuracy %3 → %4 (current labels). ")
              .arg(num(m_comparison->beforeMetrics().macroF1), num(m_comparison->afterMetrics().macroF1),
                   num(m_comparison->beforeMetrics().accuracy), num(m_comparison->afterMetrics().accuracy))
        + MetricsDock::notes(m_comparison->afterMetrics()).join(QLatin1Char(' ')) + QLatin1Char(' ')
        + tr("%n prediction(s) flipped: ", nullptr, m_comparison->rowCount())
        + tr("%1 now right, %2 now wrong, %3 other.")
              .arg(m_comparison->count(FlippedPairsModel::Change::Fixed))
              .arg(m_comparison->count(FlippedPairsModel::Change::Broken))
              .arg(m_comparison->count(FlippedPairsModel::Change::Changed)));
    m_flippedView->resizeColumnsToContents();
    updateButtons();
    Q_EMIT comparisonReady();
}

}  // namespace entail
