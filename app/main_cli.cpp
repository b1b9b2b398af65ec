// `entail`: the headless command line's front. It links no LibTorch, so that `--help`, `--version`, import,
// export and the project checks start in milliseconds and use memory for their data only; the commands
// that need LibTorch or OpenCV run in `entail-engine` (see enginecommands.cpp).
#include "app/climain.h"

int main(int argc, char **argv) { return entail::cli::runCommandLine(argc, argv); }
