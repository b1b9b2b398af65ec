#include "ui/help/firstrunguide.h"

#include "ui/common/appsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace entail {
namespace {

constexpr int kTextWidth = 560;  // px; wide enough for the key table, narrow enough to read

QString keys(QKeySequence::StandardKey key)
{
    // NativeText is translated by Qt's own catalogue ("Ctrl" is "Strg" in German).
    return QKeySequence(key).toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString keyRow(const QString &keyText, const QString &action)
{
    return QStringLiteral("<tr><td style=\"padding-right:14px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(keyText, action.toHtmlEscaped());
}

}  // namespace

QString FirstRunGuide::guideHtml(Occasion occasion)
{
    const QString intro = occasion == Occasion::StartWithoutFile
        ? tr("Started without a project, Entail Studio opens its demo project: 600 made-up tweet pairs, "
             "a few of them deliberately mislabelled. Try to find them.")
        : tr("Entail Studio shows the pairs of the open project. To practise on made-up data, choose "
             "File \u203a Open the demo project: 600 tweet pairs, a few of them deliberately mislabelled.");
    QString html = QStringLiteral("<p>%1</p>").arg(intro.toHtmlEscaped());

    html += QStringLiteral("<p><b>%1</b></p><ul style=\"margin-left:-20px\">").arg(tr("The window").toHtmlEscaped());
    const QString panels[] = {
        tr("The table of pairs (top), with search and filters: select a pair to see it."),
        tr("The pair (below it): two tweet cards; words that only one of the texts has are highlighted."),
        tr("The model's prediction (beside the pair): bars for the full model, for the text alone and for "
           "the image alone."),
        tr("Metrics (right): the confusion matrix; click a cell to list only its pairs."),
        tr("Train (toolbar): retrains the model in the background; you can keep working meanwhile."),
    };
    for (const QString &line : panels)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\">")
                .arg(tr("Keys").toHtmlEscaped());
    html += keyRow(QStringLiteral("1 / 2 / 3"), tr("label the pair Contradictory / Implies / NoEntailment"));
    html += keyRow(QStringLiteral("J / K"), tr("next / previous pair"));
    html += keyRow(QStringLiteral("N"), tr("next suspect: the next pair whose label is probably wrong"));
    html += keyRow(keys(QKeySequence::Undo) + QStringLiteral(" / ") + keys(QKeySequence::Redo),
                   tr("undo / redo a label change"));
    html += keyRow(QStringLiteral("?"), tr("all keyboard shortcuts"));
    html += QStringLiteral("</table>");
    return html;
}

FirstRunGuide::FirstRunGuide(Occasion occasion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setWindowTitle(tr("Welcome to Entail Studio"));

    auto *title = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Welcome to Entail Studio").toHtmlEscaped()));
    auto *text = new QLabel(guideHtml(occasion));
    text->setObjectName(QStringLiteral("guideText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    // A word-wrapped label does not tell a top-level layout how tall it gets; fix its width and height.
    text->setFixedWidth(kTextWidth);
    text->setMinimumHeight(text->heightForWidth(kTextWidth));

    m_dontShowAgain = new QCheckBox(tr("Don't show this again"));
    m_dontShowAgain->setObjectName(QStringLiteral("dontShowAgain"));
    m_dontShowAgain->setChecked(isDismissed());

    auto *buttons = new QDialogButtonBox;
    QPushButton *start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_dontShowAgain);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(6);
    layout->addLayout(bottom);
}

bool FirstRunGuide::isDismissed()
{
    return AppSettings().firstRunGuideDismissed();
}

bool FirstRunGuide::wantedAtStart(bool dismissed, bool fileGiven) { return !dismissed && !fileGiven; }

FirstRunGuide *FirstRunGuide::showAtStart(QWidget *parent, bool fileGiven)
{
    AppSettings settings;
    if (!wantedAtStart(settings.firstRunGuideDismissed(), fileGiven))
        return nullptr;
    // Recorded now, not on close: quitting with the guide open must not bring it back.
    settings.setFirstRunGuideDismissed(true);
    auto *guide = new FirstRunGuide(Occasion::StartWithoutFile, parent);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
    return guide;
}

QAction *FirstRunGuide::createAction(QWidget *window)
{
    auto *action = new QAction(tr("&Getting started"), window);
    action->setObjectName(QStringLiteral("gettingStartedAction"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        auto *guide = new FirstRunGuide(Occasion::HelpMenu, window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    return action;
}

void FirstRunGuide::done(int result)
{
    // Closing by Escape or the window's close button counts too: the choice is what the box shows.
    AppSettings().setFirstRunGuideDismissed(m_dontShowAgain->isChecked());
    QDialog::done(result);
}

}  // namespace entail
