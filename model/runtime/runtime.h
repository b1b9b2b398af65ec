#pragma once

namespace entail {

// Call first thing in main(): malloc settings (large allocations are very slow otherwise in these VMs)
// and LibTorch's thread count (0 = all cores). Safe to call more than once.
void initRuntime(int threads = 0);

}  // namespace entail
