#include "ui/reviewstate/reviewfeature.h"

#include "ui/common/appsettings.h"
#include "ui/pairs/filterbar.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/review/labelbar.h"
#include "ui/reviewstate/commentdialog.h"
#include "ui/reviewstate/reviewtext.h"
#include "ui/session/projectsession.h"
#include "ui/session/projectwatcher.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QUndoStack>

namespace entail {

ReviewFeature::ReviewFeature(ProjectSession *session, PairBrowser *browser, PairFilterProxy *proxy, LabelBar *labelBar,
                             QWidget *window)
    : QObject(window), m_session(session), m_browser(browser), m_proxy(proxy), m_labelBar(labelBar), m_window(window)
{
    QAction *skip = makeAction(tr("S&kip"), QKeySequence(tr("S")), tr("Skip this pair for now (key S)"));
    QAction *unsure = makeAction(tr("&Unsure"), QKeySequence(tr("U")), tr("Mark this pair as unsure (key U)"));
    QAction *right = makeAction(tr("Label is &right"), QKeySequence(tr("R")),
                                tr("Confirm this pair's label; it holds while the label stays (key R)"));
    QAction *comment = makeAction(tr("&Comment..."), QKeySequence(tr("Ctrl+M")), tr("Write a comment on this pair"));
    connect(skip, &QAction::triggered, this, [this] { setState(ReviewState::Skipped); });
    connect(unsure, &QAction::triggered, this, [this] { setState(ReviewState::Unsure); });
    connect(right, &QAction::triggered, this, [this] { setState(ReviewState::Confirmed); });
    connect(comment, &QAction::triggered, this, &ReviewFeature::editComment);

    m_session->pairs()->addFlagSource(
        {[this](int row) {
             const ReviewState s = state(row);
             if (s != ReviewState::None)
                 return ReviewText::name(s);
             return m_book.comment(m_session->pairs()->pair(row).key).isEmpty() ? QString() : tr("comment");
         },
         [this](int row) {
             return ReviewText::describe(state(row), m_book.latest(m_session->pairs()->pair(row).key));
         }});
    createFilter(browser);
    // The note sits above the label bar, in the window's own layout, so the bar keeps its width.
    m_note = new QLabel(labelBar->parentWidget());
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_note->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(labelBar->parentWidget()->layout()))
        box->insertWidget(box->indexOf(labelBar), m_note);

    connect(session, &ProjectSession::opened, this, &ReviewFeature::reload);
    connect(&m_poll, &QTimer::timeout, this, &ReviewFeature::poll);
    m_poll.start(ProjectWatcher::kIntervalMs);
    connect(browser, &PairBrowser::currentPairChanged, this, [this] {
        updateNote();
        updateActions();
    });
    // A label change opens or closes states (see ReviewBook::state): the note follows.
    connect(session, &ProjectSession::labelApplied, this, &ReviewFeature::updateNote);
    connect(session, &ProjectSession::labelsChangedElsewhere, this, &ReviewFeature::updateNote);
    if (auto *main = qobject_cast<QMainWindow *>(window))
        connect(this, &ReviewFeature::statusMessage, main->statusBar(), &QStatusBar::showMessage);
    updateActions();
}

QAction *ReviewFeature::makeAction(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, m_window);
    a->setShortcut(key);
    a->setToolTip(tip);
    m_window->addAction(a);  // the key works whichever menu is hidden, and the `?` sheet lists it
    m_actions << a;
    return a;
}

void ReviewFeature::createFilter(PairBrowser *browser)
{
    m_filter = new QComboBox(browser);
    m_filter->setObjectName(QStringLiteral("reviewFilter"));
    m_filter->setToolTip(tr("Show pairs with this review state"));
    m_filter->addItem(tr("Review: any"), AnyState);
    for (ReviewState s : {ReviewState::Skipped, ReviewState::Unsure, ReviewState::Confirmed})
        m_filter->addItem(ReviewText::name(s), int(s));
    m_filter->addItem(ReviewText::name(ReviewState::None), NotReviewed);
    browser->filterBar()->addFilterBox(m_filter, QString::fromLatin1(kFilterName), FilterBar::Row::First);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReviewFeature::applyFilter);
}

void ReviewFeature::addTo(QMenu *menu) const { menu->addActions(m_actions); }

ReviewState ReviewFeature::state(int sourceRow) const
{
    const Pair &p = m_session->pairs()->pair(sourceRow);
    return m_book.state(p.key, p.currentLabel);
}

bool ReviewFeature::setState(ReviewState wanted)
{
    const int row = m_browser->currentSourceRow();
    if (row < 0 || !m_session->isOpen())
        return false;
    const Pair pair = m_session->pairs()->pair(row);
    if (wanted == ReviewState::Confirmed && !isValidLabel(pair.currentLabel)) {
        Q_EMIT statusMessage(tr("Pair %1 has no label to confirm: label it first.").arg(pair.key), 5000);
        return false;
    }
    const ReviewCommand::Step from{state(row), m_book.comment(pair.key)};
    const ReviewCommand::Step to{from.state == wanted ? ReviewState::None : wanted, from.comment};
    if (!push(pair.key, from, to))
        return false;
    Q_EMIT statusMessage(tr("Pair %1: %2 (saved)").arg(pair.key).arg(ReviewText::name(to.state)), 4000);
    // A state that the filter hides has moved the table on already (to the neighbour that took its place).
    if (to.state != ReviewState::None && AppSettings().autoAdvance() && m_browser->currentSourceRow() == row)
        m_browser->selectNext();
    return true;
}

bool ReviewFeature::setComment(const QString &comment)
{
    const int row = m_browser->currentSourceRow();
    if (row < 0 || !m_session->isOpen())
        return false;
    const qint64 key = m_session->pairs()->pair(row).key;
    const ReviewCommand::Step from{state(row), m_book.comment(key)};
    if (from.comment == comment)
        return false;
    if (!push(key, from, {from.state, comment}))
        return false;
    Q_EMIT statusMessage(tr("Pair %1: comment saved").arg(key), 4000);
    return true;
}

void ReviewFeature::editComment()
{
    const int row = m_browser->currentSourceRow();
    if (row < 0 || !m_session->isOpen())
        return;
    const qint64 key = m_session->pairs()->pair(row).key;
    CommentDialog dialog(key, m_book.comment(key), m_window);
    if (dialog.exec() == QDialog::Accepted)
        setComment(dialog.comment());
}

bool ReviewFeature::push(qint64 key, const ReviewCommand::Step &from, const ReviewCommand::Step &to)
{
    const int before = m_session->undoStack()->count();
    m_session->undoStack()->push(new ReviewCommand(
        [this](qint64 k, const ReviewCommand::Step &step) { return apply(k, step); }, key, from, to));
    return m_session->undoStack()->count() > before;  // a failed write leaves an obsolete command, dropped
}

bool ReviewFeature::apply(qint64 key, const ReviewCommand::Step &step)
{
    ProjectStore *store = m_session->store();
    const int row = m_session->pairs()->rowOfKey(key);
    if (!store || row < 0)
        return false;
    ReviewEntry entry;
    entry.pairKey = key;
    entry.annotator = m_session->annotator();
    entry.state = step.state;
    entry.comment = step.comment;
    entry.label = m_session->pairs()->pair(row).currentLabel;  // the state holds while this label does
    QString error;
    if (!ReviewStore::append(*store, entry, &error)) {
        QMessageBox::warning(m_window, tr("Cannot save the review"), error);
        return false;
    }
    store->checkpoint();
    m_book.apply(entry);
    m_lastSeq = std::max(m_lastSeq, entry.seq);
    m_session->pairs()->refreshFlags({row});  // also lets the filter take the pair in or out
    updateNote();
    return true;
}

void ReviewFeature::reload()
{
    const bool had = !m_book.isEmpty();
    m_book = ReviewBook();
    m_lastSeq = 0;
    if (const ProjectStore *store = m_session->store())
        for (const ReviewEntry &e : ReviewStore::history(*store)) {
            m_book.apply(e);
            m_lastSeq = e.seq;
        }
    if (had || !m_book.isEmpty())  // no states before or now (most projects): no row's flags changed
        m_session->pairs()->refreshFlags();
    applyFilter();
    updateNote();
}

void ReviewFeature::poll()
{
    const ProjectStore *store = m_session->store();
    if (!store || ReviewStore::lastSeq(*store) <= m_lastSeq)
        return;
    std::vector<int> rows;
    for (const ReviewEntry &e : ReviewStore::history(*store, -1, m_lastSeq)) {
        m_book.apply(e);
        m_lastSeq = e.seq;
        rows.push_back(m_session->pairs()->rowOfKey(e.pairKey));
    }
    m_session->pairs()->refreshFlags(rows);
    updateNote();
}

void ReviewFeature::applyFilter()
{
    const int wanted = m_filter->currentData().toInt();
    if (wanted == AnyState) {
        m_proxy->setRowFilter(QLatin1String(kFilterName), {});
        return;
    }
    m_proxy->setRowFilter(QLatin1String(kFilterName), [this, wanted](int row) { return int(state(row)) == wanted; });
}

void ReviewFeature::updateNote()
{
    const int row = m_browser->currentSourceRow();
    const QString text =
        row < 0 ? QString() : ReviewText::describe(state(row), m_book.latest(m_session->pairs()->pair(row).key));
    m_note->setVisible(!text.isEmpty());
    m_note->setToolTip(text);
    // One line, elided: a long comment must not widen the window (the tooltip holds all of it).
    m_note->setText(m_note->fontMetrics().elidedText(text, Qt::ElideRight, std::max(200, m_labelBar->width() - 16)));
}

void ReviewFeature::updateActions()
{
    const bool enabled = m_session->isOpen() && m_browser->currentSourceRow() >= 0;
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(enabled);
}

}  // namespace entail
