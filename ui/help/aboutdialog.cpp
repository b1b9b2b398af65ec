#include "ui/help/aboutdialog.h"

#include "model/runtime/versions.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

namespace entail {
namespace {

constexpr int kIconSize = 96;

struct Credit {
    QString name;
    QString version;
    QString licence;     // SPDX identifier
    QString licenceUrl;
    QString note;        // translated; may be empty
};

QString row(const Credit &c)
{
    QString cells = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><a href=\"%3\">%4</a></td></tr>")
                        .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.licenceUrl,
                             c.licence.toHtmlEscaped());
    if (!c.note.isEmpty())
        cells += QStringLiteral("<tr><td colspan=\"3\"><small>%1</small></td></tr>")
                     .arg(c.note.toHtmlEscaped());
    return cells;
}

}  // namespace

QString AboutDialog::creditsHtml()
{
    const QString apache = QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0");
    const LibraryVersions v = libraryVersions();
    const Credit credits[] = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://www.gnu.org/licenses/lgpl-3.0.html"),
         tr("The user interface, the project files (SQLite) and the translations.")},
        {QStringLiteral("LibTorch (PyTorch)"), v.torch, QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/pytorch/pytorch/blob/main/LICENSE"),
         tr("The neural network: training and prediction.")},
        {QStringLiteral("OpenCV"), v.opencv, QStringLiteral("Apache-2.0"), apache,
         tr("Reading and resizing images; the pictures of the demo project.")},
        {QStringLiteral("sentencepiece"), v.sentencepiece, QStringLiteral("Apache-2.0"), apache,
         tr("Splitting tweet texts into word pieces.")},
        {tr("Recognizing Multimodal Entailment dataset"), QString(), QStringLiteral("Apache-2.0"), apache,
         tr("The data format and the baseline model follow it; the data is not included.")},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(tr("Component"), tr("Version"), tr("Licence"));
    for (const Credit &c : credits)
        html += row(c);
    html += QStringLiteral("</table>");
    return html;
}

QAction *AboutDialog::createAction(QWidget *window)
{
    auto *action = new QAction(tr("&About Entail Studio"), window);
    action->setObjectName(QStringLiteral("aboutAction"));
    action->setMenuRole(QAction::AboutRole);
    QObject::connect(action, &QAction::triggered, window, [window] {
        auto *dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Entail Studio"));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/entail-studio.svg")).pixmap(kIconSize, kIconSize));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Entail Studio")));
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(ENTAIL_VERSION)));
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("Review tweet pairs, correct their entailment labels, inspect the model's "
                                  "errors and retrain it."));
    summary->setWordWrap(true);

    auto *creditsTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Built with")));
    auto *credits = new QLabel(creditsHtml());
    credits->setObjectName(QStringLiteral("creditsLabel"));
    credits->setOpenExternalLinks(true);
    credits->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(creditsTitle);
    text->addWidget(credits);
    text->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
}

}  // namespace entail
