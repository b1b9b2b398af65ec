#pragma once
// A coloured strip above the main area with a message and an optional action button
// (e.g. "Images folder not found" + "Locate images...").
#include <QFrame>

class QLabel;
class QPushButton;

namespace entail {

class MessageBanner final : public QFrame {
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);
    // Shows the banner; an empty `actionText` hides the button.
    void showMessage(const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_action;
};

}  // namespace entail
