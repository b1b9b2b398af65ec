#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   packaging/dev.sh run [ARGS...]  install dependencies, build, launch Entail Studio (demo project by default)
#   packaging/dev.sh test           install dependencies, build, run every test (CTest)
#   packaging/dev.sh build          install dependencies and build only
#   packaging/dev.sh screenshots [DIR]  build, then PNGs of the window at 1280x720 and 1920x1080 in every
#                                   language and of every dialog (virtual X servers; default DIR: screenshots)
# BUILD_DIR (default: build) and JOBS (default: number of cores) may be set in the environment.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
jobs=${JOBS:-$(nproc)}
action=${1:-run}
shift || true

"$here/install-deps.sh"

# ccache keys on paths relative to the checkout, so every clone of the project shares one cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}

configure_and_build() {
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build "$build_dir" -j "$jobs"
}

case "$action" in
  build)
    configure_and_build
    ;;
  run)
    configure_and_build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "dev.sh: no display found; starting Entail Studio inside a virtual X server (xvfb-run)." >&2
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/bin/entail-studio" "$@"
    fi
    exec "$build_dir/bin/entail-studio" "$@"
    ;;
  test)
    configure_and_build
    cd "$build_dir"
    export QT_QPA_PLATFORM=offscreen
    # LibTorch's OpenMP threads otherwise spin between parallel regions and starve the other test on 2 cores
    # (the executables set this themselves; test binaries do not call initRuntime()).
    export OMP_WAIT_POLICY=${OMP_WAIT_POLICY:-PASSIVE}
    ctest --output-on-failure -j "$jobs" --timeout 1200
    ;;
  screenshots)
    configure_and_build
    out=$(realpath -m "${1:-screenshots}")
    # One virtual screen per size: the window opens as it would on such a screen.
    for size in 1280x720 1920x1080; do
      xvfb-run -a -s "-screen 0 ${size}x24" "$build_dir/bin/screenshots" "$out"
    done
    ;;
  *)
    echo "usage: $0 run|test|build|screenshots [DIR]" >&2
    exit 2
    ;;
esac
