// `entail-engine`: the commands of `entail` that need LibTorch or OpenCV; `entail` runs it in its own place.
#include "app/climain.h"
#include "model/runtime/runtime.h"

int main(int argc, char **argv)
{
    entail::initRuntime();
    return entail::cli::runCommandLine(argc, argv);
}
