#include "guiprobe.h"

#include <algorithm>
#include <ctime>

namespace entail::test {

GuiProbe::GuiProbe()
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    QObject::connect(&m_tick, &QTimer::timeout, [this] { tick(); });
}

double GuiProbe::threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void GuiProbe::start()
{
    m_maxStall = 0.0;
    m_cpu = threadCpuMs();
    m_wall.start();
    m_sinceTick.start();
    m_tick.start();
}

double GuiProbe::report(const char *what)
{
    tick();
    m_tick.stop();
    qInfo("%-44s GUI thread %7.1f ms CPU, longest stall %7.1f ms (%7.1f ms until done)", what,
          threadCpuMs() - m_cpu, m_maxStall, double(m_wall.nsecsElapsed()) / 1e6);
    return m_maxStall;
}

void GuiProbe::tick()
{
    m_maxStall = std::max(m_maxStall, double(m_sinceTick.nsecsElapsed()) / 1e6 - kTickMs);
    m_sinceTick.start();
}

}  // namespace entail::test
