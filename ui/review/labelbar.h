#pragma once
// The correction buttons (with their keys 1/2/3) and the navigation buttons under the pair view.
#include <QWidget>

class QPushButton;

namespace entail {

class LabelBar final : public QWidget {
    Q_OBJECT

public:
    explicit LabelBar(QWidget *parent = nullptr);
    void setCurrentLabel(int label);  // highlights that button; kNoLabel: none
    void setPairAvailable(bool available);
    QPushButton *labelButton(int label) const;

Q_SIGNALS:
    void labelChosen(int label);
    void previousRequested();
    void nextRequested();
    void nextSuspectRequested();
    void shortcutsRequested();

private:
    QPushButton *m_buttons[3];
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_suspect;
};

}  // namespace entail
