#pragma once

namespace entail {

// Call first thing in main(): malloc settings (large allocations are very slow otherwise in these VMs)
// and LibTorch's thread count (0 = all cores). Safe to call more than once. Unless OMP_WAIT_POLICY is set or
// the command line only asks for help or the version, it first runs the program again with
// OMP_WAIT_POLICY=PASSIVE (see runtime.cpp).
void initRuntime(int threads = 0);

// Gives freed heap memory back to the system (malloc_trim), which the malloc settings of initRuntime()
// otherwise keep for the next allocations. Call where much was just freed: after a project switch, a
// training run, a replaced model. Returns the resident memory it released, in bytes.
long long releaseFreedMemory();
// This process's resident memory (VmRSS) and its peak so far (VmHWM), in bytes; 0 when unknown.
long long residentBytes();
long long peakResidentBytes();

}  // namespace entail
