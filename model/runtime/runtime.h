#pragma once

namespace entail {

// Call first thing in main(): malloc settings (large allocations are very slow otherwise in these VMs)
// and LibTorch's thread count (0 = all cores). Safe to call more than once. Unless OMP_WAIT_POLICY is set or
// the command line only asks for help or the version, it first runs the program again with
// OMP_WAIT_POLICY=PASSIVE (see runtime.cpp).
void initRuntime(int threads = 0);

}  // namespace entail
