#include "ui/review/labelbar.h"

#include "ui/common/labeltext.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

namespace entail {

namespace {
// Buttons never take the focus: the keys must keep working on the table.
QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setFocusPolicy(Qt::NoFocus);
    b->setToolTip(tip);
    return b;
}
}  // namespace

LabelBar::LabelBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int label = 0; label < kNumClasses; ++label) {
        const QString key = LabelText::shortcutKey(label);
        QPushButton *b = button(QStringLiteral("%1   %2").arg(key, LabelText::name(label)),
                                tr("Label this pair %1 (key %2)").arg(LabelText::name(label), key), this);
        b->setCheckable(true);
        QFont bold = b->font();
        bold.setBold(true);  // checked buttons are bold: reserve that width so the text never clips
        b->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(b->text()) + 32);
        const QColor c = LabelText::colour(label);
        b->setStyleSheet(QStringLiteral("QPushButton { padding: 5px 12px; }"
                                        "QPushButton:checked { background-color: %1; color: white;"
                                        " border: 1px solid %2; border-radius: 4px; font-weight: bold; }")
                             .arg(c.name(), c.darker(130).name()));
        connect(b, &QPushButton::clicked, this, [this, label, b] {
            b->setChecked(!b->isChecked());  // the label's state comes from the model, not the click
            Q_EMIT labelChosen(label);
        });
        m_buttons[label] = b;
        layout->addWidget(b);
    }
    layout->addStretch();
    // Arrows rather than words: the bar must fit beside the prediction panel at 1280 px in every language.
    m_previous = button(QString(), tr("Previous pair (K)"), this);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previous->setAccessibleName(tr("Previous"));
    m_next = button(QString(), tr("Next pair (J)"), this);
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setAccessibleName(tr("Next"));
    m_suspect = button(tr("Next suspect"),
                       tr("Next pair where the model disagrees with the label, most confident first (N)"), this);
    auto *help = button(tr("?"), tr("Keyboard shortcuts (?)"), this);
    help->setFixedWidth(help->sizeHint().height());
    connect(m_previous, &QPushButton::clicked, this, &LabelBar::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &LabelBar::nextRequested);
    connect(m_suspect, &QPushButton::clicked, this, &LabelBar::nextSuspectRequested);
    connect(help, &QPushButton::clicked, this, &LabelBar::shortcutsRequested);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_suspect);
    layout->addWidget(help);
    setPairAvailable(false);
}

void LabelBar::setCurrentLabel(int label)
{
    for (int i = 0; i < kNumClasses; ++i)
        m_buttons[i]->setChecked(i == label);
}

void LabelBar::setPairAvailable(bool available)
{
    for (QPushButton *b : m_buttons)
        b->setEnabled(available);
}

QPushButton *LabelBar::labelButton(int label) const { return m_buttons[label]; }

}  // namespace entail
