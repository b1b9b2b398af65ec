#pragma once

namespace entail::cli {

// Runs the sub-command named by argv[1] among those linked into this executable (see commands.h) and
// returns the exit code; `--help` and `--version` print and leave at once.
int runCommandLine(int argc, char **argv);

}  // namespace entail::cli
