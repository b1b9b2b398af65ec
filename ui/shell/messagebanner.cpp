#include "ui/shell/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace entail {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setStyleSheet(QStringLiteral("#messageBanner { background-color: #fff4ce; border: 1px solid #e0c36a;"
                                 " border-radius: 4px; } #messageBanner QLabel { color: #5c4400; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString MessageBanner::text() const { return m_text->text(); }

}  // namespace entail
