#include "model/runtime/runtime.h"

#include "model/runtime/processarguments.h"

#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <vector>
#include <thread>
#include <torch/torch.h>

namespace entail {

namespace {
// `prog --version`, `prog help`, `prog <command> --help`...: the run prints a text and computes nothing, so
// running the program a second time (about a second) would be all it costs.
bool onlyPrintsHelpOrVersion(const std::vector<std::string> &args)
{
    const std::set<std::string> helpOrVersion = {"--help", "-h", "--version", "-v", "help"};
    const std::set<std::string> help = {"--help", "-h"};
    return (args.size() > 1 && helpOrVersion.count(args[1])) || (args.size() > 2 && help.count(args[2]));
}

// LibTorch's OpenMP threads busy-wait between parallel regions. On these two-core machines that spinning
// fights every other thread (another process, the GUI, OpenBLAS's own pool): `entail train` on the RME
// data measured 222 s instead of 33 s while tests ran beside it, and a train step 150 instead of 78 ms
// on a quiet machine. libgomp reads OMP_WAIT_POLICY only when it is loaded, before main(), so the program
// runs itself again once with the passive policy, unless the user chose a policy.
void useSleepingOpenMpThreads()
{
    if (std::getenv("OMP_WAIT_POLICY"))
        return;
    std::vector<std::string> args = processArguments();
    if (args.empty() || onlyPrintsHelpOrVersion(args))
        return;
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    execv("/proc/self/exe", argv.data());  // returns only on failure: carry on with the default policy
}
}  // namespace

// A memory line of /proc/self/status ("VmRSS:   123456 kB") in bytes; 0 when unknown.
static long long statusBytes(const char *field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const size_t length = std::strlen(field);
    while (std::getline(status, line))
        if (line.rfind(field, 0) == 0)
            return std::atoll(line.c_str() + length) * 1024;
    return 0;
}

long long residentBytes() { return statusBytes("VmRSS:"); }
long long peakResidentBytes() { return statusBytes("VmHWM:"); }

long long releaseFreedMemory()
{
    const long long before = residentBytes();
    malloc_trim(0);
    return before - residentBytes();
}

void initRuntime(int threads)
{
    useSleepingOpenMpThreads();
    // glibc returns big freed blocks to the OS and every new tensor pays for fresh pages; keeping them
    // measured a CNN training step going from ~1330 ms to ~230 ms here.
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
    // LibTorch defaults to one thread on these machines.
    const int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    torch::set_num_threads(n);
}

}  // namespace entail
