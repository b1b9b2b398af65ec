#pragma once
// The GUI thread's share of a path that ends in the event loop: its CPU time and its longest stall (the
// longest time a 5 ms precise timer waited beyond its interval), from start() to report(). Work done
// synchronously between start() and report() counts as one stall.
#include <QElapsedTimer>
#include <QTimer>

namespace entail::test {

class GuiProbe {
public:
    GuiProbe();
    void start();
    // Prints the figures with qInfo under `what` and returns the longest stall in ms.
    double report(const char *what);
    double maxStallMs() const { return m_maxStall; }

private:
    static constexpr int kTickMs = 5;
    static double threadCpuMs();
    void tick();
    QTimer m_tick;
    QElapsedTimer m_wall, m_sinceTick;
    double m_cpu = 0.0, m_maxStall = 0.0;
};

}  // namespace entail::test
