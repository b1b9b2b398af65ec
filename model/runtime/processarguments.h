#pragma once
#include <string>
#include <vector>

namespace entail {

// This process's arguments as the kernel holds them (/proc/self/cmdline): bytes that are not valid in the
// locale pass unchanged, as running the program again needs them. Without LibTorch (the `entail` front uses it).
std::vector<std::string> processArguments();

}  // namespace entail
